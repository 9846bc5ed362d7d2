// Measures what a reader pays for the widget, beside a bare Dear ImGui page built with the same
// compiler and flags (tools/bare_imgui.cpp), so that the widget's own share stands out: download
// sizes, time to the first frame, frames while idle, and frame times. Prints one table; asserts
// nothing.   node tools/bench.mjs          (after cmake --workflow --preset web)
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { serveSite, launch } from '../tests/browser/harness.mjs';

const PARTS = process.argv.slice(2);
const wanted = (part) => PARTS.length === 0 || PARTS.includes(part);

const at = (path) => fileURLToPath(new URL(path, import.meta.url));
const [BUILD, SITE, BENCH, IMGUI] = ['', 'site/', 'bench/', '_deps/imgui/'].map((d) => at('../build/' + d));

// --- the bare page: rebuilt only when missing or older than a source (the flags live here) ------
const BARE_SOURCES = [at('bare_imgui.cpp'), at('bare_imgui.html'), at('bench.mjs'),
  ...['imgui.cpp', 'imgui_draw.cpp', 'imgui_tables.cpp', 'imgui_widgets.cpp',
    'backends/imgui_impl_opengl3.cpp'].map((f) => IMGUI + f)];
const BARE_FILES = ['bare_imgui.html', 'bare_imgui.js', 'bare_imgui.wasm'];
const mtime = (f) => (existsSync(f) ? statSync(f).mtimeMs : 0);
const newestSource = Math.max(...BARE_SOURCES.map(mtime));
if (BARE_FILES.some((f) => mtime(BENCH + f) < newestSource)) {
  mkdirSync(BENCH, { recursive: true });
  // The widget's flags (CMakeLists.txt). Output is .js, not .html: Debian's emcc fails to minify
  // HTML (htmlmin), and a hand-written page loads the script just as widget.html loads ai-cost.js.
  execFileSync('em++', ['-std=c++17', '-Oz', '-flto', '-fno-exceptions', '-fno-rtti',
    '-sENVIRONMENT=web', '-sMIN_WEBGL_VERSION=2', '-sMAX_WEBGL_VERSION=2', '-sALLOW_MEMORY_GROWTH=1',
    '-sFILESYSTEM=0', '-DIMGUI_DISABLE_OBSOLETE_FUNCTIONS', '-DIMGUI_DISABLE_DEMO_WINDOWS',
    '-DIMGUI_DISABLE_FILE_FUNCTIONS', '-DIMGUI_IMPL_OPENGL_ES3', `-I${IMGUI}`, `-I${IMGUI}backends`,
    ...BARE_SOURCES.filter((f) => f.endsWith('.cpp')), '-o', BENCH + 'bare_imgui.js'],
  { env: { ...process.env, NODE_PATH: '/usr/share/nodejs' }, stdio: 'inherit' });
  copyFileSync(at('bare_imgui.html'), BENCH + 'bare_imgui.html');
}

// --- one table: a label and its cells; a section starts with a row naming its columns --
const row = (label, ...cells) => console.log((label.padEnd(46) + cells.map((c) => String(c).padStart(14)).join('')).trimEnd());
const section = (title, ...columns) => { console.log(); row(title, ...columns); };
const kib = (n) => (n / 1024).toFixed(1) + ' KiB';
const ms = (n) => (Number.isFinite(n) ? n.toFixed(0) + ' ms' : '–');
// Of the figures there are (a page whose module runs in a worker has no instantiation of its own).
const quantile = (xs, q) => { const s = xs.filter(Number.isFinite).sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
const median = (xs) => quantile(xs, 0.5);
const brotli = (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

// --- 1. bytes fetched before the first frame ---------------------------------------------------
// Whatever widget.html names as a script, stylesheet or preload (not inside <noscript>: a reader
// with JavaScript does not fetch those), plus what the scripts fetch themselves.
const html = readFileSync(SITE + 'widget.html', 'utf8').replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
const named = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
for (const [tag] of html.matchAll(/<link\b[^>]*>/g))
  if (/\brel="[^"]*\b(stylesheet|preload|modulepreload)\b/.test(tag)) named.push(tag.match(/\bhref="([^"]+)"/)?.[1]);
const files = [...new Set(['widget.html', ...named, 'ai-cost.wasm', 'data/scenarios.json', 'data/strings.json', 'widget-worker.js'])]
  .filter((f) => f && !/^[a-z]+:|^\/\//i.test(f));
function sizes(dir, list, each) { // [raw, brotli] of the files there, a row for each if asked
  const all = list.filter((f) => existsSync(dir + f) || void row(f, 'missing', '(skipped)'))
    .map((f) => { const data = readFileSync(dir + f); return [f, data.length, brotli(data)]; });
  if (each) for (const [f, raw, br] of all) row(f, kib(raw), kib(br));
  return all.reduce(([r, b], [, raw, br]) => [r + raw, b + br], [0, 0]);
}
if (wanted('bytes')) {
section('widget: fetched before its first frame', 'raw', 'brotli 11');
const [total, totalBr] = sizes(SITE, files, true);
row(`total (${files.length} files)`, kib(total), kib(totalBr));
const [bare, bareBr] = sizes(BENCH, BARE_FILES);
row('bare Dear ImGui page (html, js, wasm)', kib(bare), kib(bareBr));
// What a reader without JavaScript downloads: one page (its document written in) and the styles.
const pages = readdirSync(SITE).filter((f) => /^widget.*\.html$/.test(f)).map((f) => [f, readFileSync(SITE + f)]);
const styles = ['widget.css', 'widget-noscript.css'].filter((f) => existsSync(SITE + f)).map((f) => readFileSync(SITE + f));
const [name, largest] = pages.sort((a, b) => b[1].length - a[1].length)[0];
row(`static pages: ${pages.length}; largest + styles:`, kib(largest.length + styles.reduce((n, d) => n + d.length, 0)),
  kib(brotli(largest) + styles.reduce((n, d) => n + brotli(d), 0)));
row(`  (${name})`);
}

// Runs in every page before its own scripts, the same in both: when the module is instantiated,
// when the WebGL context exists, and each frame drawn. A frame is one uninterrupted run of draw
// calls (the microtask its first call queues runs once the callback that draws has returned);
// `cpu` is the whole animation-frame callback that drew it, ImGui's layout included. Where the
// widget's module runs in a worker (widget-worker.js), the page sees no instantiation, and a frame
// is an ImageBitmap the page shows (its context: the canvas' bitmaprenderer; no `cpu`).
function recordFrames() {
  const bench = (window.bench = { frames: [] });
  const after = (object, name, key, counts = () => true) => {
    const original = object[name];
    object[name] = function (...args) {
      const result = original.apply(this, args), done = () => { if (counts(args)) bench[key] ||= performance.now(); };
      result && typeof result.then === 'function' ? result.then(done, () => {}) : done();
      return result;
    };
  };
  after(WebAssembly, 'instantiateStreaming', 'instantiated');
  after(WebAssembly, 'instantiate', 'instantiated');
  after(HTMLCanvasElement.prototype, 'getContext', 'context', ([type]) => type === 'webgl2' || type === 'bitmaprenderer');
  if (typeof ImageBitmapRenderingContext === 'function') {
    const show = ImageBitmapRenderingContext.prototype.transferFromImageBitmap;
    ImageBitmapRenderingContext.prototype.transferFromImageBitmap = function (...args) {
      const start = performance.now(), result = show.apply(this, args);
      bench.frames.push({ start, end: performance.now() });
      return result;
    };
  }
  let current = null;
  const gl = WebGL2RenderingContext.prototype;
  for (const name of ['drawElements', 'drawArrays']) {
    const original = gl[name];
    gl[name] = function (...args) {
      if (!current) {
        bench.frames.push((current = { start: performance.now() }));
        queueMicrotask(() => { current = null; });
      }
      const result = original.apply(this, args);
      current.end = performance.now();
      return result;
    };
  }
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => raf((time) => {
    const start = performance.now(), n = bench.frames.length;
    try { return callback(time); } finally { if (bench.frames.length > n) bench.frames[n].cpu = performance.now() - start; }
  });
}

const { server, origin } = await serveSite({}, BUILD); // build/site and build/bench, alike
const browser = await launch();
const open = async (path, width, dpr) => {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: dpr });
  await page.addInitScript(recordFrames);
  await page.goto(origin + path);
  return page;
};
const WIDGET = '/site/widget.html?lang=fr', BARE = '/bench/bare_imgui.html';
// Start-up (or a change) is over when the widget has drawn no frame for a whole second: CPU
// rendering of a tall canvas can take a few hundred milliseconds a frame.
const settle = (page) => page.waitForFunction(() => {
  const s = (window.benchQuiet ||= { n: -1, since: 0 }), n = window.widget.framesDrawn();
  if (n !== s.n) Object.assign(s, { n, since: performance.now() });
  return performance.now() - s.since >= 1000 && (delete window.benchQuiet, true);
}, null, { polling: 100, timeout: 20000 });
const frames = (page) => page.evaluate(() => window.widget.framesDrawn());
let hours = 96; // each change a new value, or setState would change nothing and draw nothing
const change = (page) => page.evaluate((h) => window.widget.setState({ lines: [{ id: 'r1', inputs: { hours: h } }] }), hours++);

// --- 5. a phone reader: 390 px, DPR 3, touch, 4× CPU slowdown ----------------------------------
// Long tasks (PerformanceObserver) from navigation to one second after the widget is ready, when
// the figures are visible (the first contentful paint of the written document, or, for a link
// asking for other figures, when they stop being pending), a slider dragged for two seconds (frames
// a second and its long tasks), a tap on a currency to the next paint, and the drawing buffer for
// the tallest content (the fleet with every fold open).
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
async function phonePage(path) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.benchLong = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.benchLong.push([e.startTime, e.duration])))
      .observe({ type: 'longtask', buffered: true });
    window.benchShifts = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => { if (!e.hadRecentInput) window.benchShifts.push(e.value); }))
      .observe({ type: 'layout-shift', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(origin + path);
  return { page, cdp, context };
}
const longSince = (page, t0) => page.evaluate((t) => window.benchLong.filter(([s]) => s >= t).map(([, d]) => d), t0);
const longCells = (tasks) => [tasks.length, ms(tasks.reduce((a, b) => a + b, 0)), ms(Math.max(0, ...tasks))];

async function phone() {
  const PAGES = [['scenario page (calculator, EN)', '/site/widget-calculator-r1-nature-en.html'],
    ['widget.html, a link with a changed figure', '/site/widget.html?scenario=r1-nature&lang=en&view=calculator&r1-zero.gpus=1024']];
  section('phone, 390 px DPR 3, 4× CPU: start-up', 'long tasks', 'their total', 'longest', 'largest shift');
  for (const [label, path] of PAGES) {
    const { page, context } = await phonePage(path);
    await page.evaluate(() => window.widget.ready);
    await page.waitForTimeout(1000);
    // Layout shifts (the Layout Instability API's scores): what moved when the canvas took over.
    const shift = await page.evaluate(() => Math.max(0, ...window.benchShifts));
    row('  ' + label, ...longCells(await longSince(page, 0)), shift.toFixed(3));
    await context.close();
  }
  section('phone: time until', 'figures shown', 'canvas ready');
  for (const [label, path] of PAGES) {
    const { page, context } = await phonePage(path);
    // The figures are visible once painted and no longer pending: measured at the paint after.
    const t = await page.evaluate(() => new Promise((resolve) => {
      const root = document.documentElement;
      const shown = () => new Promise((r) => {
        const check = () => (!root.hasAttribute('data-widget-pending') && document.getElementById('widget-doc') ? r() : requestAnimationFrame(check));
        check();
      });
      shown().then(() => requestAnimationFrame(() => {
        const at = performance.now();
        window.widget.ready.then(() => resolve([at, performance.now()]));
      }));
    }));
    row('  ' + label, ms(t[0]), ms(t[1]));
    await context.close();
  }

  section('phone: a 2 s drag and a tap', 'frames/s', 'long tasks', 'longest');
  {
    const { page, cdp, context } = await phonePage('/site/widget-calculator-r1-nature-en.html');
    await page.evaluate(() => window.widget.ready);
    await page.waitForTimeout(1000);
    const slider = page.getByRole('slider').first();
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    const y = box.y + box.height / 2;
    const touch = (type, x) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    const t0 = await page.evaluate(() => performance.now());
    const f0 = await frames(page);
    await touch('touchStart', box.x + 8);
    const start = Date.now();
    for (let x = box.x + 8; Date.now() - start < 2000; x = Math.min(box.x + box.width - 8, x + 3)) {
      await touch('touchMove', x);
      await page.waitForTimeout(16);
    }
    await touch('touchEnd', 0);
    const seconds = (Date.now() - start) / 1000;
    const drawn = (await frames(page)) - f0, during = await longSince(page, t0);
    row('  drag on the first slider', (drawn / seconds).toFixed(1), during.length, ms(Math.max(0, ...during)));
    // A tap on a currency, through the document's button laid over the canvas's chip: from the
    // input event to the next frame presented.
    const chip = page.locator('[data-key^="currency/"]:not([aria-pressed="true"])').first();
    await chip.scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    const c = await chip.boundingBox();
    await page.evaluate(() => {
      window.benchTap = null;
      addEventListener('pointerdown', (e) => { const t = e.timeStamp; requestAnimationFrame(() => setTimeout(() => { window.benchTap = performance.now() - t; })); }, { once: true, capture: true });
    });
    await page.touchscreen.tap(c.x + c.width / 2, c.y + c.height / 2);
    const tap = await page.waitForFunction(() => window.benchTap, null, { timeout: 10000 }).then((h) => h.jsonValue());
    section('phone: tap on a currency → next paint', ms(tap));
    await context.close();
  }

  // The tallest content: the fleet, every fold open, at 390 px DPR 3.
  {
    const { page, context } = await phonePage('/site/widget.html?scenario=semianalysis-fleet&lang=en');
    await page.evaluate(() => window.widget.ready);
    for (let i = 0; i < 20; ++i) {
      const shut = page.locator('[aria-expanded="false"][data-key^="fold/"]').first();
      if (!(await shut.count())) break;
      await shut.evaluate((b) => b.click());
      await page.waitForTimeout(300);
    }
    await page.waitForTimeout(1500);
    const size = await page.evaluate(() => { const c = document.getElementById('widget-canvas'); return [c.width, c.height, document.documentElement.scrollHeight]; });
    section('phone: drawing buffer, fleet every fold open', `${size[0]}×${size[1]}`, kib(size[0] * size[1] * 4), `${size[2]} CSS px`);
    await context.close();
  }
}

// --- 6. Lighthouse 12.2.3 (npm), mobile profile as it comes, median of 3 --------------------------
// As a newsroom's performance team runs it: the demo article with its embeds taken out, with the
// calculator alone, as shipped, and widget.html alone; the site served compressed (br).
async function lighthouseTable() {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const article = readFileSync(SITE + 'index.html', 'utf8');
  const figures = [...article.matchAll(/\s*<figure class="embed">[\s\S]*?<\/figure>/g)].map((m) => m[0]);
  const variants = {
    '/article-without-embeds.html': figures.reduce((html, f) => html.replace(f, ''), article),
    '/article-calculator-only.html': figures.filter((f) => !/data-view="calculator"/.test(f)).reduce((html, f) => html.replace(f, ''), article),
  };
  const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
    '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };
  const packed = new Map();
  const compressed = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/\.\.+/g, '');
    const file = path.endsWith('/') ? path + 'index.html' : path;
    let body = variants[file] !== undefined ? Buffer.from(variants[file]) : existsSync(SITE + file.slice(1)) ? readFileSync(SITE + file.slice(1)) : null;
    if (!body) { res.writeHead(404).end(); return; }
    const type = TYPES[extname(file)] || 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-cache' };
    if (!/png$/.test(file) && /br/.test(req.headers['accept-encoding'] || '')) {
      if (!packed.has(file)) packed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      body = packed.get(file);
      headers['content-encoding'] = 'br';
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise((resolve) => compressed.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${compressed.address().port}`;
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
  try {
    section('Lighthouse mobile, median of 3', 'score', 'TBT', 'LCP', 'max FID', 'CLS');
    for (const [label, path] of [['article without embeds', '/article-without-embeds.html'],
      ['article, calculator embed only', '/article-calculator-only.html'], ['article as shipped (3 embeds)', '/index.html'],
      ['widget.html alone', '/widget.html']]) {
      const runs = [];
      for (let i = 0; i < 3; ++i) {
        const { lhr } = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
        runs.push({ score: lhr.categories.performance.score * 100, tbt: lhr.audits['total-blocking-time'].numericValue,
          lcp: lhr.audits['largest-contentful-paint'].numericValue, fid: lhr.audits['max-potential-fid'].numericValue,
          cls: lhr.audits['cumulative-layout-shift'].numericValue });
      }
      // The median run by score, its figures together.
      const mid = runs.sort((a, b) => a.score - b.score)[1];
      // A page with no contentful paint (a canvas alone) has no LCP, TBT or FID at all.
      const or = (n, f) => (Number.isFinite(n) ? f(n) : 'none');
      row('  ' + label, mid.score.toFixed(0), or(mid.tbt, ms), or(mid.lcp, (n) => (n / 1000).toFixed(2) + ' s'), or(mid.fid, ms),
        or(mid.cls, (n) => n.toFixed(3)));
    }
  } finally {
    await chrome.kill();
    compressed.close();
  }
}

try {
  if (wanted('first')) {
  // --- 2. first frame: widget and bare page, alternating, each in a fresh context (cold cache) --
  // The browser's first page also pays for its GPU process: one untimed load of each first.
  const firstFrame = async (path) => {
    const page = await open(path, 720, 2);
    await page.waitForFunction(() => window.bench.frames.length > 0, null, { polling: 'raf', timeout: 30000 });
    // One more animation frame, so the drawn frame is presented before the page goes.
    const t = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => {
      const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
      const { instantiated, context, frames } = window.bench;
      resolve({ wasm: wasm?.responseEnd ?? NaN, instantiated, context, first: frames[0].start });
    })));
    await page.close();
    return t;
  };
  // Timings are CPU-bound (SwiftShader draws on the CPU): a busy machine slows both pages.
  section(`machine: ${availableParallelism()} CPUs, load average`, loadavg()[0].toFixed(2));
  await firstFrame(WIDGET); await firstFrame(BARE);
  const loads = { widget: [], bare: [] };
  // Twenty pairs: on a two-core machine one load's first frame moves by a third from the next's
  // (one build against itself, 30 pairs: medians 8 % apart). Each pair in turn starts with the
  // other page, so that neither always loads in the wake of the other.
  const PAIRS = 20;
  for (let i = 0; i < PAIRS; ++i) {
    const order = i % 2 ? ['bare', 'widget'] : ['widget', 'bare'];
    for (const who of order) loads[who].push(await firstFrame(who === 'widget' ? WIDGET : BARE));
  }
  const med = (who, key) => median(loads[who].map((l) => l[key]));
  section(`from navigation start (720 px DPR 2, med of ${PAIRS})`, 'widget', 'bare', 'widget/bare');
  // Where the time goes, in order: the milestones are medians of their own, so they need not add up.
  for (const [key, label] of [['wasm', '.wasm downloaded'], ['instantiated', 'module instantiated'],
    ['context', 'canvas context created (WebGL2 / a worker\'s)'], ['first', 'FIRST DRAW CALL / FRAME SHOWN']])
    row('  ' + label, ms(med('widget', key)), ms(med('bare', key)), (med('widget', key) / med('bare', key)).toFixed(2) + '×');
  // Each widget load against the bare load right after it, so that a slow spell of the machine
  // weighs on both sides of a ratio.
  row('  first draw call: median of the pairs\' ratios', '', '',
    median(loads.widget.map((l, i) => l.first / loads.bare[i].first)).toFixed(2) + '×');
  const spread = (who) => `${Math.min(...loads[who].map((l) => l.first)).toFixed(0)}–${Math.max(...loads[who].map((l) => l.first)).toFixed(0)} ms`;
  row('  first draw call: fastest–slowest', spread('widget'), spread('bare'));

  }

  if (wanted('idle')) {
  // --- 3. frames while idle, and for one change ---------------------------------------------
  section('frames drawn by the widget', 'to settle', 'in 3 s idle', 'one change');
  for (const [width, dpr] of [[360, 2], [720, 1]]) {
    const page = await open(WIDGET, width, dpr);
    await page.evaluate(() => window.widget.ready);
    await settle(page);
    const f0 = await frames(page);
    await page.waitForTimeout(3000); // the measurement itself: three seconds of nothing happening
    const f1 = await frames(page);
    await change(page);
    await settle(page);
    row(`  ${width} px DPR ${dpr}`, f0, f1 - f0, (await frames(page)) - f1);
    await page.close();
  }

  }

  if (wanted('frames')) {
  // --- 4. frame times: one change, and a mouse drag on a canvas slider -----------------------
  const results = [];
  for (const [width, dpr] of [[360, 2], [1200, 1]]) {
    const page = await open(WIDGET, width, dpr);
    await page.evaluate(() => window.widget.ready);
    await settle(page);
    // (a) from the setState call to the end of the last draw call of the frames it causes.
    const full = [];
    for (let i = 0; i < 5; ++i) {
      const start = await page.evaluate(() => [performance.now(), window.bench.frames.length]);
      await change(page);
      await settle(page);
      full.push(await page.evaluate(([t0, n]) => window.bench.frames.slice(n).pop().end - t0, start));
    }
    // (b) what the GPU does for one frame (on SwiftShader, the CPU): the frame a change draws,
    // then a one-pixel read that waits for it; the same read with nothing drawn is the floor.
    // Fill grows with the canvas (as tall as the content), and this says what a taller or
    // shorter canvas costs.
    const gpu = await page.evaluate(async (hours) => {
      const gl = document.getElementById('widget-canvas').getContext('webgl2');
      const canvas = document.getElementById('widget-canvas');
      // A worker's context is out of the page's reach: its GPU time is not read here.
      if (!gl) return { drawn: [NaN], idle: [NaN], size: `${canvas.width}×${canvas.height} (worker)` };
      const pixel = new Uint8Array(4);
      const read = () => { const t = performance.now(); gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel); return performance.now() - t; };
      const raf = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const drawn = [], idle = [];
      for (let i = 0; i < 9; ++i) {
        const n = window.widget.framesDrawn();
        window.widget.setState({ lines: [{ id: 'r1', inputs: { hours: hours + i } }] });
        while (window.widget.framesDrawn() === n) await raf();
        drawn.push(read());
        await raf();
        await raf();
        idle.push(read());
      }
      return { drawn, idle, size: `${canvas.width}×${canvas.height}` };
    }, 300 + results.length * 20);
    // (c) a drag as a reader makes it. The mirror's slider element lies invisibly over the drawn
    // slider and lets the pointer through to the canvas (as in tests/browser), so its box is
    // where to press.
    // On a phone the whole widget folds each line's sliders under its equation: open the first.
    const fold = page.locator('[id^="w:fold/line/"]').first();
    if (await fold.count()) {
      await fold.focus();
      await page.keyboard.press('Enter');
      await settle(page);
    }
    const slider = page.getByRole('slider').first();
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    const y = box.y + box.height / 2, before = await slider.getAttribute('aria-valuenow');
    await page.mouse.move(box.x + 10, y);
    await settle(page); // scrolling and hovering may redraw: not part of the drag
    const [n0, d0] = await page.evaluate(() => [window.bench.frames.length, window.widget.framesDrawn()]);
    await page.mouse.down();
    for (let step = 1; step <= 30; ++step) {
      const drawn = await frames(page);
      await page.mouse.move(box.x + 10 + step * 4, y);
      // The next frame, if the move draws one: the widget does not draw a frame identical to the
      // one shown (a move within one step of the slider), so give up after three animation frames.
      await page.evaluate((d) => new Promise((resolve) => {
        let left = 3;
        const tick = () => (window.widget.framesDrawn() > d || --left === 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }), drawn);
    }
    const [drag, d1] = await page.evaluate((n) => [window.bench.frames.slice(n), window.widget.framesDrawn()], n0);
    await page.mouse.up();
    const gaps = drag.slice(1).map((f, i) => f.start - drag[i].start);
    results.push({ full, gpu, gaps, cpu: drag.map((f) => f.cpu).filter((t) => t !== undefined), drawn: d1 - d0,
      moved: `${before} → ${await slider.getAttribute('aria-valuenow')}` });
    await page.close();
  }
  const cells = (f) => results.map(f);
  section('frame time (SwiftShader)', '360 px DPR 2', '1200 px DPR 1');
  row('  setState → last draw call (median of 5)', ...cells((r) => ms(median(r.full))));
  row('  drawing buffer (device px)', ...cells((r) => r.gpu.size));
  row('  one frame on the GPU, median of 9', ...cells((r) => ms(median(r.gpu.drawn))));
  row('  (the same wait with nothing drawn)', ...cells((r) => ms(median(r.gpu.idle))));
  row('  drag, 30 moves of 4 px: frames drawn', ...cells((r) => r.drawn));
  row('  drag: interval between frames, median', ...cells((r) => ms(median(r.gaps))));
  row('  drag: interval between frames, p95', ...cells((r) => ms(quantile(r.gaps, 0.95))));
  row('  drag: CPU per frame drawn (rAF), median', ...cells((r) => ms(median(r.cpu))));
  row('  drag: CPU per frame drawn (rAF), p95', ...cells((r) => ms(quantile(r.cpu, 0.95))));
  row('  drag: first slider\'s value', ...cells((r) => r.moved));
  }

  if (wanted('phone')) await phone();
  if (wanted('lighthouse')) await lighthouseTable();
} finally {
  await browser.close();
  server.close();
}
