'use strict';
// node render-cards.js <cards.json> <output folder>
// Draws each card as the Teams web client would: the official renderer (adaptivecards 3.0.6) with the
// Microsoft Teams light host config and the designer's Teams container CSS, markdown through
// markdown-it, in Debian's headless Chromium (no browser download: CHROMIUM_PATH or /usr/bin/chromium).
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

const file = (p) => fs.readFileSync(require.resolve(p), 'utf8');

function page(hostConfig) {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<style>${file('adaptivecards-designer/dist/containers/teams-container-light.css')}</style>
<style>
  body { margin: 0; background: #f5f5f5; font-family: "Segoe UI", "DejaVu Sans", sans-serif; }
  #frame { display: inline-block; padding: 16px; }
  .teams-inner-frame { width: 560px; min-width: 0; padding: 16px; }
</style>
<script>${file('markdown-it/dist/markdown-it.min.js')}</script>
<script>${file('adaptivecards/dist/adaptivecards.js')}</script>
</head><body><div id="frame"><div class="teams-inner-frame"><div id="card" class="teams-card"></div></div></div>
<script>
  window.renderCard = (json) => {
    const card = new AdaptiveCards.AdaptiveCard();
    card.hostConfig = new AdaptiveCards.HostConfig(${JSON.stringify(hostConfig)});
    card.parse(json);
    const host = document.getElementById('card');
    host.innerHTML = '';
    host.appendChild(card.render());
  };
</script></body></html>`;
}

async function main() {
  const [input, output] = process.argv.slice(2).map((p) => path.resolve(p));
  if (!fs.existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: apt-get install chromium (or set CHROMIUM_PATH)`);
  }
  const cards = JSON.parse(fs.readFileSync(input, 'utf8'));
  const hostConfig = JSON.parse(file('adaptivecards-designer/lib/hostConfigs/microsoft-teams-light.json'));
  fs.mkdirSync(output, { recursive: true });
  const browser = await chromium.launch({ executablePath, args, headless: true });
  try {
    const tab = await browser.newPage({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 1 });
    await tab.setContent(page(hostConfig), { waitUntil: 'load' });
    for (const { name, card } of cards) {
      await tab.evaluate((json) => window.renderCard(json), card);
      await tab.locator('#frame').screenshot({ path: path.join(output, `${name}.png`) });
      process.stdout.write(`${name}.png\n`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
