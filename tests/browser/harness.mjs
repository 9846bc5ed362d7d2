// Shared set-up for the browser tests: serves build/site on a free loopback port and launches
// Debian's Chromium headless with WebGL2 on SwiftShader (CPU).
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';

export const SITE = fileURLToPath(new URL('../../build/site/', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png',
};

// `pages` maps a path to text served as is: host pages the tests write (a pym parent, a
// sandboxed iframe…) or an edited data file. Everything else comes from `root`: build/site unless
// told (tools/bench.mjs serves all of build/ to put a second page beside the site).
export async function serveSite(pages = {}, root = SITE) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (pages[path] !== undefined) {
      res.writeHead(200, { 'content-type': TYPES[extname(path)] || 'text/html; charset=utf-8' });
      res.end(pages[path]);
      return;
    }
    try {
      const body = await readFile(join(root, path.endsWith('/') ? path + 'index.html' : path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] || 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

export async function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-quic', ...extraArgs],
  });
}

// Opens widget.html with `query` and waits for the first frame. Collects page errors.
// worker: false runs the module on the page, as where there is no worker for it (a sandbox).
export async function openWidget(browser, origin, query = '', { width = 720, dpr = 1, colorScheme = 'light', worker = true } = {}) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: dpr, colorScheme });
  if (!worker) await page.addInitScript(() => { delete window.Worker; });
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  await page.goto(`${origin}/widget.html${query}`);
  await page.evaluate(() => window.widget.ready);
  return page;
}

export const getState = (page) => page.evaluate(() => window.widget.getState());

// Serves the site and launches Chromium once for a test file; the fields fill in before its tests.
export function useSiteAndBrowser(extraArgs = [], pages = {}) {
  const site = {};
  before(async () => {
    Object.assign(site, await serveSite(pages));
    site.browser = await launch(extraArgs);
  });
  after(async () => {
    await site.browser?.close();
    site.server?.close();
  });
  return site;
}

// The colour of one CSS pixel of the page as [r, g, b], read from a 1×1 PNG screenshot. A single
// pixel needs no PNG unfiltering: every filter predicts 0 for the first pixel of the first row.
export async function pixelAt(page, x, y) {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 }, scale: 'css' });
  const chunks = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    if (type === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  return [raw[1], raw[2], raw[3]];
}

// Waits for the widget inside an iframe's frame to be drawn; resolves with its state. (Until
// widget.js runs, window.widget is the <main id="widget"> element, hence the type check.)
export async function widgetReadyIn(frame) {
  await frame.waitForFunction(() => window.widget && typeof window.widget.getState === 'function' &&
    window.widget.getState() !== null, null, { timeout: 20000 });
  return frame.evaluate(() => window.widget.ready);
}

// Chromium's accessibility tree (DevTools protocol), without the nodes it ignores.
export async function accessibilityTree(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes.filter((n) => !n.ignored).map((n) => ({
      role: n.role?.value, name: n.name?.value ?? '', value: n.value?.value,
      properties: Object.fromEntries((n.properties || []).map((p) => [p.name, p.value.value])),
    }));
  } finally {
    await cdp.detach();
  }
}

// axe-core (npm) on the page as it is: every rule of WCAG 2.x A/AA and the best practices.
const AXE = fileURLToPath(new URL('./node_modules/axe-core/axe.min.js', import.meta.url));
export async function axeViolations(page) {
  await page.evaluate(await readFile(AXE, 'utf8'));
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    resultTypes: ['violations'],
  }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

// The document's element for a control key (wasm/model/control_keys.h), as a locator.
export const control = (page, key) => page.locator(`[id="w:${key}"]`);

// Presses Tab until `match(activeElement)` (evaluated in the page) holds; fails after `limit`.
export async function tabUntil(page, match, limit = 120) {
  for (let i = 0; i < limit; ++i) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(match)) return i + 1;
  }
  throw new Error('Tab never reached the control');
}
