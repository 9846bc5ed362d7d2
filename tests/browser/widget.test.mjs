// The real built widget (build/site) in Chromium: comes up, computes, round-trips, resists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SITE, useSiteAndBrowser, openWidget, getState, control } from './harness.mjs';

const site = useSiteAndBrowser();

test('the widget comes up: a drawn canvas, its document laid over it, no errors', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en');
  const seen = await page.evaluate(() => {
    const c = document.getElementById('widget-canvas');
    const doc = document.getElementById('widget-doc');
    return { hidden: c.hidden, ariaHidden: c.getAttribute('aria-hidden'), height: c.getBoundingClientRect().height,
      mode: doc.dataset.mode, docHeight: doc.getBoundingClientRect().height, h1: doc.querySelector('h1').textContent };
  });
  assert.equal(seen.hidden, false);
  assert.equal(seen.ariaHidden, 'true', 'the document speaks for the canvas, not both');
  assert.ok(seen.height > 300, `canvas sized to its content (${seen.height}px)`);
  assert.equal(seen.mode, 'mirror');
  assert.equal(seen.docHeight, seen.height, 'the document covers the canvas exactly');
  assert.equal(seen.h1, (await getState(page)).title);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('r1-nature: $294,672 exactly, and $294K as the paper rounds it', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en&scenario=r1-nature');
  const state = await getState(page);
  assert.equal(state.scenario, 'r1-nature');
  assert.equal(state.total_usd, 294672);
  assert.equal(state.table_usd, 294000);
  assert.equal(state.published_usd, 294000);
  assert.deepEqual(state.lines.map((l) => [l.id, l.usd]), [['r1-zero', 202752], ['sft-data', 10000], ['r1', 81920]]);
  assert.deepEqual(state.lines[0].inputs, { gpus: 512, hours: 198, usd_per_gpu_hour: 2 });
  assert.deepEqual(state.lines[1].inputs, { gpu_hours: 5000, usd_per_gpu_hour: 2 });
  assert.match(state.lines[0].equation, /^512\u00a0GPU × 198\u00a0h × \$2\.00 = \$202,752$/);
  assert.equal(state.total_text, '$294,672');
  await page.close();
});

test('v3-final-run: $5,576,000 through setState', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=fr');
  const state = await page.evaluate(() => window.widget.setState({ scenario: 'v3-final-run' }));
  assert.equal(state.scenario, 'v3-final-run');
  assert.equal(state.total_usd, 5576000);
  assert.deepEqual(state.lines.map((l) => l.id), ['pretraining', 'context-extension', 'post-training']);
  assert.equal(state.total_text, '5\u202f576\u202f000\u00a0$');
  // Every scenario of the data the widget reads, in its order: editors add scenarios without touching this.
  const shipped = JSON.parse(await readFile(join(SITE, 'data/scenarios.json'), 'utf8'));
  assert.deepEqual(state.scenarios.map((s) => s.id), shipped.scenarios.map((s) => s.id));
  await page.close();
});

test('getState keeps the whole result sentence, every line\'s equation in it', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en');
  const state = await page.evaluate(() => window.widget.setState({ lines: [{ id: 'r1', inputs: { hours: 96 } }] }));
  assert.match(state.sentence, /\$311,056/);
  assert.match(state.sentence, /R1-Zero/);
  assert.match(state.sentence, /512\u00a0GPU × 96\u00a0h × \$2\.00 = \$98,304/);
  await page.close();
});

test('a change event fires with the new state', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en');
  const total = await page.evaluate(() => new Promise((resolve) => {
    window.widget.addEventListener('change', (e) => resolve(e.detail.total_usd), { once: true });
    window.widget.setState({ lines: [{ id: 'sft-data', inputs: { gpu_hours: 10000 } }] });
  }));
  assert.equal(total, 304672);
  await page.close();
});

test('a changed input round-trips through the permalink', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en');
  const changed = await page.evaluate(() => window.widget.setState({
    scenario: 'v3-final-run', currency: 'eur',
    lines: [{ id: 'pretraining', inputs: { usd_per_gpu_hour: 3.42 } }],
  }));
  assert.ok(changed.permalink.length < 300, changed.permalink);
  assert.match(changed.permalink, /\/widget\.html\?v=1&scenario=v3-final-run&lang=en&currency=eur&pretraining\.usd_per_gpu_hour=3\.42$/);
  const reopened = await openWidget(site.browser, site.origin, '?' + changed.permalink.split('?')[1]);
  const restored = await getState(reopened);
  for (const key of ['scenario', 'lang', 'currency', 'lines', 'total_usd', 'permalink']) {
    assert.deepEqual(restored[key], changed[key], key);
  }
  assert.deepEqual(restored.warnings, []);
  await page.close();
  await reopened.close();
});

test('dragging a slider with the mouse changes its input and the total', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en', { width: 720 });
  const slider = control(page, 'slider/r1-zero/gpus'); // laid over the slider the canvas draws
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  await page.mouse.move(box.x + 10, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await page.waitForFunction(() => window.widget.getState().lines[0].inputs.gpus !== 512);
  const moved = await getState(page);
  assert.ok(moved.lines[0].inputs.gpus > 512, String(moved.lines[0].inputs.gpus));
  assert.ok(Number.isFinite(moved.total_usd));
  assert.equal(await slider.getAttribute('aria-valuenow'), String(moved.lines[0].inputs.gpus), 'the document follows');
  await page.close();
});

test('hostile links give the defaults, warnings and a visible notice, never NaN', async () => {
  const hostile = [
    '?v=99&scenario=v3-final-run',
    '?v=1&scenario=<script>alert(1)</script>',
    '?v=1&r1.hours=NaN&r1.gpus=1e999&r1-zero.usd_per_gpu_hour=-Infinity',
    '?%E0%A4%A&&&==&v=1&lang=xx',
    '?v=1&r1.hours=' + '9'.repeat(400),
  ];
  for (const query of hostile) {
    const page = await openWidget(site.browser, site.origin, query);
    const state = await getState(page);
    assert.ok(state.warnings.length > 0, `warning for ${query}`);
    assert.ok(Number.isFinite(state.total_usd), query);
    const numbers = [state.total_usd, state.table_usd, ...state.lines.flatMap((l) => [l.usd, ...Object.values(l.inputs)])];
    assert.ok(numbers.every(Number.isFinite), `every figure is finite for ${query}`);
    assert.doesNotMatch(state.total_text + state.lines.map((l) => l.equation).join(), /nan|inf/i, query);
    const status = await page.textContent('[role=status]');
    assert.ok(status.includes(state.warnings[0].message), 'the notice reaches the live region');
    assert.deepEqual(page.errors, [], query);
    await page.close();
  }
});

test('setState with garbage warns and keeps the state', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en');
  const state = await page.evaluate(() => window.widget.setState('<img src=x onerror=alert(1)>'));
  assert.equal(state.total_usd, 294672);
  assert.equal(state.warnings[0].code, 'invalid-state');
  await page.close();
});

test('an idle widget draws no frames', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=fr');
  await page.waitForTimeout(500); // let the frames owed to start-up finish
  const before = await page.evaluate(() => window.widget.framesDrawn());
  await page.waitForTimeout(3000);
  const afterIdle = await page.evaluate(() => window.widget.framesDrawn());
  assert.equal(afterIdle - before, 0, 'frames drawn in 3 s idle');
  await page.close();
});

test('screenshots at phone and desktop widths, DPR 1 and 2, both languages and themes', async () => {
  const dir = new URL('./screenshots/', import.meta.url);
  await mkdir(dir, { recursive: true });
  const shots = [];
  for (const width of [360, 1200]) for (const dpr of [1, 2]) for (const lang of ['fr', 'en'])
    for (const colorScheme of ['light', 'dark']) shots.push({ width, dpr, lang, colorScheme, scenario: 'r1-nature' });
  for (const width of [360, 1200]) shots.push({ width, dpr: 2, lang: 'en', colorScheme: 'dark', scenario: 'semianalysis-fleet' });
  for (const { width, dpr, lang, colorScheme, scenario } of shots) {
    const page = await openWidget(site.browser, site.origin, `?lang=${lang}&scenario=${scenario}`, { width, dpr, colorScheme });
    const file = new URL(`widget-${scenario}-${width}-dpr${dpr}-${lang}-${colorScheme}.png`, dir);
    await page.screenshot({ path: file.pathname, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.equal(overflow, 0, `no horizontal overflow at ${width}px`);
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

test('the canvas follows the page width from 320 to 1200 px, never overflowing', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=fr', { width: 1200 });
  const heights = {};
  for (const width of [1200, 320, 720]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForFunction((w) => Math.abs(document.getElementById('widget-canvas').getBoundingClientRect().width - w) < 1, width);
    await page.waitForTimeout(150);
    const m = await page.evaluate(() => {
      const c = document.getElementById('widget-canvas');
      return { height: c.getBoundingClientRect().height, pixels: c.width, overflow: document.documentElement.scrollWidth - window.innerWidth };
    });
    assert.equal(m.overflow, 0, `no sideways scroll at ${width}px`);
    assert.equal(m.pixels, width, 'backing store matches CSS width at DPR 1');
    heights[width] = m.height;
  }
  assert.ok(heights[320] > heights[720] && heights[720] > heights[1200] - 1, JSON.stringify(heights));
  await page.close();
});

test('a lost WebGL context leaves the live document, not a blank box', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en');
  await page.evaluate(() => {
    const gl = document.getElementById('widget-canvas').getContext('webgl2');
    gl.getExtension('WEBGL_lose_context').loseContext();
  });
  await page.waitForSelector('#widget-doc[data-mode="document"]');
  assert.equal(await page.isVisible('#widget-canvas'), false);
  assert.match(await page.textContent('.widget-note'), /graphics context was lost/);
  assert.match(await page.textContent('#widget-doc'), /\$294,672/);
  await control(page, 'scenario/v3-final-run').click();
  assert.equal((await getState(page)).total_usd, 5576000);
  assert.match(await page.textContent('#widget-doc h1'), /V3/);
  await page.close();
});

test('a tall widget on a DPR 3 phone stays within the GPU\'s drawing-buffer limit', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=fr&scenario=semianalysis-fleet', { width: 320, dpr: 3 });
  await page.waitForTimeout(500);
  const sizes = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const limit = Math.min(gl.getParameter(gl.MAX_VIEWPORT_DIMS)[1], gl.getParameter(gl.MAX_RENDERBUFFER_SIZE));
    const canvas = document.getElementById('widget-canvas');
    return { limit, buffer: canvas.height, css: canvas.getBoundingClientRect().height };
  });
  assert.ok(sizes.css * 3 > sizes.limit, `the case is real: ${JSON.stringify(sizes)}`);
  assert.ok(sizes.buffer <= sizes.limit, JSON.stringify(sizes));
  assert.ok(sizes.buffer / sizes.css > 2, 'still drawn at the highest ratio that fits');
  const before = await page.evaluate(() => window.widget.framesDrawn());
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(() => window.widget.framesDrawn()), before, 'and it settles');
  await page.close();
});
