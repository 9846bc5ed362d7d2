// The real built widget (build/site) in Chromium: comes up, computes, round-trips, resists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SITE, useSiteAndBrowser, openWidget, getState, control, pixelAt } from './harness.mjs';

const site = useSiteAndBrowser();

test('the widget comes up: a drawn canvas, its document laid over it, no errors', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en');
  const seen = await page.evaluate(() => {
    const c = document.getElementById('widget-canvas');
    const doc = document.getElementById('widget-doc');
    const canvas = c.getBoundingClientRect(), box = doc.getBoundingClientRect();
    return { hidden: c.hidden, ariaHidden: c.getAttribute('aria-hidden'), mode: doc.dataset.mode,
      canvas: [canvas.top, canvas.bottom], doc: [box.top, box.bottom], screen: innerHeight,
      h1: doc.querySelector('h1').textContent };
  });
  assert.equal(seen.hidden, false);
  assert.equal(seen.ariaHidden, 'true', 'the document speaks for the canvas, not both');
  assert.equal(seen.mode, 'mirror');
  assert.ok(seen.doc[1] - seen.doc[0] > 300, `the document laid out at the content's height: ${seen.doc}`);
  assert.ok(seen.canvas[0] >= seen.doc[0] && seen.canvas[1] <= seen.doc[1], `the canvas within it: ${JSON.stringify(seen)}`);
  assert.ok(seen.canvas[0] <= Math.max(0, seen.doc[0]) && seen.canvas[1] >= Math.min(seen.screen, seen.doc[1]),
    `and over all of it that is on screen: ${JSON.stringify(seen)}`);
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
  assert.match(changed.permalink, /\/widget-v3-final-run-en\.html\?v=1&scenario=v3-final-run&lang=en&currency=eur&pretraining\.usd_per_gpu_hour=3\.42$/);
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
  // Once the module has answered the whole drag (in a worker, a frame or two after it), the
  // document follows the state.
  await page.waitForFunction(() => {
    const gpus = window.widget.getState().lines[0].inputs.gpus;
    return gpus !== 512 && document.getElementById('w:slider/r1-zero/gpus').getAttribute('aria-valuenow') === String(gpus);
  });
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
    // The canvas draws the part near the screen: a screen as tall as the page shows all of it.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width, height });
    await page.waitForFunction((h) => document.getElementById('widget-canvas').getBoundingClientRect().height >=
      document.getElementById('widget-doc').getBoundingClientRect().height - 1, height, { polling: 100 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: file.pathname });
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
      return { height: document.getElementById('widget-doc').getBoundingClientRect().height, pixels: c.width,
        overflow: document.documentElement.scrollWidth - window.innerWidth };
    });
    assert.equal(m.overflow, 0, `no sideways scroll at ${width}px`);
    assert.equal(m.pixels, width, 'backing store matches CSS width at DPR 1');
    heights[width] = m.height;
  }
  assert.ok(heights[320] > heights[720] && heights[720] > heights[1200] - 1, JSON.stringify(heights));
  await page.close();
});

test('a lost WebGL context leaves the live document, not a blank box (module on the page)', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en', { worker: false });
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

// The tallest content there is: the fleet with every fold open, on a 390 px DPR 3 phone.
async function tallestOnPhone() {
  const page = await openWidget(site.browser, site.origin, '?lang=en&scenario=semianalysis-fleet', { width: 390, dpr: 3 });
  await page.setViewportSize({ width: 390, height: 844 });
  for (;;) {
    const shut = page.locator('[aria-expanded="false"][data-key^="fold/"]').first();
    if (!(await shut.count())) break;
    const key = await shut.getAttribute('data-key');
    await shut.evaluate((b) => b.click());
    await page.waitForFunction((k) => document.querySelector(`[data-key="${k}"]`)?.getAttribute('aria-expanded') === 'true', key, { polling: 100 });
  }
  return page;
}

test('printed, the widget is its whole document, not the band of the canvas near the screen', async () => {
  const page = await tallestOnPhone();
  await page.emulateMedia({ media: 'print' });
  const seen = await page.evaluate(() => {
    const doc = document.getElementById('widget-doc');
    const last = [...doc.querySelectorAll('[data-block="settings"], .doc-settings')].pop();
    return { canvas: getComputedStyle(document.getElementById('widget-canvas')).display,
      figure: getComputedStyle(doc.querySelector('h1')).opacity, lastShown: last && last.getBoundingClientRect().height > 0 };
  });
  assert.deepEqual(seen, { canvas: 'none', figure: '1', lastShown: true });
  await page.screenshot({ path: new URL('./screenshots/print-fleet-390.png', import.meta.url).pathname, fullPage: true });
  await page.close();
});

test('the drawing buffer holds at most two screens, at the full pixel ratio, however tall the content', async () => {
  const page = await tallestOnPhone();
  await page.waitForTimeout(300);
  const sizes = await page.evaluate(() => {
    const canvas = document.getElementById('widget-canvas');
    return { buffer: [canvas.width, canvas.height], css: canvas.getBoundingClientRect().height,
      content: document.getElementById('widget-doc').getBoundingClientRect().height, screen: screen.height };
  });
  assert.ok(sizes.content > 3 * sizes.screen, `the case is real: ${JSON.stringify(sizes)}`);
  assert.equal(sizes.buffer[0], 390 * 3, 'the full ratio across');
  assert.equal(sizes.buffer[1], Math.round(sizes.css * 3), 'and down');
  assert.ok(sizes.buffer[1] <= 2 * sizes.screen * 3, `at most two screens: ${JSON.stringify(sizes)}`);
  const before = await page.evaluate(() => window.widget.framesDrawn());
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(() => window.widget.framesDrawn()), before, 'and it settles');
  await page.close();
});

test('scrolling a quarter screen at a time, the canvas is always under what the reader sees', async () => {
  const page = await tallestOnPhone();
  let moved = 0, last = null;
  for (let y = 0; ; y += 200) {
    // Checked in the very task that scrolled, before the widget could answer: the band drawn
    // beforehand covers the new view.
    const c = await page.evaluate((y) => {
      scrollTo(0, y);
      const c = document.getElementById('widget-canvas').getBoundingClientRect();
      const w = document.getElementById('widget-doc').getBoundingClientRect();
      return { y: scrollY, seen: [Math.max(0, w.top), Math.min(innerHeight, w.bottom)], canvas: [c.top, c.bottom] };
    }, y);
    assert.ok(c.canvas[0] <= c.seen[0] + 0.5 && c.canvas[1] >= c.seen[1] - 0.5, `covered at ${y}: ${JSON.stringify(c)}`);
    if (c.y === last) break; // the bottom
    last = c.y;
    // A few frames for the band to follow, as between two steps of a fling.
    const top = await page.evaluate(() => document.getElementById('widget-canvas').style.top);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r)))));
    if (await page.evaluate(() => document.getElementById('widget-canvas').style.top) !== top) ++moved;
  }
  assert.ok(moved >= 3, `the band followed the reader down (${moved} moves)`);
  // At the bottom the last part is drawn: a currency chip is ink on the canvas, not paper.
  const chip = await page.locator('[data-key^="currency/"][aria-pressed="true"]').boundingBox();
  const paper = await pixelAt(page, 2, chip.y + chip.height / 2);
  const ink = await pixelAt(page, chip.x + chip.width / 2, chip.y + chip.height / 2);
  assert.notDeepEqual(ink, paper, `the chip is drawn where the reader sees it: ${ink} on ${paper}`);
  await page.close();
});
