// Embedding as newsrooms do: the demo article through embed.js, a pym.js parent, a sandboxed
// iframe, a cross-origin host, and the message formats of AMP, Embedly and WordPress.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useSiteAndBrowser, serveSite, widgetReadyIn, SITE } from './harness.mjs';

const pages = {
  // pym's own auto-init (data-pym-src), with the real pym.js from npm.
  '/test-pym.html': `<!doctype html><meta charset="utf-8"><body style="margin:0">
    <div id="calc" data-pym-src="widget.html?lang=fr&scenario=v3-final-run"></div>
    <script src="vendor/pym.v1.min.js"></script>`,
  // The most locked-down host: scripts only, no same-origin, no popups.
  '/test-sandbox.html': `<!doctype html><meta charset="utf-8"><body style="margin:0">
    <iframe id="f" sandbox="allow-scripts" src="widget.html?lang=en&scenario=r1-nature" style="width:100%;height:900px;border:0"></iframe>`,
  // Records what the widget tells its parent, as a WordPress/AMP/Embedly host would receive it.
  '/test-messages.html': `<!doctype html><meta charset="utf-8"><body style="margin:0">
    <script>window.received = []; addEventListener('message', (e) => received.push(e.data));</script>
    <iframe src="widget.html?lang=fr&childId=calc-1#?secret=Ab12cD" style="width:100%;height:600px;border:0"></iframe>`,
};
const site = useSiteAndBrowser([], pages);

// A second origin, to host the widget cross-origin, and a foreign frame's page: tests make it
// post what they need, each post followed by 'foreign-done' for the host to wait on.
const other = {};
const FOREIGN_DONE = `<script>addEventListener('message', (e) => { if (e.data === 'foreign-done') window.foreignDone = true; });</script>`;
before(async () => Object.assign(other, await serveSite({
  '/foreign.html': '<!doctype html><meta charset="utf-8"><title>Foreign frame</title>',
})));
after(() => other.server?.close());

async function frameSizes(page) {
  await page.waitForFunction(() => {
    const frames = [...document.querySelectorAll('iframe')];
    return frames.length > 0 && frames.every((f) => f.contentWindow);
  });
  const result = [];
  for (const handle of await page.$$('iframe')) {
    // A lazy iframe scrolled past before it started loading waits until it is near the view.
    await handle.scrollIntoViewIfNeeded();
    const frame = await handle.contentFrame();
    await widgetReadyIn(frame);
    result.push({ handle, frame });
  }
  // Let the last height messages arrive.
  await page.waitForTimeout(400);
  const sizes = [];
  for (const { handle, frame } of result) {
    const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
    const box = await handle.evaluate((f) => f.getBoundingClientRect().height);
    sizes.push({ content, box });
  }
  return sizes;
}

for (const width of [1200, 360]) {
  test(`demo article at ${width} px: every embed fits its content, each its own`, async () => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${site.origin}/index.html`);
    // Lazy iframes load when near the viewport: bring each into view.
    const hosts = await page.$$('[data-ai-cost-widget]');
    for (const handle of hosts) await handle.scrollIntoViewIfNeeded();
    const sizes = await frameSizes(page);
    assert.equal(sizes.length, hosts.length);
    for (const s of sizes) assert.ok(Math.abs(s.box - s.content) <= 4, JSON.stringify(sizes));
    const boxes = sizes.map((s) => Math.round(s.box));
    assert.equal(new Set(boxes).size, boxes.length, `sized independently: ${JSON.stringify(sizes)}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.equal(overflow, 0);
    await page.close();
  });

  test(`a pym.js parent sizes the widget at ${width} px`, async () => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${site.origin}/test-pym.html`);
    const sizes = await frameSizes(page);
    assert.equal(sizes.length, 1);
    assert.ok(Math.abs(sizes[0].box - sizes[0].content) <= 4, JSON.stringify(sizes));
    await page.close();
  });
}

test('the demo article places each view as a newsroom would: the ladder first, the whole widget last', async () => {
  const page = await site.browser.newPage({ viewport: { width: 720, height: 900 } });
  await page.goto(`${site.origin}/index.html`);
  const views = [];
  for (const handle of await page.$$('[data-ai-cost-widget] iframe')) {
    await handle.scrollIntoViewIfNeeded();
    views.push((await widgetReadyIn(await handle.contentFrame())).view);
  }
  assert.equal(views[0], 'ladder', views.join());
  assert.equal(views[views.length - 1], 'full', views.join());
  assert.ok(views.includes('calculator'), views.join());
  // The calculator sits beside the text on Nature's figure, and shows that scenario.
  const calculator = await page.$('[data-ai-cost-widget][data-view="calculator"]');
  const scenario = await calculator.getAttribute('data-scenario');
  const before = await calculator.evaluate((el) => el.closest('figure').previousElementSibling.textContent);
  assert.match(before, /Nature|GPU/);
  assert.equal((await widgetReadyIn(await (await calculator.$('iframe')).contentFrame())).scenario, scenario);
  await page.close();
});

test('the demo article does not scroll sideways at 320 px', async () => {
  const page = await site.browser.newPage({ viewport: { width: 320, height: 700 } });
  await page.goto(`${site.origin}/index.html`);
  for (const handle of await page.$$('[data-ai-cost-widget]')) await handle.scrollIntoViewIfNeeded();
  await frameSizes(page);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320);
  await page.close();
});

test('the widget works in an iframe sandboxed with allow-scripts only', async () => {
  const page = await site.browser.newPage({ viewport: { width: 720, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.origin}/test-sandbox.html`);
  const frame = await (await page.$('#f')).contentFrame();
  const state = await widgetReadyIn(frame);
  assert.equal(await frame.evaluate(() => window.origin), 'null', 'the sandbox is real');
  assert.equal(state.total_usd, 294672);
  const next = await frame.evaluate(() => window.widget.setState({ lines: [{ id: 'r1', inputs: { hours: 96 } }] }));
  assert.equal(next.total_usd, 311056);
  assert.equal(await frame.evaluate(() => document.getElementById('widget-canvas').hidden), false, 'drawn, not the text fallback');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a cross-origin host sizes the widget through embed.js', async () => {
  const host = `<!doctype html><meta charset="utf-8"><body style="margin:0">
    <div data-ai-cost-widget data-scenario="r1-with-base" data-lang="en"></div>
    <script src="${site.origin}/embed.js"></script>`;
  const server = await serveSite({ '/host.html': host });
  try {
    const page = await site.browser.newPage({ viewport: { width: 800, height: 900 } });
    await page.goto(`${server.origin}/host.html`);
    const sizes = await frameSizes(page);
    assert.ok(Math.abs(sizes[0].box - sizes[0].content) <= 4, JSON.stringify(sizes));
    await page.close();
  } finally {
    server.server.close();
  }
});

test('heights go out as pym, AMP, Embedly and WordPress messages', async () => {
  const page = await site.browser.newPage({ viewport: { width: 720, height: 900 } });
  await page.goto(`${site.origin}/test-messages.html`);
  const frame = await (await page.$('iframe')).contentFrame();
  await widgetReadyIn(frame);
  await page.waitForTimeout(400);
  const content = Math.ceil(await frame.evaluate(() => document.documentElement.getBoundingClientRect().height));
  const received = await page.evaluate(() => window.received);
  const last = (match) => received.filter(match).pop();
  assert.equal(last((m) => typeof m === 'string' && m.startsWith('pymxPYMxcalc-1xPYMxheightxPYMx')), `pymxPYMxcalc-1xPYMxheightxPYMx${content}`);
  assert.deepEqual(last((m) => m && m.sentinel === 'amp'), { sentinel: 'amp', type: 'embed-size', height: content });
  const embedly = JSON.parse(last((m) => typeof m === 'string' && m.includes('iframe.resize')));
  assert.equal(embedly.context, 'iframe.resize');
  assert.equal(embedly.height, content);
  assert.deepEqual(last((m) => m && m.secret), { message: 'height', value: content, secret: 'Ab12cD' });
  // pym's parent asks with a width message; the widget answers with its height.
  const before = received.length;
  await page.evaluate(() => document.querySelector('iframe').contentWindow.postMessage('pymxPYMxcalc-1xPYMxwidthxPYMx720', '*'));
  await page.waitForTimeout(200);
  const after = await page.evaluate(() => window.received.slice());
  assert.ok(after.slice(before).some((m) => typeof m === 'string' && m.includes('xPYMxheightxPYMx')));
  await page.close();
});

test('with data-permalink, the article\'s URL keeps the reader\'s scenario', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(`${site.origin}/index.html`);
  const handle = await page.$('[data-permalink="r1"] iframe');
  await handle.scrollIntoViewIfNeeded();
  const frame = await handle.contentFrame();
  await widgetReadyIn(frame);
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => location.hash), '', 'an untouched widget leaves the URL alone');
  await frame.evaluate(() => window.widget.setState({ lines: [{ id: 'r1', inputs: { hours: 96 } }] }));
  await page.waitForFunction(() => location.hash.includes('ai-cost-r1='));
  const url = await page.evaluate(() => location.href);
  assert.match(decodeURIComponent(url), /ai-cost-r1=v=1&scenario=r1-nature&lang=fr&view=calculator&r1\.hours=96/);

  const shared = await site.browser.newPage({ viewport: { width: 1000, height: 900 } });
  await shared.goto(url);
  const sharedHandle = await shared.$('[data-permalink="r1"] iframe');
  await sharedHandle.scrollIntoViewIfNeeded();
  const restored = await sharedHandle.contentFrame();
  const state = await widgetReadyIn(restored);
  assert.equal(state.total_usd, 311056);
  await shared.close();
  await page.close();
});

test('a shared article link stays in the address bar until the reader changes something', async () => {
  // The demo's permalink name and a real input of its widget, from the article itself.
  const page = await site.browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(`${site.origin}/index.html`);
  const name = 'ai-cost-' + await page.$eval('[data-permalink]', (el) => el.dataset.permalink);
  // An embed starts as the reader comes near it.
  await (await page.$('[data-permalink] iframe')).scrollIntoViewIfNeeded();
  const initial = await widgetReadyIn(await (await page.$('[data-permalink] iframe')).contentFrame());
  await page.close();
  const line = initial.lines.find((l) => Object.keys(l.inputs).length > 0);
  const key = Object.keys(line.inputs)[0];
  const value = line.inputs[key] * 2;
  const link = `v=1&scenario=${initial.scenario}&lang=${initial.lang}&${line.id}.${key}=${value}`;

  const shared = await site.browser.newPage({ viewport: { width: 1000, height: 900 } });
  await shared.addInitScript(() => {
    if (window.top !== window) return;
    window.widgetStates = [];
    addEventListener('message', (e) => {
      if (e.data && e.data.source === 'ai-cost-widget' && e.data.type === 'state') window.widgetStates.push(e.data.query);
    });
  });
  await shared.goto(`${site.origin}/index.html#${name}=${encodeURIComponent(link)}`);
  const handle = await shared.$('[data-permalink] iframe');
  await handle.scrollIntoViewIfNeeded();
  const frame = await handle.contentFrame();
  const restored = await widgetReadyIn(frame);
  assert.equal(restored.lines.find((l) => l.id === line.id).inputs[key], value, 'the link is restored');
  const inHash = () => shared.evaluate((n) => new URLSearchParams(location.hash.slice(1)).get(n), name);
  // The issue's own check: the link is still there 5 s after the widget said what it shows.
  await shared.waitForFunction(() => window.widgetStates.length > 0);
  await shared.waitForTimeout(5000);
  assert.equal(await inHash(), link);

  // A change by the reader: the URL follows, and keeps following back to the shared values.
  for (const next of [value + 1, value]) {
    const state = await frame.evaluate(([id, k, v]) => window.widget.setState({ lines: [{ id, inputs: { [k]: v } }] }), [line.id, key, next]);
    const query = state.permalink.split('?')[1];
    assert.match(decodeURIComponent(query), new RegExp(`${line.id}\\.${key}=${next}\\b`));
    await shared.waitForFunction(([n, q]) => new URLSearchParams(location.hash.slice(1)).get(n) === q, [name, query]);
  }
  await shared.close();
});

test('the pym code handed out obeys only the widget: a foreign frame cannot steer the host', async () => {
  // The code as a newsroom copies it from the Embed panel.
  const panel = await site.browser.newPage({ viewport: { width: 720, height: 900 } });
  await panel.goto(`${site.origin}/widget.html?lang=en`);
  await panel.evaluate(() => window.widget.ready);
  await panel.getByRole('button', { name: 'Embed' }).click();
  const code = await panel.getByRole('textbox', { name: 'With pym.js' }).inputValue();
  await panel.close();

  // Pasted into a page that also shows a frame from elsewhere (an ad, a comment box…). pym.js
  // comes from the local copy instead of its CDN.
  const host = await site.browser.newPage({ viewport: { width: 900, height: 900 } });
  const pymJs = await readFile(join(SITE, 'vendor/pym.v1.min.js'));
  await host.route('https://pym.nprapps.org/**', (route) => route.fulfill({ contentType: 'text/javascript', body: pymJs }));
  const navigations = [];
  await host.route('https://evil.example/**', (route) => {
    navigations.push(route.request().url());
    route.fulfill({ contentType: 'text/html', body: 'steered' });
  });
  await host.route(`${site.origin}/pym-host.html`, (route) => route.fulfill({ contentType: 'text/html', body:
    `<!doctype html><meta charset="utf-8"><title>Host</title><body style="margin:0">
    ${FOREIGN_DONE}
    ${code}
    <iframe id="foreign" title="Foreign" src="${other.origin}/foreign.html" style="width:300px;height:100px;border:0"></iframe>` }));
  await host.goto(`${site.origin}/pym-host.html`);
  const handle = await host.waitForSelector('[data-pym-src] iframe');
  const frame = await handle.contentFrame();
  await widgetReadyIn(frame);
  // The iframe as tall as the widget's page is now (the share bar arrives after the canvas).
  const sized = async () => {
    for (let tries = 0; ; ++tries) {
      const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
      const ok = await host.waitForFunction((px) => Math.abs(document.querySelector('[data-pym-src] iframe').getBoundingClientRect().height - px) <= 4,
        content, { timeout: 2000 }).then(() => true, () => false);
      if (ok) return;
      assert.ok(tries < 10, `the iframe never took the widget's height (${content} px)`);
    }
  };
  await sized(); // the widget sizes itself through pym

  const id = await host.$eval('[data-pym-src]', (el) => el.id);
  const url = host.url();
  const scrollY = await host.evaluate(() => window.scrollY);
  const foreign = await (await host.$('#foreign')).contentFrame();
  assert.notEqual(await foreign.evaluate(() => window.origin), site.origin, 'a foreign origin');
  // Each attack is followed by 'foreign-done'; obeyed, navigateTo unloads the page before it.
  const attack = async (messages) => {
    await host.evaluate(() => { window.foreignDone = false; });
    await foreign.evaluate(([pymId, list]) => {
      for (const [type, message] of list) parent.postMessage(`pymxPYMx${pymId}xPYMx${type}xPYMx${message}`, '*');
      parent.postMessage('foreign-done', '*');
    }, [id, messages]);
    await Promise.race([host.waitForFunction(() => window.foreignDone),
      host.waitForEvent('framenavigated', (f) => f === host.mainFrame())]);
  };
  await attack([['height', '99999'], ['scrollToChildPos', '1500']]);
  assert.notEqual(await handle.getAttribute('height'), '99999px');
  assert.equal(await host.evaluate(() => window.scrollY), scrollY);
  await attack([['navigateTo', 'https://evil.example/']]);
  assert.deepEqual(navigations, []);
  assert.equal(host.url(), url);
  await sized();
  await host.close();
});

test('embed.js listens to its iframe only while it shows the widget', async () => {
  const page = await site.browser.newPage({ viewport: { width: 900, height: 900 } });
  await page.route(`${site.origin}/embed-host.html`, (route) => route.fulfill({ contentType: 'text/html', body:
    `<!doctype html><meta charset="utf-8"><title>Host</title><body style="margin:0">
    ${FOREIGN_DONE}
    <div data-ai-cost-widget data-permalink="calc" data-lang="en"></div>
    <script src="embed.js"></script>` }));
  await page.goto(`${site.origin}/embed-host.html`);
  const handle = await page.waitForSelector('[data-ai-cost-widget] iframe');
  await widgetReadyIn(await handle.contentFrame());
  // The iframe sent elsewhere keeps its window, which embed.js knows.
  await (await handle.contentFrame()).goto(`${other.origin}/foreign.html`);
  const foreign = await handle.contentFrame();
  await foreign.evaluate(() => {
    parent.postMessage({ source: 'ai-cost-widget', type: 'height', height: 9999 }, '*');
    parent.postMessage({ source: 'ai-cost-widget', type: 'state', query: 'foreign=1' }, '*');
    parent.postMessage('foreign-done', '*');
  });
  await page.waitForFunction(() => window.foreignDone);
  assert.notEqual(await handle.evaluate((f) => f.style.height), '9999px');
  assert.equal(await page.evaluate(() => location.hash), '');
  await page.close();
});

test('the mouse wheel over the widget scrolls the article', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1000, height: 700 } });
  await page.goto(`${site.origin}/index.html`);
  const handle = await page.$('iframe');
  await handle.scrollIntoViewIfNeeded();
  const frame = await handle.contentFrame();
  await widgetReadyIn(frame);
  const box = await handle.boundingBox();
  const before = await page.evaluate(() => window.scrollY);
  await page.mouse.move(box.x + box.width / 2, Math.max(box.y, 0) + 200);
  await page.mouse.wheel(0, 400);
  await page.waitForTimeout(400);
  assert.ok(await page.evaluate(() => window.scrollY) > before + 100, 'the page scrolled');
  await page.close();
});

test('copy link falls back to a selected field when the clipboard is refused', async () => {
  const page = await site.browser.newPage({ viewport: { width: 720, height: 900 } });
  await page.goto(`${site.origin}/test-sandbox.html`);
  const frame = await (await page.$('#f')).contentFrame();
  await widgetReadyIn(frame);
  await frame.click('#widget-share button:has-text("Copy link")');
  await frame.waitForSelector('.widget-share-manual:not([hidden])');
  const field = await frame.evaluate(() => {
    const input = document.querySelector('.widget-share-manual input');
    return { value: input.value, focused: document.activeElement === input,
      selected: input.selectionEnd - input.selectionStart, label: input.parentElement.textContent };
  });
  assert.equal(field.value, (await frame.evaluate(() => window.widget.getState())).permalink);
  assert.ok(field.focused && field.selected === field.value.length, JSON.stringify(field));
  assert.match(field.label, /clipboard is not available/);
  await page.close();
});

test('copy link puts the permalink on the clipboard where it is allowed', async () => {
  const context = await site.browser.newContext({ viewport: { width: 720, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  const page = await context.newPage();
  await page.goto(`${site.origin}/widget.html?lang=fr&scenario=v3-final-run`);
  await page.evaluate(() => window.widget.ready);
  await page.click('#widget-share button:has-text("Copier le lien")');
  await page.waitForFunction(() => document.querySelector('.widget-share-status').textContent === 'Lien copié.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, (await page.evaluate(() => window.widget.getState())).permalink);
  assert.ok(copied.length < 300);
  await context.close();
});

test('the embed panel offers embed.js, iframe, pym and AMP codes, none with an inline script', async () => {
  const page = await site.browser.newPage({ viewport: { width: 720, height: 900 } });
  await page.goto(`${site.origin}/widget.html?lang=en&scenario=semianalysis-fleet`);
  await page.evaluate(() => window.widget.ready);
  await page.click('#widget-share button:has-text("Embed")');
  const codes = await page.$$eval('.widget-share-codes textarea', (areas) => areas.map((a) => a.value));
  assert.equal(codes.length, 4);
  const [script, iframe, pym, amp] = codes;
  assert.match(script, /^<div data-ai-cost-widget data-scenario="semianalysis-fleet" data-lang="en"><a href="http:\/\/127\.0\.0\.1:\d+\/widget-semianalysis-fleet-en\.html">[^<]+<\/a><\/div>\n<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" defer><\/script>$/);
  assert.match(iframe, /style="width:0;min-width:100%;border:0"/);
  assert.match(iframe, /scrolling="no" loading="lazy"/);
  assert.match(iframe, /title="DeepSeek’s fleet/);
  assert.match(iframe, /height="\d+00"/);
  assert.match(pym, /data-pym-src="[^"]*scenario=semianalysis-fleet/);
  assert.match(amp, /<amp-iframe [^>]*resizable/);
  for (const code of codes) assert.doesNotMatch(code, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  await page.close();
});

test('embed.html shows every snippet, and the live ones size themselves', async () => {
  const page = await site.browser.newPage({ viewport: { width: 900, height: 900 } });
  await page.goto(`${site.origin}/embed.html`);
  const codes = await page.$$eval('[data-snippet]', (els) => els.map((e) => [e.dataset.snippet, e.textContent]));
  assert.deepEqual(codes.map((c) => c[0]), ['script', 'iframe', 'pym', 'amp']);
  for (const [, code] of codes) assert.match(code, new RegExp(site.origin.replace(/[.:/]/g, '\\$&')));
  // The live pym example checks the origin of messages as the code shown does.
  const xdomain = codes.find((c) => c[0] === 'pym')[1].match(/data-pym-xdomain="([^"]+)"/)[1];
  assert.equal(await page.$eval('#example-pym [data-pym-src]', (el) => el.getAttribute('data-pym-xdomain')), xdomain);
  // Each view's code, and the view it gives once running.
  const viewCodes = Object.fromEntries(await page.$$eval('[data-view-snippet]', (els) => els.map((e) => [e.dataset.viewSnippet, e.textContent])));
  assert.deepEqual(Object.keys(viewCodes).sort(), ['calculator', 'full', 'ladder']);
  assert.match(viewCodes.ladder, /data-view="ladder"[^>]*><a href="[^"]*\/widget-ladder-fr\.html"/);
  assert.match(viewCodes.calculator, /data-view="calculator" data-scenario="[^"]+"[^>]*><a href="[^"]*\/widget-calculator-[^"]+-fr\.html"/);
  assert.doesNotMatch(viewCodes.full, /data-view/);
  for (const view of ['ladder', 'calculator']) {
    const handle = await page.waitForSelector(`#example-${view} iframe`);
    await handle.scrollIntoViewIfNeeded();
    assert.equal((await widgetReadyIn(await handle.contentFrame())).view, view);
  }
  for (const id of ['#example-script', '#example-ladder', '#example-calculator', '#example-iframe', '#example-pym']) {
    await page.$eval(id, (el) => el.scrollIntoView());
    const handle = await page.waitForSelector(`${id} iframe`);
    const frame = await handle.contentFrame();
    await widgetReadyIn(frame);
    await page.waitForTimeout(400);
    const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
    const box = await handle.evaluate((f) => f.getBoundingClientRect().height);
    if (id === '#example-iframe') assert.equal(box, 2300, 'the plain iframe keeps its starting height');
    else assert.ok(Math.abs(box - content) <= 4, `${id}: ${box} vs ${content}`);
  }
  await page.close();
});

test('widget.html announces an oEmbed JSON and social cards with a real preview image', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.origin}/widget.html`);
  const head = await page.evaluate(() => ({
    oembed: document.querySelector('link[rel=alternate][type="application/json+oembed"]').href,
    image: document.querySelector('meta[property="og:image"]').content,
    card: document.querySelector('meta[name="twitter:card"]').content,
    title: document.querySelector('meta[property="og:title"]').content,
  }));
  assert.equal(head.card, 'summary_large_image');
  assert.ok(head.title.length > 10);
  // Built for http://127.0.0.1:8000/ (AI_COST_PUBLIC_URL); fetch the same paths from this server.
  const local = (url) => `${site.origin}/${new URL(url).pathname.replace(/^\//, '')}`;
  const oembed = await (await fetch(local(head.oembed))).json();
  assert.equal(oembed.version, '1.0');
  assert.equal(oembed.type, 'rich');
  assert.ok(oembed.width > 0 && oembed.height > 0);
  assert.ok(oembed.title && oembed.provider_name);
  assert.match(oembed.html, /^<iframe src="http[^"]*widget\.html\?[^"]*" title="[^"]+" style="width:0;min-width:100%;border:0"/);
  assert.doesNotMatch(oembed.html, /<script/);
  const png = Buffer.from(await (await fetch(local(head.image))).arrayBuffer());
  assert.equal(png.toString('ascii', 1, 4), 'PNG');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
  await page.close();
});

test('squeezing the iframe does not change the height the widget reports: no feedback loop', async () => {
  const page = await site.browser.newPage({ viewport: { width: 720, height: 900 } });
  await page.goto(`${site.origin}/test-messages.html`);
  const frame = await (await page.$('iframe')).contentFrame();
  await widgetReadyIn(frame);
  await page.waitForTimeout(300);
  const heights = () => page.evaluate(() => window.received.filter((m) => m && m.source === 'ai-cost-widget' && m.type === 'height').map((m) => m.height));
  const before = await heights();
  for (const h of [300, 5000, 1200]) {
    await page.evaluate((px) => { document.querySelector('iframe').style.height = px + 'px'; }, h);
    await page.waitForTimeout(300);
  }
  const after = await heights();
  assert.ok(before.length > 0);
  const since = after.slice(before.length);
  assert.ok(since.every((h) => h === before[before.length - 1]), `reported: ${after.join(', ')}`);
  await page.close();
});

test('Tab from the article into an embed reaches its controls and scrolls the article to each', async () => {
  const page = await site.browser.newPage({ viewport: { width: 720, height: 800 } });
  await page.goto(`${site.origin}/index.html`);
  // The whole widget, the article's last embed: its last control is the theme's.
  const iframe = (await page.$$('[data-ai-cost-widget] iframe')).pop();
  await iframe.scrollIntoViewIfNeeded();
  const frame = await iframe.contentFrame();
  await widgetReadyIn(frame);
  await page.evaluate(() => window.scrollTo(0, 0));
  // The last control of the widget, far below the first screen.
  for (let i = 0; i < 400; ++i) {
    await page.keyboard.press('Tab');
    if (await frame.evaluate(() => document.activeElement.id === 'w:theme/dark')) break;
  }
  assert.equal(await frame.evaluate(() => document.activeElement.id), 'w:theme/dark');
  const box = await frame.locator('[id="w:theme/dark"]').boundingBox(); // in the article's viewport
  assert.ok(box.y >= 0 && box.y + box.height <= 800, JSON.stringify(box));
  assert.ok(await page.evaluate(() => window.scrollY) > 1000, 'the article scrolled');
  await page.close();
});

test('in a cross-origin iframe, with no host script, the canvas follows the part of it on screen', async () => {
  // A CMS that gives the iframe a fixed height and runs nothing of ours.
  const host = `<!doctype html><meta charset="utf-8"><body style="margin:0">
    <p style="height:1200px">Article text.</p>
    <iframe id="f" src="${site.origin}/widget.html?lang=en&scenario=semianalysis-fleet" style="width:100%;height:3000px;border:0"></iframe>
    <p style="height:1200px">More text.</p>`;
  const server = await serveSite({ '/host.html': host });
  try {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await page.goto(`${server.origin}/host.html`);
    const handle = await page.$('#f');
    await handle.scrollIntoViewIfNeeded();
    const frame = await handle.contentFrame();
    await widgetReadyIn(frame);
    const content = await frame.evaluate(() => document.getElementById('widget-doc').getBoundingClientRect().height);
    assert.ok(content > 2.5 * 844, `the case is real: ${content} px of content`);
    // Down the article to the widget's lower part: the frame learns it from the browser alone.
    for (const into of [content - 844, Math.round(content / 2), 0]) {
      await page.evaluate((y) => scrollTo(0, document.getElementById('f').offsetTop + y), into);
      const covered = await frame.waitForFunction((y) => {
        const c = document.getElementById('widget-canvas');
        const top = parseFloat(c.style.top), bottom = top + parseFloat(c.style.height);
        return top <= y && bottom >= y + 844 && c.height <= 2 * screen.height * 2 && [top, bottom, c.height];
      }, into, { polling: 100, timeout: 5000 }).then((h) => h.jsonValue());
      assert.ok(covered, `${into}: ${covered}`);
    }
    await page.close();
  } finally {
    server.server.close();
  }
});
