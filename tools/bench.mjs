// Measures what a reader pays for the widget: download sizes (raw and brotli), time until the
// first frame, and frames drawn while the page is left alone. Prints figures; asserts nothing.
//   node tools/bench.mjs          (after cmake --workflow --preset web)
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { serveSite, launch } from '../tests/browser/harness.mjs';

const site = fileURLToPath(new URL('../build/site/', import.meta.url));
const kib = (n) => (n / 1024).toFixed(1) + ' KiB';
let total = 0, totalBr = 0;
console.log('file                  raw        brotli');
const brotli = (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
for (const file of ['ai-cost.wasm', 'ai-cost.js', 'widget-mirror.js', 'widget.js', 'widget-share.js',
  'widget-embed.js', 'embed-snippets.js', 'widget.html', 'widget.css',
  // The editors' data, fetched beside the module since it is no longer compiled into it.
  'data/scenarios.json', 'data/strings.json']) {
  const data = readFileSync(site + file);
  const br = brotli(data);
  total += data.length; totalBr += br;
  console.log(file.padEnd(20), kib(data.length).padStart(10), kib(br).padStart(12));
}
console.log('total'.padEnd(20), kib(total).padStart(10), kib(totalBr).padStart(12));
// What a reader without JavaScript downloads: one page (its document written in) and the styles.
const pages = readdirSync(site).filter((f) => /^widget.*\.html$/.test(f)).map((f) => [f, readFileSync(site + f)]);
const styles = ['widget.css', 'widget-noscript.css'].map((f) => readFileSync(site + f));
const styleBytes = styles.reduce((n, d) => n + d.length, 0), styleBr = styles.reduce((n, d) => n + brotli(d), 0);
const [name, largest] = pages.sort((a, b) => b[1].length - a[1].length)[0];
console.log(`static pages: ${pages.length}; the largest, ${name}, with its styles:`,
  kib(largest.length + styleBytes), 'raw,', kib(brotli(largest) + styleBr), 'brotli');

const { server, origin } = await serveSite();
const browser = await launch();
try {
  // The first page of a fresh browser also pays for starting its GPU process: load one untimed.
  const warmup = await browser.newPage();
  await warmup.goto(`${origin}/widget.html`);
  await warmup.evaluate(() => window.widget.ready);
  await warmup.close();
  for (const [width, dpr] of [[360, 2], [720, 1]]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: dpr });
    const start = Date.now();
    await page.goto(`${origin}/widget.html?lang=fr`);
    await page.evaluate(() => window.widget.ready);
    const readyMs = Date.now() - start;
    // Start-up is over when no frame has been drawn for a whole second (CPU rendering of a tall
    // canvas can take a few hundred milliseconds a frame); idle is measured from there.
    const frames = () => page.evaluate(() => window.widget.framesDrawn());
    let f0 = await frames();
    for (let quiet = 0, waited = 0; quiet < 1000 && waited < 10000; waited += 250) {
      await page.waitForTimeout(250);
      const now = await frames();
      quiet = now === f0 ? quiet + 250 : 0;
      f0 = now;
    }
    const settledMs = Date.now() - start;
    await page.waitForTimeout(3000);
    const f1 = await page.evaluate(() => window.widget.framesDrawn());
    // One slider-sized change through the API: how many frames does it cost?
    await page.evaluate(() => window.widget.setState({ lines: [{ id: 'r1', inputs: { hours: 96 } }] }));
    await page.waitForTimeout(2000);
    const f2 = await page.evaluate(() => window.widget.framesDrawn());
    console.log(`${width}px DPR ${dpr}: first frame after ${readyMs} ms (SwiftShader), ` +
      `${f0} frames until settled at ${settledMs} ms, ${f1 - f0} frames in 3 s idle, ` +
      `${f2 - f1} frames for one change`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
