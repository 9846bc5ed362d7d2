// The document is the first paint: the figures the build wrote into each page are on screen before
// the module runs; a link asking for other figures marks them pending until the model has
// computed the reader's own; the canvas takes over without moving what the reader looks at; and
// an embed far below the reader's screen does nothing until the reader comes near it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useSiteAndBrowser, serveSite, widgetReadyIn, getState } from './harness.mjs';

const site = useSiteAndBrowser();

// Holds ai-cost.wasm until release(): the page as a reader sees it before the module runs.
async function holdModule(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/ai-cost.wasm', async (route) => { await held; await route.continue().catch(() => {}); });
  return release;
}

const visibleText = (page) => page.evaluate(() => document.body.innerText);

test('before the module runs, the page shows its own figures, in its language, nothing pending', async () => {
  const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
  const release = await holdModule(page);
  await page.goto(`${site.origin}/widget-calculator-r1-nature-en.html`);
  await page.waitForLoadState('load');
  const text = await visibleText(page);
  // The scenario's heading and its total, as the page's document holds them, are on screen.
  const heading = page.getByRole('heading', { level: 1 });
  assert.equal(await heading.count(), 1);
  assert.ok(await heading.isVisible());
  const total = await page.textContent('.doc-figure');
  assert.ok(text.includes(total.trim()), total);
  assert.ok(await page.locator('.doc-figure').isVisible());
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.isVisible('#widget-pending'), false);
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-widget-pending')), false);
  // Once the module runs, the canvas shows the same total the page showed.
  release();
  const state = await page.evaluate(() => window.widget.ready);
  assert.equal(state.total_text, total.trim());
  await page.close();
});

test('a link asking for other figures marks the written ones pending until the model has computed them', async () => {
  const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
  const release = await holdModule(page);
  // widget.html holds the full R1 widget in French; this link asks for English, the calculator
  // and a changed figure.
  await page.goto(`${site.origin}/widget.html?scenario=r1-nature&lang=en&view=calculator&r1-zero.gpus=1024`);
  await page.waitForLoadState('load');
  const written = (await page.textContent('.doc-figure')).trim();
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-widget-pending')), true);
  assert.ok(await page.isVisible('#widget-pending'));
  assert.equal(await page.getAttribute('#widget-doc', 'aria-busy'), 'true');
  // The page says so in its own language until the model speaks the link's.
  assert.equal((await page.textContent('#widget-pending')).trim().length > 3, true);
  // The line is laid over the faded figures: when it goes, nothing under it moves.
  const top = () => page.evaluate(() => document.getElementById('widget-doc').getBoundingClientRect().top);
  const pendingTop = await top();
  await page.evaluate(() => {
    window.docTops = [];
    new MutationObserver(() => window.docTops.push(document.getElementById('widget-doc').getBoundingClientRect().top))
      .observe(document.documentElement, { attributes: true, attributeFilter: ['data-widget-pending'] });
  });
  release();
  const state = await page.evaluate(() => window.widget.ready);
  assert.deepEqual(await page.evaluate(() => window.docTops), [pendingTop], 'the document did not move when its figures arrived');
  assert.equal(await top(), pendingTop);
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-widget-pending')), false);
  assert.equal(await page.isVisible('#widget-pending'), false);
  assert.equal(await page.getAttribute('#widget-doc', 'aria-busy'), null);
  assert.equal(state.lang, 'en');
  assert.notEqual(state.total_text, written);
  // The document (for screen readers now, laid over the canvas) holds the reader's figure.
  assert.ok((await page.textContent('.doc-figure')).includes(state.total_text));
  await page.close();
});

// What the page shows before the module runs: its own scenario, view and language, and whether
// they are marked pending.
const written = (page) => page.evaluate(() => ({
  holds: document.documentElement.getAttribute('data-page'),
  lang: document.documentElement.lang,
  pending: document.documentElement.hasAttribute('data-widget-pending'),
  total: document.querySelector('.doc-figure').textContent.trim(),
}));

test('a link the widget hands out opens on the page of its scenario, language and view: nothing pending', async () => {
  const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${site.origin}/widget.html?lang=fr`);
  const first = await page.evaluate(() => window.widget.ready);
  // Another scenario than the one widget.html holds, in another language, as its calculator.
  const other = first.scenarios.map((s) => s.id).find((id) => id !== first.scenario);
  const shared = await page.evaluate((id) => window.widget.setState({ scenario: id, lang: 'en', view: 'calculator' }), other);
  await page.close();
  const reader = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
  const release = await holdModule(reader);
  await reader.goto(shared.permalink.replace(/^https?:\/\/[^/]+/, site.origin));
  await reader.waitForLoadState('load');
  assert.deepEqual(await written(reader), { holds: `${other} calculator`, lang: 'en', pending: false, total: shared.total_text });
  assert.equal(await reader.isVisible('#widget-pending'), false);
  release();
  assert.equal((await reader.evaluate(() => window.widget.ready)).total_text, shared.total_text);
  await reader.close();
});

test('when the canvas takes over, the part of the widget at the top of the window stays where it was', async () => {
  const page = await site.browser.newPage({ viewport: { width: 390, height: 700 } });
  const release = await holdModule(page);
  await page.goto(`${site.origin}/widget-r1-nature-en.html`);
  await page.waitForLoadState('load');
  // The reader has scrolled into the widget: the first part whose top is below the window's top.
  await page.evaluate(() => window.scrollTo(0, 500));
  const before = await page.evaluate(() => {
    const part = [...document.querySelectorAll('#widget-doc [data-block]')].find((p) => p.getBoundingClientRect().bottom > 0);
    return { block: part.dataset.block, top: part.getBoundingClientRect().top };
  });
  release();
  await page.evaluate(() => window.widget.ready);
  const after = await page.evaluate((block) =>
    document.querySelector(`#widget-doc [data-block="${block}"]`).getBoundingClientRect().top, before.block);
  assert.ok(Math.abs(after - before.top) <= 2, `${before.block}: ${before.top} → ${after}`);
  await page.close();
});

test('the written picker takes the form the canvas draws: the headline does not move when it takes over', async () => {
  // A dropdown naming the scenario on a phone, a row of choices wider (view.h): the headline
  // under it starts where the canvas will draw it, to a few pixels (the two lay text out alike,
  // not identically).
  for (const width of [390, 900]) {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    const release = await holdModule(page);
    await page.goto(`${site.origin}/widget-r1-nature-en.html`);
    await page.waitForLoadState('load');
    const top = () => page.evaluate(() => document.querySelector('#widget-doc [data-block="block/head"]').getBoundingClientRect().top);
    const before = await top();
    release();
    await page.evaluate(() => window.widget.ready);
    const after = await top();
    assert.ok(Math.abs(after - before) <= 8, `at ${width} px: ${before} → ${after}`);
    await page.close();
  }
});

// The host is another origin, as a newsroom's is.
const host = {};
before(async () => Object.assign(host, await serveSite({
  '/blank.html': '<!doctype html><meta charset="utf-8"><title>Article</title><body style="margin:0"><p>Article</p>',
  '/article.html': `<!doctype html><meta charset="utf-8"><body style="margin:0"><p style="height:6000px">Article</p>
    <iframe id="far" style="width:100%;height:1300px;border:0"></iframe>`,
})));
after(() => host.server?.close());

test('embed.js loads the page its code links: the embed\'s first paint is its own view, nothing pending', async () => {
  // The calculator's code as the widget's Embed panel hands it out, pasted into an article.
  const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${site.origin}/widget-calculator-r1-nature-en.html`);
  await page.evaluate(() => window.widget.ready);
  await page.getByRole('button', { name: 'Embed' }).click();
  const code = await page.getByRole('textbox', { name: /embed\.js/ }).inputValue();
  await page.close();
  const article = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
  const release = await holdModule(article);
  await article.goto(`${host.origin}/blank.html`);
  await article.evaluate((pasted) => {
    const template = document.createElement('template');
    template.innerHTML = pasted;
    const div = template.content.querySelector('[data-ai-cost-widget]');
    document.body.appendChild(div);
    const script = document.createElement('script'); // as parsed: a script from innerHTML never runs
    script.src = template.content.querySelector('script').src;
    document.body.appendChild(script);
  }, code);
  const frame = await (await article.waitForSelector('[data-ai-cost-widget] iframe')).contentFrame();
  await frame.waitForFunction(() => document.readyState === 'complete', null, { polling: 100 });
  const before = await written(frame);
  assert.equal(before.holds, 'r1-nature calculator');
  assert.equal(before.lang, 'en');
  assert.equal(before.pending, false);
  release();
  const state = await widgetReadyIn(frame);
  assert.equal(state.view, 'calculator');
  assert.equal(state.total_text, before.total);
  await article.close();
});

test('an embed far below the reader\'s screen starts nothing until the reader comes near it', async () => {
  const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
  await page.goto(`${host.origin}/article.html`);
  await page.$eval('#far', (iframe, src) => { iframe.src = src; }, `${site.origin}/widget-calculator-r1-nature-fr.html`);
  const frame = await (await page.$('#far')).contentFrame();
  // Polled by time: a frame far off screen gets no animation frames.
  await frame.waitForFunction(() => window.widget && document.readyState === 'complete', null, { polling: 100 });
  // Its page is loaded, its document written in; the module has not started: no state, no frame,
  // no WebGL context on its canvas.
  await page.waitForTimeout(1500);
  assert.equal(await frame.evaluate(() => window.widget.getState()), null);
  assert.equal(await frame.evaluate(() => window.widget.framesDrawn()), 0);
  assert.equal(await frame.evaluate(() => document.getElementById('widget-canvas').width), 300);
  await page.evaluate(() => document.getElementById('far').scrollIntoView());
  const state = await widgetReadyIn(frame);
  assert.equal(state.scenario, 'r1-nature');
  assert.ok(await frame.evaluate(() => window.widget.framesDrawn()) > 0);
  await page.close();
});

test('the module runs in a worker: the page instantiates no WebAssembly and runs no start-up step', async () => {
  const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
  const workers = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  // Every instantiation on the page's own thread is counted (the worker's are its own).
  await page.addInitScript(() => {
    window.instantiated = 0;
    for (const name of ['instantiate', 'instantiateStreaming']) {
      const original = WebAssembly[name];
      WebAssembly[name] = function () { ++window.instantiated; return original.apply(this, arguments); };
    }
  });
  await page.goto(`${site.origin}/widget-calculator-r1-nature-en.html`);
  const state = await page.evaluate(() => window.widget.ready);
  assert.equal(state.total_usd, 294672);
  assert.deepEqual(workers, ['/widget-worker.js']);
  assert.equal(await page.evaluate(() => window.instantiated), 0);
  // The steps' User Timing measures are the worker's, none the page's.
  const steps = await page.evaluate(() => performance.getEntriesByType('measure').map((m) => m.name));
  assert.deepEqual(steps.filter((name) => name.startsWith('ai-cost: ')), []);
  // And the canvas shows its frames, which answer the reader: a tap on a chip changes the total.
  assert.ok(await page.evaluate(() => window.widget.framesDrawn()) > 0);
  await page.evaluate(() => window.widget.setState({ currency: 'eur' }));
  assert.equal((await getState(page)).currency, 'eur');
  await page.close();
});

test('the canvas a worker draws is the one the page draws where there is no worker', async () => {
  const shots = [];
  for (const worker of [true, false]) {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 700 }, deviceScaleFactor: 2 });
    if (!worker) await page.addInitScript(() => { delete window.Worker; });
    await page.goto(`${site.origin}/widget-calculator-r1-nature-en.html`);
    await page.evaluate(() => window.widget.ready);
    const steps = await page.evaluate(() => performance.getEntriesByType('measure').map((m) => m.name));
    assert.equal(steps.includes('ai-cost: type'), !worker, steps.join());
    const box = await page.locator('#widget-doc [data-block="block/head"]').boundingBox();
    shots.push({ box, png: [...await page.screenshot({ clip: box })] });
    await page.close();
  }
  // The same layout (the same metrics) ...
  assert.deepEqual(shots[0].box, shots[1].box);
  // ... and the same pixels, but for a few: the page's own drawing is not quite the same from one
  // load to the next (a pixel's shift here and there, about 1% of the block); type drawn in
  // another font differs in a sixth of it, and coverage read from the wrong channel in most.
  const page = await site.browser.newPage();
  const differing = await page.evaluate(async ([a, b]) => {
    const pixels = async (bytes) => {
      const image = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
      const context = new OffscreenCanvas(image.width, image.height).getContext('2d');
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, image.width, image.height).data;
    };
    const [one, two] = [await pixels(a), await pixels(b)];
    let count = 0;
    for (let i = 0; i < one.length; i += 4)
      if (Math.abs(one[i] - two[i]) + Math.abs(one[i + 1] - two[i + 1]) + Math.abs(one[i + 2] - two[i + 2]) > 96) ++count;
    return count / (one.length / 4);
  }, [shots[0].png, shots[1].png]);
  await page.close();
  assert.ok(differing < 0.03, `${(differing * 100).toFixed(1)}% of the pixels differ`);
});
