'use strict';
// Draws the app icons: a round table seen from above, with seats around it and one seat raising
// its hand (the next speaker on the list). `node manifest/generate-icons.js` rewrites
// color.png (192×192, full colour) and outline.png (32×32, white on transparent), as Teams asks.
// pngjs comes from the conformance tools: `npm ci` in tests/conformance first.
const fs = require('fs');
const path = require('path');
const { PNG } = require(require.resolve('pngjs', { paths: [path.join(__dirname, '..', 'tests', 'conformance')] }));

const ACCENT = [0x1f, 0x5f, 0x8b]; // also the manifest's accentColor
const TABLE = [0xff, 0xff, 0xff];
const SEAT = [0xcf, 0xe3, 0xf0];
const HAND = [0xff, 0xb9, 0x00];

// Shapes in unit coordinates (0..1), as signed distances: negative inside.
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
const ring = (cx, cy, r, w) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) - w / 2;
const roundedSquare = (r) => (x, y) => {
  const qx = Math.abs(x - 0.5) - (0.5 - r);
  const qy = Math.abs(y - 0.5) - (0.5 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const capsule = (ax, ay, bx, by, r) => (x, y) => {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const h = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * h, py - dy * h) - r;
};

function seats(count, radius, seatRadius) {
  const result = [];
  for (let i = 0; i < count; i++) {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / count;
    result.push({ x: 0.5 + radius * Math.cos(a), y: 0.55 + radius * Math.sin(a), r: seatRadius, raised: i === 1 });
  }
  return result;
}

function colorLayers() {
  const layers = [{ shape: roundedSquare(0.18), color: ACCENT }];
  layers.push({ shape: ring(0.5, 0.55, 0.2, 0.07), color: TABLE });
  for (const s of seats(7, 0.33, 0.055)) {
    layers.push({ shape: circle(s.x, s.y, s.r), color: s.raised ? HAND : SEAT });
    if (s.raised) {
      layers.push({ shape: capsule(s.x + 0.03, s.y - 0.05, s.x + 0.06, s.y - 0.17, 0.022), color: HAND });
      layers.push({ shape: circle(s.x + 0.065, s.y - 0.2, 0.04), color: HAND });
    }
  }
  return layers;
}

function outlineLayers() {
  const white = [0xff, 0xff, 0xff];
  const layers = [{ shape: ring(0.5, 0.56, 0.2, 0.09), color: white }];
  for (const s of seats(5, 0.36, 0.085)) {
    layers.push({ shape: circle(s.x, s.y, s.r), color: white });
    if (s.raised) layers.push({ shape: capsule(s.x + 0.04, s.y - 0.07, s.x + 0.08, s.y - 0.24, 0.04), color: white });
  }
  return layers;
}

function draw(size, layers, file) {
  const png = new PNG({ width: size, height: size });
  const samples = 4; // supersampling per axis, for smooth edges
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let top = null;
          for (const layer of layers) if (layer.shape(x, y) <= 0) top = layer.color;
          if (top) { r += top[0]; g += top[1]; b += top[2]; a += 1; }
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round((255 * a) / (samples * samples));
    }
  }
  fs.writeFileSync(path.join(__dirname, file), PNG.sync.write(png));
}

draw(192, colorLayers(), 'color.png');
draw(32, outlineLayers(), 'outline.png');
