'use strict';
// Validates Adaptive Cards the way Teams' web client sees them: the official renderer
// (adaptivecards 3.0.6) with the Microsoft Teams host config, under jsdom.
const fs = require('fs');
const path = require('path');
const { JSDOM } = require('jsdom');

const MAX_VERSION = '1.5'; // the highest schema Teams renders
const MAX_BYTES = 28 * 1024; // safe message size (Teams' documented maximum has varied)
// Teams extensions the generic renderer does not know: accepted only with a fallback.
const TEAMS_EXTENSION_TYPES = /^Chart\./;

const hostConfigPath = require.resolve('adaptivecards-designer/lib/hostConfigs/microsoft-teams-light.json');

let AC;
function loadRenderer() {
  if (AC) return AC;
  const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { pretendToBeVisual: true });
  // The UMD bundle reaches for DOM classes (HTMLInputElement, Node, ...) as globals, not via window.
  for (const key of Object.getOwnPropertyNames(dom.window)) {
    if (!(key in globalThis)) {
      try { globalThis[key] = dom.window[key]; } catch { /* read-only global */ }
    }
  }
  globalThis.window = dom.window;
  globalThis.document = dom.window.document;
  // lib/ is ESM with extension-less imports, which Node 20 refuses: the dist bundle is CommonJS-safe.
  AC = require('adaptivecards/dist/adaptivecards.js');
  // Teams renders markdown; without a processor the renderer logs a notice on every TextBlock.
  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = dom.window.document.createTextNode(text).textContent;
    result.didProcess = true;
  };
  // The renderer declares lang's pattern with the g flag and calls exec() on it, so lastIndex carries
  // over and every second valid "lang" is reported invalid. Same pattern, no state:
  AC.CardElement.langProperty.regEx = /^[a-z]{2,3}$/i;
  return AC;
}

function compareVersions(a, b) {
  const [am, an] = String(a).split('.').map(Number);
  const [bm, bn] = String(b).split('.').map(Number);
  return am !== bm ? am - bm : (an || 0) - (bn || 0);
}

function walk(node, visit) {
  if (Array.isArray(node)) { node.forEach((n) => walk(n, visit)); return; }
  if (node && typeof node === 'object') {
    visit(node);
    Object.values(node).forEach((v) => walk(v, visit));
  }
}

function check(name, card) {
  const ac = loadRenderer();
  const problems = [];
  const add = (code, message) => problems.push({ code, message });

  const bytes = Buffer.byteLength(JSON.stringify(card), 'utf8');
  if (bytes > MAX_BYTES) add('CardTooLarge', `${bytes} bytes, above ${MAX_BYTES}`);
  if (!card || card.type !== 'AdaptiveCard') add('MissingCardType', 'type must be "AdaptiveCard"');
  if (!card || !card.version) add('UnsupportedCardVersion', 'no version');
  else if (compareVersions(card.version, MAX_VERSION) > 0) {
    add('UnsupportedCardVersion', `version ${card.version} is above ${MAX_VERSION}, the highest Teams renders`);
  }
  walk(card, (o) => {
    if (typeof o.type === 'string' && TEAMS_EXTENSION_TYPES.test(o.type) && (typeof o.fallback !== 'object' || o.fallback === null)) {
      add('TeamsExtensionWithoutFallback', `${o.type} needs a fallback element for hosts without charts`);
    }
  });

  const hostConfig = new ac.HostConfig(JSON.parse(fs.readFileSync(hostConfigPath, 'utf8')));
  const context = new ac.SerializationContext(ac.Versions.v1_5);
  const parsed = new ac.AdaptiveCard();
  parsed.hostConfig = hostConfig;
  try {
    parsed.parse(card, context);
  } catch (e) {
    add('ParseError', String(e && e.message || e));
    return { name, bytes, problems };
  }
  const collect = (event) => {
    const code = ac.ValidationEvent[event.event] || String(event.event);
    if (code === 'Hint') return;
    if (code === 'UnknownElementType' || code === 'UnknownActionType') {
      const m = /"([^"]+)"/.exec(event.message || '');
      if (m && TEAMS_EXTENSION_TYPES.test(m[1])) return; // checked above: it has a fallback
    }
    add(code, event.message);
  };
  for (let i = 0; i < context.eventCount; i++) collect(context.getEventAt(i));
  const results = parsed.validateProperties();
  for (const event of results.validationEvents) collect(event);
  try {
    const rendered = parsed.render();
    if (!rendered) add('RenderFailed', 'the renderer produced nothing');
  } catch (e) {
    add('RenderFailed', String(e && e.message || e));
  }
  return { name, bytes, problems };
}

module.exports = { check, hostConfigPath, MAX_BYTES, MAX_VERSION };

if (require.main === module) {
  // node card-harness.js samples.json report.json  →  [{ name, bytes, problems: [{ code, message }] }]
  // (a file, not stdout: the renderer may print its own notices)
  const [input, output] = process.argv.slice(2).map((p) => path.resolve(p));
  const report = JSON.parse(fs.readFileSync(input, 'utf8')).map(({ name, card }) => check(name, card));
  fs.writeFileSync(output, JSON.stringify(report, null, 1) + '\n');
}
