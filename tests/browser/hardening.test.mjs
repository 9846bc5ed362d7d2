// The widget attacked as a hostile page, a flaky phone GPU and a careless link would: it refuses
// what it cannot use with a short warning, stays usable, and never shows a frozen canvas.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSiteAndBrowser, openWidget, getState } from './harness.mjs';

const site = useSiteAndBrowser();

// The first line and input of the state, whatever the scenario: no scenario is hard-coded.
function firstInput(state) {
  const line = state.lines[0];
  const key = Object.keys(line.inputs)[0];
  return { line: line.id, key, value: line.inputs[key] };
}

const docMode = (page) => page.evaluate(() => document.getElementById('widget-doc').dataset.mode);
const noteText = (page) => page.evaluate(() => document.querySelector('.widget-note')?.textContent ?? '');

test('deep setState input is refused with a warning, and every later call still works', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en');
  const { line, key, value } = firstInput(await getState(page));
  const codes = await page.evaluate(async () => {
    const nested = (depth) => { let v = 1; for (let i = 0; i < depth; ++i) v = [v]; return v; };
    const seen = [];
    const deep = nested(7000);
    for (let i = 0; i < 40; ++i) {
      const state = await window.widget.setState({ lines: [deep] });
      seen.push(state.warnings.map((w) => w.code).join());
    }
    const huge = await window.widget.setState({ lines: [nested(100000)] });
    seen.push(huge.warnings.map((w) => w.code).join());
    return seen;
  });
  assert.ok(codes.every((c) => /^state-too-(deep|large)$/.test(c)), codes.join(' '));
  const after = await page.evaluate(([line, key, value]) =>
    window.widget.setState({ lines: [{ id: line, inputs: { [key]: value * 2 } }] }), [line, key, value]);
  assert.deepEqual(after.warnings, []);
  assert.equal(after.lines.find((l) => l.id === line).inputs[key], value * 2);
  assert.equal((await getState(page)).lines.find((l) => l.id === line).inputs[key], value * 2);
  assert.equal(await docMode(page), 'mirror', 'the canvas still stands');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a 200 KB key costs about what a short one does, and its warning stays short', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en');
  const { line } = firstInput(await getState(page));
  const result = await page.evaluate(async (line) => {
    const time = async (key) => {
      const start = performance.now();
      const state = await window.widget.setState({ lines: [{ id: line, inputs: { [key]: 1 } }] });
      return { ms: performance.now() - start, state };
    };
    await time('warm-up');
    const short = await time('k'.repeat(10));
    const medium = await time('k'.repeat(50 * 1024)); // under the size limit: read, then cut
    const long = await time('k'.repeat(200 * 1024)); // over it: refused unread
    return { short: short.ms, medium: medium.ms, long: long.ms,
      mediumWarnings: medium.state.warnings, longWarnings: long.state.warnings,
      height: document.getElementById('widget').getBoundingClientRect().height,
      status: document.getElementById('widget-status').textContent.length };
  }, line);
  // Both include two animation frames; a quadratic cost took seconds here.
  const slowest = Math.max(result.medium, result.long);
  assert.ok(slowest < Math.max(10 * result.short, 250), `short ${result.short} ms, 50 KB ${result.medium} ms, 200 KB ${result.long} ms`);
  assert.deepEqual(result.longWarnings.map((w) => w.code), ['state-too-large']);
  assert.equal(result.mediumWarnings.length, 1);
  assert.ok(result.mediumWarnings[0].message.length < 200, result.mediumWarnings[0].message);
  assert.ok(result.height < 6000, `the widget keeps its size (${result.height} px)`);
  await page.close();
});

test('thousands of bad keys are counted, not listed: state, document and live region stay short', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en');
  const { line } = firstInput(await getState(page));
  const state = await page.evaluate((line) => {
    const inputs = {};
    for (let i = 0; i < 1500; ++i) inputs['bad' + i] = 1;
    return window.widget.setState({ lines: [{ id: line, inputs }] });
  }, line);
  assert.equal(state.warnings_count, 1500);
  assert.ok(state.warnings.length <= 20, `${state.warnings.length} warnings listed`);
  await page.waitForFunction(() => document.getElementById('widget-status').textContent.includes('1,'));
  const status = await page.evaluate(() => document.getElementById('widget-status').textContent);
  assert.ok(status.length < 600, `live region: ${status.length} characters`);
  const items = await page.locator('#widget-doc .doc-notice li').allTextContents();
  assert.ok(items.length <= 5, items.join(' | '));
  assert.match(items.at(-1), /more/);
  await page.close();
});

test('a link that would change figures without a word says what it did', async () => {
  const probe = await openWidget(site.browser, site.origin, '?lang=en');
  const { line, key, value } = firstInput(await getState(probe));
  await probe.close();
  // An HTML-escaped ampersand, a capitalised key, a repeated key and a value between steps.
  const query = `?v=1&amp;lang=en&Currency=eur&${line}.${key}=${value + 0.5}&${line}.${key}=${value * 3}`;
  const page = await openWidget(site.browser, site.origin, query);
  const state = await getState(page);
  assert.equal(state.lang, 'en');
  assert.equal(state.currency, 'eur');
  const codes = state.warnings.map((w) => w.code);
  assert.deepEqual(codes.filter((c) => c === 'key-read-as').length, 2, codes.join());
  assert.ok(codes.includes('repeated-key'), codes.join());
  assert.ok(codes.includes('rounded'), codes.join());
  // The first value counts, rounded to the input's step; never the repeated one.
  assert.notEqual(state.lines.find((l) => l.id === line).inputs[key], value * 3);
  await page.close();
});

test('a lost WebGL context comes back, as many times as it is lost, with fonts and state intact (module on the page)', async () => {
  // The page's own context, where there is no worker for the module: the test can reach it.
  const page = await openWidget(site.browser, site.origin, '?lang=en', { worker: false });
  const canvas = page.locator('#widget-canvas');
  const before = await canvas.screenshot();
  const lostText = await page.evaluate(() => window.widget.text('doc.context_lost'));
  await page.evaluate(() => {
    window.loseContext = document.getElementById('widget-canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
  });
  for (let round = 0; round < 3; ++round) {
    await page.evaluate(() => window.loseContext.loseContext());
    await page.waitForFunction(() => document.getElementById('widget-doc').dataset.mode === 'document');
    assert.equal(await noteText(page), lostText, 'the text says the context was lost, not that WebGL is missing');
    assert.equal(await canvas.isVisible(), false, 'no black box above the text');
    const frames = await page.evaluate(() => window.widget.framesDrawn());
    await page.evaluate(() => window.loseContext.restoreContext());
    // Every GL object is new, so the first frame after the restore is drawn even though the
    // picture is the one from before the loss.
    await page.waitForFunction((n) => document.getElementById('widget-doc').dataset.mode === 'mirror' &&
      !document.getElementById('widget-canvas').hidden && window.widget.framesDrawn() > n, frames);
    assert.equal(await noteText(page), '');
    const after = await canvas.screenshot();
    assert.ok(after.equals(before), `round ${round + 1}: the canvas draws what it drew before the loss`);
  }
  // And it keeps drawing changes.
  const { line, key, value } = firstInput(await getState(page));
  await page.evaluate(([line, key, value]) =>
    window.widget.setState({ lines: [{ id: line, inputs: { [key]: value * 2 } }] }), [line, key, value]);
  assert.equal((await canvas.screenshot()).equals(before), false, 'a change is drawn');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a module that traps stops, says so, and leaves the document with its last figures (module on the page)', async () => {
  const context = await site.browser.newContext({ viewport: { width: 720, height: 900 } });
  // Fault injection: every export of the instance throws once the page sets window.trapWasm, as a
  // wasm trap (out-of-bounds access, stack exhausted) would. The widget itself is unchanged; the
  // module runs on the page (no worker), where the test can reach it.
  await context.addInitScript(() => {
    delete window.Worker;
    // instantiate() gives { module, instance } from bytes, and the instance alone from a
    // compiled module (as widget-fetch.js hands it over).
    const wrapInstance = (instance) => {
      const exports = {};
      for (const [name, value] of Object.entries(instance.exports)) {
        exports[name] = typeof value !== 'function' ? value : function (...args) {
          if (window.trapWasm) throw new WebAssembly.RuntimeError('memory access out of bounds');
          return value.apply(this, args);
        };
      }
      return { exports };
    };
    const wrap = (result) => {
      if (result instanceof WebAssembly.Instance) return wrapInstance(result);
      if (!result || !result.instance) return result;
      return { module: result.module, instance: wrapInstance(result.instance) };
    };
    const streaming = WebAssembly.instantiateStreaming;
    const instantiate = WebAssembly.instantiate;
    WebAssembly.instantiateStreaming = (...args) => streaming.apply(WebAssembly, args).then(wrap);
    WebAssembly.instantiate = (...args) => instantiate.apply(WebAssembly, args).then(wrap);
  });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  await page.goto(`${site.origin}/widget.html?lang=en`);
  await page.evaluate(() => window.widget.ready);
  const last = await getState(page);
  const { line, key, value } = firstInput(last);
  const stoppedText = await page.evaluate(() => window.widget.text('doc.stopped'));

  const outcome = await page.evaluate(async ([line, key, value]) => {
    window.trapWasm = true;
    const errors = [];
    window.widget.addEventListener('error', (e) => errors.push(e.detail.message));
    let rejected = null;
    try { await window.widget.setState({ lines: [{ id: line, inputs: { [key]: value * 2 } }] }); } catch (e) { rejected = e.message; }
    let again = null;
    try { await window.widget.setState({}); } catch (e) { again = e.message; }
    return { rejected, again, errors };
  }, [line, key, value]);
  assert.match(outcome.rejected, /memory access out of bounds/);
  assert.match(outcome.again, /memory access out of bounds/, 'a stopped module is not called again');
  assert.equal(outcome.errors.length, 1, 'one error event');

  assert.equal(await page.locator('#widget-canvas').isVisible(), false, 'no frozen canvas');
  assert.equal(await docMode(page), 'document');
  assert.equal(await noteText(page), stoppedText);
  await page.waitForFunction((text) => document.getElementById('widget-status').textContent === text, stoppedText);
  // The document shows the last figures, every fold open, and no control pretends to work.
  assert.equal(await page.locator('#widget-doc h1').textContent(), last.title);
  assert.ok((await page.locator('#widget-doc').textContent()).includes(last.total_text));
  assert.equal(await page.locator('#widget-doc [aria-expanded="false"]').count(), 0);
  assert.equal(await page.locator('#widget-doc button:not([disabled]), #widget-doc input:not([disabled])').count(), 0);
  assert.deepEqual(await getState(page), last, 'getState still answers, with what is shown');
  await context.close();
});

// Servers refuse URLs much past 8–16 KB (this one's limit is 16 KB): what a link can carry.
test('a 12 KB link comes up about as fast as a short one, with one short notice', async () => {
  const timeToReady = async (query) => {
    const start = Date.now();
    const page = await openWidget(site.browser, site.origin, query, { width: 360 });
    return { page, ms: Date.now() - start };
  };
  const short = await timeToReady('?v=1&lang=en');
  const { line } = firstInput(await getState(short.page));
  await short.page.close();
  const long = await timeToReady(`?v=1&lang=en&${line}.${'k'.repeat(12 * 1024)}=1`);
  const state = await getState(long.page);
  assert.deepEqual(state.warnings.map((w) => w.code), ['link-too-long']);
  assert.ok(long.ms < Math.max(5 * short.ms, 3000), `short link ${short.ms} ms, 12 KB link ${long.ms} ms`);
  const height = await long.page.evaluate(() => document.getElementById('widget').getBoundingClientRect().height);
  assert.ok(height < 6000, `the widget keeps its size (${height} px)`);
  await long.page.close();
});
