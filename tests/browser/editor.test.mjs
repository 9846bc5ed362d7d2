// The editor page: a journalist opens the published data, sees each mistake with its JSON path as
// they type, and watches the widget follow the edit, with the widget's own WebAssembly check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { useSiteAndBrowser, widgetReadyIn } from './harness.mjs';

const site = useSiteAndBrowser([], { '/foreign.html': '<!doctype html><meta charset="utf-8"><body>' });

async function openEditor(lang = 'en') {
  const page = await site.browser.newPage({ viewport: { width: 1440, height: 1000 } });
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  await page.goto(`${site.origin}/editor.html?lang=${lang}`);
  const source = page.getByRole('textbox', { name: 'data/scenarios.json' });
  await page.waitForFunction(() => document.getElementById('source').value.length > 0);
  return { page, source };
}

// The preview frame at a width, once its widget is up.
async function preview(page, title) {
  const handle = await page.getByTitle(title).elementHandle();
  const frame = await handle.contentFrame();
  await widgetReadyIn(frame);
  return frame;
}

test('the editor opens the published file, finds no error, and previews it at two widths', async () => {
  const { page, source } = await openEditor();
  await assert.doesNotReject(page.getByRole('status').filter({ hasText: 'No errors' }).waitFor());
  const published = await (await fetch(`${site.origin}/data/scenarios.json`)).text();
  assert.equal(await source.inputValue(), published);
  assert.equal(await page.getByRole('button', { name: /Download/ }).isEnabled(), true);
  for (const title of ['Preview, Phone, 360 px', 'Preview, Desktop, 720 px']) {
    const frame = await preview(page, title);
    const state = await frame.evaluate(() => window.widget.getState());
    assert.equal(state.scenario, JSON.parse(published).scenarios[0].id);
    assert.deepEqual(state.warnings, []);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('an edit shows in the preview, and a mistake is named by its JSON path as it is typed', async () => {
  const { page, source } = await openEditor();
  const frame = await preview(page, 'Preview, Desktop, 720 px');
  const data = JSON.parse(await source.inputValue());
  const line = data.scenarios[0].lines[0];
  const key = Object.keys(line.inputs)[0];
  const value = typeof line.inputs[key] === 'object' ? line.inputs[key].value : line.inputs[key];

  // A correct edit: the preview follows, with no reload.
  const input = line.inputs;
  if (typeof input[key] === 'object') input[key].value = value * 2; else input[key] = value * 2;
  await source.fill(JSON.stringify(data, null, 2));
  await frame.waitForFunction(([id, key, v]) =>
    window.widget.getState().lines.find((l) => l.id === id)?.inputs[key] === v, [line.id, key, value * 2]);

  // A mistake: its path, and no download.
  if (typeof input[key] === 'object') input[key].value = 'abc'; else input[key] = 'abc';
  await source.fill(JSON.stringify(data, null, 2));
  const item = page.getByRole('listitem').filter({ hasText: `scenarios[0].lines[0].inputs.${key}` });
  await item.first().waitFor();
  assert.match(await item.first().textContent(), /expected a number/);
  assert.match(await page.getByRole('status').textContent(), /Errors to fix/);
  assert.equal(await page.getByRole('button', { name: /Download/ }).isEnabled(), false);
  // The preview shows what the published widget would: the message, by its path.
  await frame.getByRole('alert').filter({ hasText: `scenarios[0].lines[0].inputs.${key}` }).waitFor();
  await page.close();
});

test('the French editor names a mistake in French, and in English once switched to English', async () => {
  const { page, source } = await openEditor('fr');
  await page.getByRole('status').filter({ hasText: 'Aucune erreur' }).waitFor();
  const data = JSON.parse(await source.inputValue());
  const key = Object.keys(data.scenarios[0].lines[0].inputs)[0];
  data.scenarios[0].lines[0].inputs[key] = 'abc';
  await source.fill(JSON.stringify(data, null, 2));
  const item = page.getByRole('listitem').filter({ hasText: `scenarios[0].lines[0].inputs.${key}` });
  await item.first().waitFor();
  assert.match(await item.first().textContent(), /nombre attendu/);
  assert.doesNotMatch(await item.first().textContent(), /expected/);
  // The language switch writes the same mistake in English, with no edit.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('listitem').filter({ hasText: 'expected a number' }).first().waitFor();
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a syntax error names its line and column, and its button puts the caret there', async () => {
  const { page, source } = await openEditor('fr');
  const text = await source.inputValue();
  const broken = text.replace(/,\n/, '\n'); // the first comma at a line's end, gone
  await source.fill(broken);
  const jump = page.getByRole('button', { name: /^Ligne \d+, colonne \d+/ });
  await jump.waitFor();
  const [, line, column] = /Ligne (\d+), colonne (\d+)/.exec(await jump.textContent()).map(Number);
  await jump.click();
  const caret = await page.evaluate(() => document.getElementById('source').selectionStart);
  const lines = broken.split('\n');
  const expected = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  assert.equal(caret, expected);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'source');
  await page.close();
});

test('a page of another origin cannot feed data to widget.html?preview=1', async () => {
  // A foreign page frames the preview and posts its own figures: the widget shows the published
  // data, as any embed, and ignores them.
  const foreign = await site.browser.newPage();
  await foreign.goto(`${site.origin.replace('127.0.0.1', 'localhost')}/foreign.html`);
  await foreign.evaluate((url) => {
    const frame = document.createElement('iframe');
    frame.src = url;
    document.body.appendChild(frame);
  }, `${site.origin}/widget.html?preview=1&lang=en`);
  await foreign.waitForFunction(() => document.querySelector('iframe').contentWindow.length >= 0);
  const frame = await (await foreign.$('iframe')).contentFrame();
  const before = await widgetReadyIn(frame);
  assert.ok(before.scenarios.length > 0, 'the published data');
  // Listeners run in the order they were added: once this one has the message, the widget's has.
  const heard = frame.evaluate(() => new Promise((resolve) => {
    window.addEventListener('message', (e) => { if (e.data && e.data.source === 'ai-cost-editor') resolve(); });
  }));
  await foreign.evaluate(() => document.querySelector('iframe').contentWindow.postMessage(
    { source: 'ai-cost-editor', scenarios: '{"format": 1}', strings: '{}' }, '*'));
  await heard;
  const after = await frame.evaluate(() => window.widget.getState());
  assert.deepEqual(after.scenarios, before.scenarios);
  assert.equal(await frame.getByRole('alert').count(), 0, 'no data error: nothing was applied');
  await foreign.close();
});

test('the download is a zip laid out as the site, with every page written again from the edit', async () => {
  const { page, source } = await openEditor();
  const data = JSON.parse(await source.inputValue());
  const scenario = data.scenarios[0];
  scenario.title.en = 'Edited title, to publish';
  await source.fill(JSON.stringify(data, null, 2));
  await page.getByRole('status').filter({ hasText: 'No errors' }).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('button', { name: /Download/ }).click()]);
  const path = await download.path();
  // Python's zipfile checks every entry's CRC: the archive is sound, not merely parsable.
  const listing = execFileSync('python3', ['-c', `import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
for n in z.namelist(): print(n)
print(z.read(sys.argv[2]).decode().count(sys.argv[3]))`, path, `widget-${scenario.id}-en.html`, 'Edited title, to publish'],
  { encoding: 'utf8' }).trim().split('\n');
  const count = Number(listing.pop());
  const languages = Object.keys(JSON.parse(await (await fetch(`${site.origin}/data/strings.json`)).text()));
  const expected = ['data/scenarios.json', 'data/scenarios.js', 'widget.html',
    ...data.scenarios.flatMap((s) => languages.flatMap((l) => [`widget-${s.id}-${l}.html`, `widget-calculator-${s.id}-${l}.html`])),
    ...languages.map((l) => `widget-ladder-${l}.html`)];
  assert.deepEqual([...listing].sort(), expected.sort());
  assert.ok(count >= 1, 'the English page of the edited scenario carries its new title');
  await page.close();
});
