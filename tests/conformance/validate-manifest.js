'use strict';
// node validate-manifest.js <folder with manifest.json, color.png, outline.png> <report.json>
// Checks the unpacked Teams app package offline: the manifest against the official Teams schema
// bundled in @microsoft/app-manifest, and the icons against Teams' rules
// (color 192×192; outline 32×32, white on transparent).
const fs = require('fs');
const path = require('path');
const { PNG } = require('pngjs');
const { AppManifestUtils } = require('@microsoft/app-manifest');

function localSchemaFor(schemaUrl) {
  // The package would download a schema it does not bundle: never let that happen here.
  const m = /\/json-schemas\/(teams\/v[^/]+\/MicrosoftTeams\.schema\.json)$/.exec(new URL(schemaUrl).pathname);
  if (!m) throw new Error(`$schema ${schemaUrl} is not a Teams manifest schema`);
  const file = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', m[1]);
  if (!fs.existsSync(file)) throw new Error(`@microsoft/app-manifest does not bundle ${m[1]}`);
  return JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
}

function checkIcon(file, size, outline) {
  const problems = [];
  let png;
  try {
    png = PNG.sync.read(fs.readFileSync(file));
  } catch (e) {
    return [`${path.basename(file)} is not a readable PNG: ${e.message}`];
  }
  if (png.width !== size || png.height !== size) {
    problems.push(`${path.basename(file)} is ${png.width}×${png.height}, Teams wants ${size}×${size}`);
  }
  if (outline) {
    let opaque = 0, transparent = 0, coloured = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b, a] = png.data.subarray(i, i + 4);
      if (a === 0) { transparent++; continue; }
      opaque++;
      if (r < 250 || g < 250 || b < 250) coloured++;
    }
    if (coloured > 0) problems.push(`${path.basename(file)} has ${coloured} visible pixels that are not white`);
    if (transparent === 0) problems.push(`${path.basename(file)} has no transparent background`);
    if (opaque === 0) problems.push(`${path.basename(file)} is empty`);
  }
  return problems;
}

async function main() {
  const [folder, output] = process.argv.slice(2).map((p) => path.resolve(p));
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8'));
  const report = { schema: manifest.$schema, schemaErrors: [], iconProblems: [] };
  try {
    report.schemaErrors = await AppManifestUtils.validateAgainstSchema(manifest, localSchemaFor(manifest.$schema));
  } catch (e) {
    report.schemaErrors = [String(e && e.message || e)];
  }
  for (const [key, size, outline] of [['color', 192, false], ['outline', 32, true]]) {
    const rel = manifest.icons && manifest.icons[key];
    if (!rel) { report.iconProblems.push(`icons.${key} is missing`); continue; }
    const file = path.join(folder, rel);
    if (!fs.existsSync(file)) { report.iconProblems.push(`${rel} is not in the package`); continue; }
    report.iconProblems.push(...checkIcon(file, size, outline));
  }
  fs.writeFileSync(output, JSON.stringify(report, null, 1) + '\n');
}

main().catch((e) => { console.error(e); process.exit(1); });
