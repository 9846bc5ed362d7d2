// The widget as a document: what screen readers, keyboards, search engines and readers without
// JavaScript, WebAssembly or WebGL get. Controls are found by role and name, never by scanning the
// canvas; the list of scenarios comes from the widget, never from this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import {
  useSiteAndBrowser, openWidget, getState, accessibilityTree, axeViolations, control, tabUntil,
} from './harness.mjs';

const site = useSiteAndBrowser();
const shots = new URL('./screenshots/', import.meta.url);

const activeName = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el.getAttribute('aria-label') || el.textContent;
});

async function waitForStatus(page, text) {
  await page.waitForFunction((t) => document.getElementById('widget-status').textContent.includes(t), text);
  return page.textContent('#widget-status');
}

for (const lang of ['fr', 'en']) for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no violation, best practices included (${lang}, ${colorScheme})`, async () => {
    const page = await openWidget(site.browser, site.origin, `?lang=${lang}`, { colorScheme });
    assert.deepEqual(await axeViolations(page), []);
    // Open every fold, as a reader would, and check again.
    for (const key of ['fold/sources', 'fold/owning']) await control(page, key).press('Enter');
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });
}

test('axe finds no violation in the fleet, in the document that stands in for the canvas, nor in the static page', async () => {
  const fleet = await openWidget(site.browser, site.origin, '?lang=en&scenario=semianalysis-fleet');
  assert.deepEqual(await axeViolations(fleet), []);
  await fleet.close();
  const context = await site.browser.newContext({ forcedColors: 'active' });
  const forced = await context.newPage();
  await forced.goto(`${site.origin}/widget.html?lang=fr`);
  await forced.evaluate(() => window.widget.ready);
  assert.deepEqual(await axeViolations(forced), []);
  await context.close();
  // axe needs JavaScript; the page a reader without it sees is the one left when the module fails.
  const page = await site.browser.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${site.origin}/widget-v3-final-run-en.html`);
  await page.waitForSelector('[id="w:failed"]:not([hidden])');
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});

test('the accessibility tree has a named slider with its value for every input, every scenario, every rung and every source', async () => {
  for (const scenario of ['r1-nature', 'semianalysis-fleet']) {
    const page = await openWidget(site.browser, site.origin, `?lang=en&scenario=${scenario}`);
    // Folded parts are opened through the document, as a screen reader user would.
    // (The module answers each in its own time: one after the other.)
    await page.evaluate(async () => {
      for (let b; (b = document.querySelector('#widget-doc button[aria-expanded="false"]'));) {
        b.click();
        while (b.isConnected && b.getAttribute('aria-expanded') === 'false') await new Promise(requestAnimationFrame);
      }
    });
    const state = await getState(page);
    const tree = await accessibilityTree(page);
    const sliders = tree.filter((n) => n.role === 'slider');
    const inputs = [...state.lines, ...(state.owning ? [{ ...state.owning, label: state.owning.label }] : [])]
      .flatMap((line) => Object.entries(line.inputs).map(([key, value]) => ({ line: line.label, key, value })));
    assert.equal(sliders.length, inputs.length, scenario);
    for (const input of inputs) {
      // Chromium keeps slider values as 32-bit floats: 0.322 reads 0.32199999690055847.
      const found = sliders.filter((s) => s.name.endsWith(`— ${input.line}`) &&
        Math.abs(s.value - input.value) <= 1e-6 * Math.max(1, Math.abs(input.value)));
      assert.equal(found.length >= 1, true, `${scenario}: a slider for ${input.line}.${input.key} = ${input.value}`);
    }
    assert.equal(new Set(sliders.map((s) => s.name)).size, sliders.length, 'every slider has its own name');
    const buttons = tree.filter((n) => n.role === 'button').map((n) => n.name);
    for (const other of state.scenarios) {
      const short = await control(page, `scenario/${other.id}`).textContent();
      assert.ok(buttons.includes(short), `a control for ${other.id}`);
    }
    for (const rung of state.ladder) {
      assert.ok(buttons.some((name) => name.startsWith(rung.label) && name.includes(rung.text)), `rung ${rung.id}`);
    }
    const links = tree.filter((n) => n.role === 'link');
    const hrefs = await page.$$eval('#widget-doc a[href]', (as) => as.map((a) => a.href));
    const urls = new Set([...state.lines.map((l) => l.source.url), ...state.published.map((p) => p.source.url),
      ...state.ladder.filter((r) => r.source).map((r) => r.source.url)]);
    for (const url of urls) assert.ok(hrefs.includes(url), `a link to ${url}`);
    assert.equal(links.length, hrefs.length, 'every link is in the tree');
    await page.close();
  }
});

test('keyboard alone: pick V3, hear its total; move a slider, hear the new total; open a source', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en');
  await tabUntil(page, () => /^V3 final/.test(document.activeElement.textContent));
  await page.keyboard.press('Enter');
  assert.match(await waitForStatus(page, '$5,576,000'), /V3/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'w:scenario/v3-final-run', 'the focus stays put');
  await tabUntil(page, () => document.activeElement.type === 'range');
  const name = await activeName(page);
  await page.keyboard.press('ArrowRight');
  // (The module answers in its own time: in a worker, a little after the key.)
  await page.waitForFunction(() => window.widget.getState().total_usd !== 5576000);
  const state = await getState(page);
  const heard = await waitForStatus(page, state.total_text);
  assert.ok(heard.includes(name.split(' — ')[0]), `${heard} names ${name}`);
  await tabUntil(page, () => document.activeElement.localName === 'a' && document.activeElement.href.startsWith('https://'));
  const href = await page.evaluate(() => document.activeElement.href);
  // No network here: the source's site answers from the test.
  await page.context().route(/^https:/, (route) => route.fulfill({ contentType: 'text/html', body: '<title>source</title>' }));
  const [popup] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('Enter')]);
  await popup.waitForLoadState();
  assert.equal(popup.url(), href);
  await popup.close();
  await page.close();
});

test('focusing a control rings it on the canvas and scrolls it into view', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en', { width: 720 });
  const theme = control(page, 'theme/dark'); // at the bottom, below the window
  const box = await theme.boundingBox();
  assert.ok(box.y > 900, `the control starts out of view (${box.y})`);
  await tabUntil(page, () => document.activeElement.id === 'w:theme/dark');
  const seen = await theme.boundingBox();
  assert.ok(seen.y >= 0 && seen.y + seen.height <= 900, `scrolled into view: ${JSON.stringify(seen)}`);
  const clip = { x: seen.x - 6, y: seen.y - 6, width: seen.width + 12, height: seen.height + 12 };
  await page.waitForTimeout(100);
  const ringed = await page.screenshot({ clip });
  await page.keyboard.press('Shift+Tab');
  await page.waitForTimeout(150);
  const plain = await page.screenshot({ clip });
  assert.notDeepEqual(ringed, plain, 'the ring shows on the canvas');
  await page.close();
});

test('Tab leaves the widget, and keys it does not use reach the page', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en');
  const controls = await page.locator('#widget-doc :is(a, button, input)').count();
  await tabUntil(page, () => document.activeElement.closest('#widget-share') !== null, controls + 5);
  await page.evaluate(() => window.scrollTo(0, 0));
  await control(page, 'scenario/v3-final-run').focus();
  await page.keyboard.press('PageDown');
  await page.waitForFunction(() => window.scrollY > 100);
  await page.close();
});

test('a mouse click on a chip fires exactly one change and updates the live region', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en');
  const target = (await getState(page)).scenarios.find((s) => s.id !== 'r1-nature');
  await page.evaluate(() => { window.changes = 0; window.widget.addEventListener('change', () => ++window.changes); });
  const box = await control(page, `scenario/${target.id}`).boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2); // on the canvas itself
  await page.waitForFunction(() => window.changes > 0);
  const state = await getState(page);
  assert.equal(state.scenario, target.id);
  assert.match(await waitForStatus(page, state.total_text), new RegExp(state.title.slice(0, 10)));
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.changes), 1);
  await page.close();
});

test('a dragged slider is heard once, where it stops', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en');
  await page.evaluate(() => {
    window.spoken = [];
    new MutationObserver(() => window.spoken.push(document.getElementById('widget-status').textContent))
      .observe(document.getElementById('widget-status'), { childList: true, characterData: true, subtree: true });
  });
  const box = await control(page, 'slider/r1-zero/hours').boundingBox();
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 8; ++i) await page.mouse.move(box.x + 20 + i * 15, box.y + box.height / 2);
  await page.mouse.up();
  // Heard once, after the drag: by then the state is where the slider stopped.
  await page.waitForFunction(() => window.spoken.length > 0);
  const state = await getState(page);
  assert.notEqual(state.total_usd, 294672);
  const spoken = await page.evaluate(() => window.spoken);
  assert.equal(spoken.length, 1);
  assert.ok(spoken[0].includes(state.total_text), `${spoken[0]} says ${state.total_text}`);
  await page.close();
});

test('setState is heard too, and a link\'s notices at start', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en&r1.hours=zz');
  assert.match(await waitForStatus(page, 'zz'), /not a valid number/);
  await page.evaluate(() => window.widget.setState({ lines: [{ id: 'r1', inputs: { hours: 96 } }] }));
  assert.match(await waitForStatus(page, '$311,056'), /R1 \(final reinforcement learning\), Duration \(hours\): 96/);
  await page.close();
});

test('a slider held on an arrow key moves on, never back, and stops where the keys took it', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en&view=calculator');
  const slider = control(page, 'slider/r1-zero/gpus');
  await slider.focus();
  const start = Number(await slider.inputValue());
  // Every value the slider shows, frame by frame, while the module answers each step in its own
  // time: an older answer must not put the slider back.
  await page.evaluate(() => {
    const el = document.activeElement;
    window.shown = [];
    (function watch() { window.shown.push(Number(el.value)); requestAnimationFrame(watch); })();
  });
  for (let i = 0; i < 12; ++i) await page.keyboard.press('ArrowRight');
  const expected = start + 12 * Number(await slider.getAttribute('step'));
  await page.waitForFunction((v) => Number(document.activeElement.value) === v &&
    window.widget.getState().lines[0].inputs.gpus !== 512, expected);
  const shown = await page.evaluate(() => window.shown);
  for (let i = 1; i < shown.length; ++i) assert.ok(shown[i] >= shown[i - 1], `shown ${shown.join(' ')}`);
  await page.close();
});

test('typing an exact value: the field opens over the canvas value, Enter sets it, nonsense changes nothing', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=fr');
  const field = control(page, 'value/r1/hours');
  await field.scrollIntoViewIfNeeded();
  const value = await field.boundingBox();
  await page.mouse.click(value.x + value.width - 10, value.y + value.height / 2); // the canvas' value
  await page.waitForFunction(() => document.activeElement.id === 'w:value/r1/hours');
  assert.equal(await field.evaluate((el) => getComputedStyle(el).opacity), '1', 'the field shows while typed in');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('96');
  await page.keyboard.press('Enter');
  // (The module answers in its own time: in a worker, a little after the key.)
  await page.waitForFunction(() => window.widget.getState().lines[2].inputs.hours === 96);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('douze');
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  await page.evaluate(() => window.widget.setState({ currency: 'eur' })); // a change meanwhile
  assert.equal(await field.getAttribute('aria-invalid'), 'true', 'still said to be invalid');
  assert.equal(await field.inputValue(), 'douze', 'and still as typed');
  await page.keyboard.press('Enter');
  assert.equal((await getState(page)).lines[2].inputs.hours, 96);
  await page.keyboard.press('Escape');
  assert.equal(await field.inputValue(), '96');
  await page.close();
});

async function assertDocumentText(page, total) {
  const text = await page.evaluate(() => document.body.innerText);
  assert.ok(text.includes(total), `the total ${total}`);
  assert.match(text, /Stargate/);
  assert.match(text, /GPT-4/);
  const links = await page.$$eval('#widget-doc a[href^="https://"]', (as) => as.length);
  assert.ok(links >= 3, `${links} source links`);
}

test('without JavaScript: the default total, the ladder and the sources are in the page, and each scenario has a page', async () => {
  await mkdir(shots, { recursive: true });
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.origin}/widget.html`);
  await assertDocumentText(page, '294\u202f672\u00a0$');
  const pages = await page.$$eval('#widget-doc .doc-picker a', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(pages.length >= 2, pages.join());
  await page.goto(`${site.origin}/${pages[1]}`);
  const title = await page.textContent('h1');
  assert.ok(title.length > 3 && !/R1\u00a0: l/.test(title), title);
  await page.click('a[hreflang="en"]');
  assert.match(page.url(), /-en\.html$/);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.setViewportSize({ width: 720, height: 900 });
  await page.screenshot({ path: new URL('nojs-widget.png', shots).pathname, fullPage: true });
  await context.close();
});

test('with the .wasm blocked: the same document, and a line saying why', async () => {
  const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${site.origin}/widget.html?lang=en`);
  await page.waitForSelector('[id="w:failed"]:not([hidden])');
  await assertDocumentText(page, '294\u202f672\u00a0$');
  // Nothing is pending any more: nothing will compute the link's figures.
  assert.equal(await page.isVisible('#widget-pending'), false);
  await page.close();
});

test('the demo article links each embed to its scenario page for readers without JavaScript', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.origin}/index.html`);
  const embeds = await page.$$eval('[data-ai-cost-widget]', (els) => els.map((el) =>
    ({ view: el.dataset.view || 'full', scenario: el.dataset.scenario, href: el.querySelector('a').getAttribute('href') })));
  assert.ok(embeds.length >= 2 && embeds.every((e) => /^widget-[a-z0-9-]+-fr\.html$/.test(e.href)), JSON.stringify(embeds));
  // Each link leads to the same view's page, with its figures written in.
  for (const embed of embeds) {
    await page.goto(`${site.origin}/${embed.href}`);
    assert.equal(await page.getAttribute('#widget-doc', 'data-view'), embed.view, embed.href);
    if (embed.scenario) assert.equal(await page.getAttribute('#widget-doc', 'data-scenario'), embed.scenario);
    assert.ok((await page.textContent('h1')).trim().length > 0, embed.href);
  }
  await context.close();
});

test('forced colours: the document stands in for the canvas, in the system\'s colours, and works', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const context = await site.browser.newContext({ forcedColors: 'active', colorScheme, viewport: { width: 720, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/widget.html?lang=en`);
    await page.evaluate(() => window.widget.ready);
    assert.equal(await page.isVisible('#widget-canvas'), false);
    assert.equal(await page.getAttribute('#widget-doc', 'data-mode'), 'document');
    const frames = await page.evaluate(() => window.widget.framesDrawn());
    await control(page, 'scenario/v3-final-run').click();
    // (The module answers in its own time: in a worker, a little after the click.)
    await page.waitForFunction(() => window.widget.getState().scenario === 'v3-final-run');
    await page.screenshot({ path: new URL(`forced-colors-${colorScheme}.png`, shots).pathname, fullPage: true });
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => window.widget.framesDrawn()), frames, 'no frames for a hidden canvas');
    await context.close();
  }
});
