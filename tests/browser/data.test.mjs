// The data is the editors': data/scenarios.json and data/strings.json beside the widget, read at
// every start. An edit on the server shows without a rebuild, a mistake shows its JSON path, and
// nothing in a link can make the widget read other data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SITE, serveSite, launch, openWidget, getState, widgetReadyIn } from './harness.mjs';

const shipped = JSON.parse(await readFile(join(SITE, 'data/scenarios.json'), 'utf8'));
const shippedText = await readFile(join(SITE, 'data/scenarios.json'), 'utf8');

// The first scenario's first line and input, whatever they are: no scenario is hard-coded.
const scenario = shipped.scenarios[0];
const line = scenario.lines[0];
const key = Object.keys(line.inputs)[0];
const value = typeof line.inputs[key] === 'object' ? line.inputs[key].value : line.inputs[key];

// A copy of the shipped data with that input changed: what an editor does on the server.
function edited(newValue) {
  const data = structuredClone(shipped);
  const input = data.scenarios[0].lines[0].inputs;
  if (typeof input[key] === 'object') input[key].value = newValue; else input[key] = newValue;
  return JSON.stringify(data, null, 2);
}

// Serves the built site with some files replaced, as a server would after an edit.
async function withServed(pages, fn) {
  const site = await serveSite(pages);
  const browser = await launch();
  try { await fn(site, browser); } finally { await browser.close(); site.server.close(); }
}

test('an edited data/scenarios.json, served without a rebuild, changes the figures', async () => {
  const doubled = value * 2;
  await withServed({ '/data/scenarios.json': edited(doubled) }, async (site, browser) => {
    const original = await openWidget(browser, site.origin, `?lang=en&scenario=${scenario.id}`);
    // The page served here is the edited one; compare with the shipped figure computed the same way.
    const state = await getState(original);
    const shown = state.lines.find((l) => l.id === line.id);
    assert.equal(shown.inputs[key], doubled);
    assert.ok(state.warnings.length === 0, JSON.stringify(state.warnings));
    assert.deepEqual(original.errors, []);
    await original.close();
  });
  // And the shipped data gives the shipped value: the number above came from the file.
  await withServed({}, async (site, browser) => {
    const page = await openWidget(browser, site.origin, `?lang=en&scenario=${scenario.id}`);
    assert.equal((await getState(page)).lines.find((l) => l.id === line.id).inputs[key], value);
    await page.close();
  });
});

test('a mistake in data/scenarios.json shows its JSON path in the widget, and nothing else breaks', async () => {
  const broken = JSON.parse(edited(value));
  broken.scenarios[0].lines[0].inputs[key] = 'abc';
  await withServed({ '/data/scenarios.json': JSON.stringify(broken, null, 2) }, async (site, browser) => {
    const page = await browser.newPage({ viewport: { width: 720, height: 900 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.origin}/widget.html?lang=en`);
    await page.evaluate(() => window.widget.ready);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    assert.match(text, new RegExp(`scenarios\\[0\\]\\.lines\\[0\\]\\.inputs\\.${key}: expected a number`));
    assert.match(text, /data is invalid/);
    // The canvas is drawn (with the message), sized, and no error escaped.
    const box = await page.locator('#widget-canvas').boundingBox();
    assert.ok(box && box.height > 20, 'the canvas keeps a height');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

test('the data error is written in the page\'s language', async () => {
  const broken = JSON.parse(edited(value));
  broken.scenarios[0].lines[0].inputs[key] = 'abc';
  await withServed({ '/data/scenarios.json': JSON.stringify(broken, null, 2) }, async (site, browser) => {
    const page = await openWidget(browser, site.origin, '?lang=fr');
    const text = await page.getByRole('alert').textContent();
    assert.match(text, new RegExp(`scenarios\\[0\\]\\.lines\\[0\\]\\.inputs\\.${key}: nombre attendu`));
    assert.match(text, /données du calculateur sont invalides/);
    await page.close();
  });
});

test('a syntax error in data/strings.json names its line and column', async () => {
  const strings = await readFile(join(SITE, 'data/strings.json'), 'utf8');
  const broken = strings.replace(/,\n/, '\n'); // the first comma at a line's end, gone
  await withServed({ '/data/strings.json': broken }, async (site, browser) => {
    const page = await openWidget(browser, site.origin, '?lang=en');
    const text = await page.getByRole('alert').textContent();
    assert.match(text, /strings\.json:\d+:\d+: /);
    await page.close();
  });
});

test('no link makes the widget read data from anywhere but its own data/ folder', async () => {
  await withServed({ '/evil.json': shippedText.replace(/"usd_per_gpu_hour": 2\b/g, '"usd_per_gpu_hour": 9') }, async (site, browser) => {
    const page = await browser.newPage();
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const evil = encodeURIComponent(`${site.origin}/evil.json`);
    await page.goto(`${site.origin}/widget.html?v=1&data=${evil}&scenarios=${evil}&strings=${evil}&src=${evil}#data=${evil}`);
    await page.evaluate(() => window.widget.ready);
    assert.ok(!requested.includes('/evil.json'), requested.join(' '));
    assert.deepEqual(requested.filter((p) => p.startsWith('/data/')).sort(), ['/data/scenarios.json', '/data/strings.json']);
    await page.close();
  });
});

test('a sandboxed embed (allow-scripts only) reads the same data through its scripts', async () => {
  const host = `<!doctype html><meta charset="utf-8"><body style="margin:0">
    <iframe sandbox="allow-scripts" src="widget.html?lang=en" style="width:100%;height:900px;border:0"></iframe>`;
  const doubled = value * 2;
  const data = edited(doubled);
  // What the editor page downloads beside an edited scenarios.json: the same text as a script.
  const script = `(window.aiCostData = window.aiCostData || {})["scenarios.json"] = ${JSON.stringify(data)};\n`;
  await withServed({ '/host.html': host, '/data/scenarios.js': script }, async (site, browser) => {
    const page = await browser.newPage();
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.origin}/host.html`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const state = await widgetReadyIn(frame);
    assert.equal(state.lines.find((l) => l.id === line.id).inputs[key], doubled);
    assert.ok(requested.includes('/data/scenarios.js') && requested.includes('/data/strings.js'), requested.join(' '));
    await page.close();
  });
});

test('a third language added to the two data files alone works with ?lang=de, with no warning', async () => {
  const strings = JSON.parse(await readFile(join(SITE, 'data/strings.json'), 'utf8'));
  strings.de = { ...strings.en, 'lang.name': 'Deutsch', 'number.decimal': ',', 'number.group': '.',
    'number.money': '{amount}\u00a0{symbol}', 'number.money_short': '{amount}\u00a0{scale}{symbol}' };
  const scenarios = structuredClone(shipped);
  (function addGerman(value) {
    if (Array.isArray(value)) { value.forEach(addGerman); return; }
    if (!value || typeof value !== 'object') return;
    if (typeof value.fr === 'string' && typeof value.en === 'string') value.de = value.en;
    Object.values(value).forEach(addGerman);
  })(scenarios);
  await withServed({ '/data/strings.json': JSON.stringify(strings), '/data/scenarios.json': JSON.stringify(scenarios) },
    async (site, browser) => {
      const page = await openWidget(browser, site.origin, '?lang=de');
      const state = await getState(page);
      assert.equal(state.lang, 'de');
      assert.deepEqual(state.warnings, []);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
      // Its numbers are its own, and its name is offered among the languages, in itself.
      assert.match(state.total_text, /^\d{1,3}(\.\d{3})*\u00a0\$$/);
      await page.getByRole('button', { name: 'Deutsch' }).waitFor({ state: 'attached' });
      assert.equal(await page.getByRole('button', { name: 'Deutsch' }).getAttribute('aria-pressed'), 'true');
      await page.close();
    });
});
