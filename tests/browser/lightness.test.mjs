// What a reader pays: no frame drawn twice, type drawn only for what the data holds (in any
// script), and nothing fetched before the first frame that the first frame does not need.
// Sizes and timings are measured by tools/bench.mjs, not asserted here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useSiteAndBrowser, openWidget, serveSite, widgetReadyIn, SITE } from './harness.mjs';

const site = useSiteAndBrowser([], {
  // An article that embeds the widget, its iframe as wide as a column.
  '/column.html': '<!doctype html><title>column</title><body style="margin:0">' +
    '<iframe src="widget.html?lang=en" title="widget" style="width:600px;height:4000px;border:0"></iframe>',
});

// Resolves after `n` animation frames: long enough for the widget's settling frames to run.
const frames = (page, n) => page.evaluate((n) => new Promise((resolve) => {
  const step = () => (--n > 0 ? requestAnimationFrame(step) : resolve());
  requestAnimationFrame(step);
}), n);
const drawn = (page) => page.evaluate(() => window.widget.framesDrawn());

test('a frame identical to the one shown is not drawn again; a changed one is', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en');
  await frames(page, 6);
  const canvas = await page.locator('#widget-canvas').boundingBox();
  const before = await drawn(page);
  // Moving over the blank margin asks ImGui for frames (it settles hover over a few), and each
  // comes out as the frame already on the canvas.
  for (let i = 0; i < 5; ++i) {
    await page.mouse.move(canvas.x + 3, canvas.y + 3 + i * 2);
    await frames(page, 5);
  }
  assert.equal(await drawn(page), before, 'no frame drawn for a picture that did not change');
  // Hovering a scenario chip changes its colour: that frame is drawn.
  const chip = await page.locator('#widget-doc [aria-pressed="false"]').first().boundingBox();
  await page.mouse.move(chip.x + chip.width / 2, chip.y + chip.height / 2);
  await page.waitForFunction((n) => window.widget.framesDrawn() > n, before);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the type is drawn for every character the data uses, whatever its script', async () => {
  // An editor writes a scenario's French title partly in Greek: no language to add, just text.
  const scenarios = JSON.parse(await readFile(SITE + 'data/scenarios.json', 'utf8'));
  scenarios.scenarios[0].title.fr = 'Ωμέγα Ж : ' + scenarios.scenarios[0].title.fr;
  // Ж as JSON may also write it: an escape.
  const text = JSON.stringify(scenarios).replace('Ж', '\\u0416');
  assert.ok(text.includes('\\u0416'));
  const { server, origin } = await serveSite({ '/data/scenarios.json': text });
  const page = await site.browser.newPage({ viewport: { width: 720, height: 900 } });
  // Records what the module asks widget-glyphs.js to draw, and what it gets back: on the page (no
  // worker), where the test can see it; a worker asks for the same (widget-engine.js).
  await page.addInitScript(() => {
    delete window.Worker;
    window.glyphRequests = [];
    let recorder;
    Object.defineProperty(window, 'aiCostGlyphs', {
      configurable: true,
      get: () => recorder,
      // The page also draws the type ahead (aiCostGlyphs.prepare, set on what this returns); the
      // module's call then takes what was drawn.
      set: (draw) => {
        recorder = function (request) {
          const atlas = draw(request);
          window.glyphRequests.push({ request: JSON.parse(request), atlas });
          return atlas;
        };
      },
    });
  });
  await page.goto(`${origin}/widget.html?lang=fr&scenario=${encodeURIComponent(scenarios.scenarios[0].id)}`);
  await page.evaluate(() => window.widget.ready);
  const drawnFor = await page.evaluate(() => {
    const { request, atlas } = window.glyphRequests.at(-1);
    // The first face's glyphs: 8 numbers each, after 3 for the face (see browser_fonts.cpp).
    const count = atlas.metrics[2], glyphs = [];
    for (let g = 0; g < count; ++g) {
      const at = 3 + g * 8;
      glyphs.push({ codepoint: atlas.metrics[at], width: atlas.metrics[at + 4] });
    }
    return { text: request.faces[0].text, glyphs };
  });
  for (const ch of 'ΩμέγαЖ') {
    assert.ok(drawnFor.text.includes(ch), `${ch} is asked for`);
    const glyph = drawnFor.glyphs.find((g) => g.codepoint === ch.codePointAt(0));
    assert.ok(glyph && glyph.width > 0, `${ch} is drawn into the atlas`);
  }
  // Only what is used: no Greek letter the data does not have.
  assert.equal(drawnFor.text.includes('Δ'), false);
  await page.close();
  server.close();
});

test('the type keeps its anti-aliasing: a letter\'s edge shades from ink to paper', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en');
  await frames(page, 4);
  // The block with the title, the summary and the big total, as the canvas draws it.
  const box = await page.locator('#widget-doc [data-block="block/head"]').boundingBox();
  const png = await page.screenshot({ clip: box });
  const counts = await page.evaluate(async (bytes) => {
    const image = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
    const grey = (x, y) => { const i = (y * width + x) * 4; return (data[i] + data[i + 1] + data[i + 2]) / 3; };
    // The big total: the tallest run of rows that hold ink (other lines are a third as tall).
    let best = [0, 0];
    for (let y = 0, start = 0; y <= height; ++y) {
      let inked = false;
      for (let x = 0; y < height && x < width && !inked; ++x) inked = grey(x, y) < 60;
      if (!inked) { if (y - start > best[1] - best[0]) best = [start, y]; start = y + 1; }
    }
    let ink = 0, edge = 0;
    for (let y = best[0]; y < best[1]; ++y)
      for (let x = 0; x < width; ++x) { const g = grey(x, y); if (g < 60) ++ink; else if (g < 200) ++edge; }
    return { rows: best[1] - best[0], ink, edge };
  }, [...png]);
  assert.ok(counts.rows >= 28 && counts.ink > 300, `the total is found (${JSON.stringify(counts)})`);
  // Coverage read from the wrong channel makes every touched pixel solid ink: no shaded edge.
  assert.ok(counts.edge > counts.ink * 0.15, `edges are shaded (${JSON.stringify(counts)})`);
  await page.close();
});

test('the canvas gets one drawing buffer, at its size, made with its WebGL context', async () => {
  const page = await site.browser.newPage({ viewport: { width: 900, height: 900 }, deviceScaleFactor: 2 });
  // Every size given to a canvas that ends up drawing WebGL, and whether its context existed: the
  // module on the page, where the test sees its canvas (a worker's OffscreenCanvas goes through
  // the same steps, widget-engine.js).
  await page.addInitScript(() => {
    delete window.Worker;
    const sizes = new WeakMap(), webgl = new WeakSet();
    for (const side of ['width', 'height']) {
      const size = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, side);
      Object.defineProperty(HTMLCanvasElement.prototype, side, {
        configurable: true, get: size.get,
        set(value) {
          if (!sizes.has(this)) sizes.set(this, []);
          sizes.get(this).push({ side, value, afterContext: webgl.has(this) });
          size.set.call(this, value);
        },
      });
    }
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      const context = getContext.call(this, type, ...rest);
      if (type === 'webgl2' && context) webgl.add(this);
      return context;
    };
    window.canvasSizes = () => sizes.get(document.getElementById('widget-canvas')) || [];
  });
  await page.goto(`${site.origin}/column.html`);
  const frame = page.frameLocator('iframe').owner();
  const widget = await (await frame.elementHandle()).contentFrame();
  await widgetReadyIn(widget);
  // A new size after the context is a second buffer made while the reader waits: the canvas is
  // sized once, before, at the column's width in device pixels and its band's height.
  const sizes = await widget.evaluate(() => window.canvasSizes());
  const canvas = await widget.evaluate(() => [document.getElementById('widget-canvas').width, document.getElementById('widget-canvas').height]);
  assert.deepEqual(sizes, [{ side: 'width', value: 1200, afterContext: false }, { side: 'height', value: canvas[1], afterContext: false }]);
  assert.equal(canvas[0], 1200);
  await page.close();
});

// widget-fetch.js is written inline in the page (its hash in the page's policy): the module and
// the data are asked for before anything else the page names, its stylesheet included.
test('the module and the data are requested first, by a script the page policy allows inline', async () => {
  const page = await site.browser.newPage({ viewport: { width: 720, height: 900 } });
  await page.addInitScript(() => {
    window.policyViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.policyViolations.push(e.violatedDirective));
  });
  await page.goto(`${site.origin}/widget.html?lang=en`);
  await page.evaluate(() => window.widget.ready);
  assert.deepEqual(await page.evaluate(() => window.policyViolations), []);
  assert.equal(await page.locator('script[src="widget-fetch.js"]').count(), 0);
  const order = await page.evaluate(() => performance.getEntriesByType('resource')
    .sort((a, b) => a.startTime - b.startTime).map((e) => e.name.split('/').pop()));
  const first = (name) => order.indexOf(name);
  for (const early of ['ai-cost.wasm', 'scenarios.json', 'strings.json'])
    for (const later of ['widget.css', 'widget.js'])
      assert.ok(first(early) < first(later), `${early} before ${later}: ${order.join(', ')}`);
  // Emscripten's glue is the worker's to load: the page neither fetches nor runs it.
  assert.equal(first('ai-cost.js'), -1, order.join(', '));
  await page.close();
});

test('nothing the first frame does not need is fetched before it', async () => {
  const page = await site.browser.newPage({ viewport: { width: 720, height: 900 } });
  // What the page had asked for when the first frame was shown (the worker's first frame).
  await page.addInitScript(() => {
    const show = ImageBitmapRenderingContext.prototype.transferFromImageBitmap;
    ImageBitmapRenderingContext.prototype.transferFromImageBitmap = function (...args) {
      window.fetchedBeforeFirstFrame ||= performance.getEntriesByType('resource').map((e) => e.name.split('/').pop());
      return show.apply(this, args);
    };
  });
  await page.goto(`${site.origin}/widget.html?lang=en`);
  await page.evaluate(() => window.widget.ready);
  const before = await page.evaluate(() => window.fetchedBeforeFirstFrame);
  assert.ok(before.includes('ai-cost.wasm'));
  for (const later of ['widget-share.js', 'widget-embed.js', 'embed-snippets.js'])
    assert.equal(before.includes(later), false, `${later} waits for the first frame`);
  // Each file once: the early requests (widget-fetch.js) are the ones used.
  for (const file of ['ai-cost.wasm', 'scenarios.json', 'strings.json'])
    assert.equal(before.filter((f) => f === file).length, 1, `${file} fetched once`);
  // And they do come, for the share bar.
  await page.getByRole('button', { name: await page.evaluate(() => window.widget.text('share.copy')) }).waitFor();
  await page.close();
});
