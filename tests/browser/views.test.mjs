// Views: the ladder alone, one scenario's calculator, and the whole widget, each fitting a phone,
// each carried by the permalink, the API, embed.js and its own page for readers without JavaScript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSiteAndBrowser, openWidget, getState, control, widgetReadyIn, axeViolations } from './harness.mjs';

const site = useSiteAndBrowser();

// What an article gives the widget on a phone: the whole iframe, share bar included.
const pageHeight = (page) => page.evaluate(() => document.documentElement.getBoundingClientRect().height);

// The limits at 360 px, in CSS px.
const limits = [
  { view: 'ladder', query: 'view=ladder', max: 800 },
  { view: 'calculator', query: 'view=calculator&scenario=r1-nature', max: 1400 },
  { view: 'full', query: 'scenario=r1-nature', max: 2000 },
];

for (const lang of ['fr', 'en']) {
  test(`each view fits its height at 360 px (${lang})`, async () => {
    const heights = {};
    for (const { view, query, max } of limits) {
      const page = await openWidget(site.browser, site.origin, `?lang=${lang}&${query}`, { width: 360 });
      assert.equal((await getState(page)).view, view);
      heights[view] = await pageHeight(page);
      assert.ok(heights[view] <= max, `${view}: ${heights[view]} px > ${max} px`);
      assert.deepEqual(page.errors, []);
      await page.close();
    }
    // The views are what they claim: the parts make the differences.
    assert.ok(heights.ladder < heights.calculator && heights.calculator < heights.full, JSON.stringify(heights));
  });
}

test('the ladder alone: the scale and its comparison, no sliders, no picker, named by its own heading', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en&view=ladder', { width: 360 });
  const state = await getState(page);
  assert.equal(await page.getAttribute('#widget-doc', 'data-view'), 'ladder');
  assert.equal(await page.locator('#widget-doc').getByRole('slider').count(), 0);
  for (const s of state.scenarios) assert.equal(await control(page, `scenario/${s.id}`).count(), 0, s.id);
  assert.match(await page.textContent('#widget-doc h1'), /scale of costs/);
  // Every published figure of the data is a rung to compare, named by the data.
  const rungs = await page.locator('#widget-doc .doc-rungs').getByRole('button').allTextContents();
  assert.equal(rungs.length, state.ladder.filter((r) => !r.computed).length, rungs.join(' | '));
  assert.ok(!rungs.some((r) => r.startsWith('Your calculation')), 'an untouched total repeats a published one');
  // A link that changed a figure shows the reader's total among them.
  const changed = await openWidget(site.browser, site.origin, '?lang=en&view=ladder&r1.hours=96', { width: 360 });
  const withTotal = await changed.locator('#widget-doc .doc-rungs').getByRole('button').allTextContents();
  assert.ok(withTotal.some((r) => r.startsWith('Your calculation')), withTotal.join(' | '));
  await changed.close();
  await page.close();
});

test('the calculator: one scenario, every slider, its published figure, no scale', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en&view=calculator&scenario=v3-final-run', { width: 360 });
  const state = await getState(page);
  const inputs = state.lines.reduce((n, l) => n + Object.keys(l.inputs).length, 0);
  assert.equal(await page.locator('#widget-doc').getByRole('slider').count(), inputs);
  assert.equal(await page.locator('#widget-doc .doc-rungs').count(), 0);
  assert.match(await page.textContent('#widget-doc'), new RegExp(state.published[0].label.replace(/[$().*+?]/g, '\\$&')));
  await page.close();
});

test('view= round-trips through the permalink, getState and setState', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en&view=calculator&scenario=v3-final-run');
  let state = await getState(page);
  assert.equal(state.view, 'calculator');
  assert.match(state.permalink, /[?&]view=calculator(&|$)/);
  const again = await site.browser.newPage({ viewport: { width: 720, height: 900 } });
  await again.goto(state.permalink.replace(/^https?:\/\/[^/]+/, site.origin));
  const back = await again.evaluate(() => window.widget.ready);
  assert.equal(back.view, 'calculator');
  assert.equal(back.scenario, 'v3-final-run');
  await again.close();

  state = await page.evaluate(() => window.widget.setState({ view: 'ladder' }));
  assert.equal(state.view, 'ladder');
  assert.match(state.permalink, /[?&]view=ladder(&|$)/);
  await page.waitForFunction(() => document.getElementById('widget-doc').dataset.view === 'ladder');
  state = await page.evaluate(() => window.widget.setState({ view: 'full' }));
  assert.doesNotMatch(state.permalink, /view=/, 'the default is not written');
  await page.close();
});

test('an unknown view gives the whole widget and says so', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en&view=map');
  const state = await getState(page);
  assert.equal(state.view, 'full');
  const warning = state.warnings.find((w) => w.code === 'bad-view');
  assert.ok(warning, JSON.stringify(state.warnings));
  assert.match(warning.message, /map/);
  assert.ok((await page.textContent('[role=status]')).includes(warning.message), 'the notice reaches the live region');
  assert.ok(await page.locator('#widget-doc .doc-notice').isVisible() ||
    await page.locator('#widget-canvas').isVisible(), 'shown');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('in the ladder alone, a new currency is announced as the comparison, not a hidden total', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en&view=ladder');
  await control(page, 'currency/eur').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /times/.test(document.querySelector('[role=status]').textContent));
  const said = await page.textContent('[role=status]');
  assert.match(said, /€/);
  assert.doesNotMatch(said, /^Total/);
  await page.close();
});

test('embed.js carries data-view into the iframe, and its link falls back to the same view', async () => {
  const host = `<!doctype html><meta charset="utf-8"><title>Host</title><body style="margin:0">
    <div data-ai-cost-widget data-view="ladder" data-lang="en"><a href="widget-ladder-en.html">The scale</a></div>
    <script src="embed.js"></script>`;
  const page = await site.browser.newPage({ viewport: { width: 360, height: 900 } });
  await page.route(`${site.origin}/ladder-host.html`, (route) => route.fulfill({ contentType: 'text/html', body: host }));
  await page.goto(`${site.origin}/ladder-host.html`);
  const iframe = await page.waitForSelector('[data-ai-cost-widget] iframe');
  // It loads the page its link names: its HTML already holds the ladder.
  assert.match(await iframe.getAttribute('src'), /\/widget-ladder-en\.html\?.*view=ladder/);
  const frame = await iframe.contentFrame();
  assert.equal((await widgetReadyIn(frame)).view, 'ladder');
  await page.waitForFunction(() => {
    const f = document.querySelector('[data-ai-cost-widget] iframe');
    return Math.abs(f.getBoundingClientRect().height - f.contentDocument.documentElement.getBoundingClientRect().height) <= 4;
  });
  // The embed panel of a ladder hands out a ladder, and a link to the ladder's own page.
  await frame.getByRole('button', { name: 'Embed' }).click();
  const script = await frame.getByRole('textbox', { name: /embed\.js/ }).inputValue();
  assert.match(script, /data-view="ladder"/);
  assert.match(script, /href="[^"]*\/widget-ladder-en\.html"/);
  assert.doesNotMatch(script, /data-scenario=/, 'the ladder is the same for every scenario');
  await page.close();
});

test('without JavaScript, each view has its own page: the ladder\'s is the ladder alone', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.origin}/widget-ladder-fr.html`);
  assert.match(await page.textContent('h1'), /échelle/);
  assert.ok(await page.locator('.doc-rungs li').count() >= 5);
  assert.equal(await page.locator('.doc-line').count(), 0);
  assert.equal(await page.locator('input, button').count(), 0);
  await page.goto(`${site.origin}/widget-calculator-r1-nature-en.html`);
  assert.match(await page.textContent('h1'), /R1/);
  assert.ok(await page.locator('.doc-line').count() > 0);
  assert.equal(await page.locator('.doc-rungs').count(), 0);
  await context.close();
  // With JavaScript, each page comes alive as its own view, and its permalink says so.
  for (const [path, view] of [['widget-ladder-en.html', 'ladder'], ['widget-calculator-v3-final-run-fr.html', 'calculator']]) {
    const live = await site.browser.newPage();
    await live.goto(`${site.origin}/${path}`);
    const state = await live.evaluate(() => window.widget.ready);
    assert.equal(state.view, view, path);
    assert.match(state.permalink, new RegExp(`/${path.replace(/\./g, '\\.')}\\?.*view=${view}`), 'the page of its own view');
    assert.deepEqual(state.warnings, []);
    await live.close();
  }
});

test('axe finds no violation in any view, on a phone and a laptop, with the picker unfolded', async () => {
  for (const width of [360, 1000])
    for (const query of ['view=ladder', 'view=calculator&scenario=semianalysis-fleet', 'scenario=r1-nature']) {
      const page = await openWidget(site.browser, site.origin, `?lang=fr&${query}`, { width });
      assert.deepEqual(await axeViolations(page), [], `${query} at ${width}`);
      if (await control(page, 'fold/picker').count()) {
        await control(page, 'fold/picker').press('Enter');
        await page.waitForFunction(() => document.getElementById('w:fold/picker').getAttribute('aria-expanded') === 'true');
        assert.deepEqual(await axeViolations(page), [], `${query} at ${width}, picker open`);
      }
      await page.close();
    }
});

test('on a phone, the picker is one button naming the scenario; the keyboard opens it and picks another', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en', { width: 360 });
  const state = await getState(page);
  const toggle = page.getByRole('button', { name: new RegExp(`^${state.title.split(':')[0]}.*Choose`) });
  assert.equal(await toggle.count(), 1);
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await control(page, `scenario/${state.scenarios[1].id}`).count(), 0, 'folded');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await control(page, `scenario/${state.scenarios[1].id}`).waitFor();
  await control(page, `scenario/${state.scenarios[1].id}`).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => window.widget.getState().scenario === id, state.scenarios[1].id);
  assert.equal(await page.getAttribute('[id="w:fold/picker"]', 'aria-expanded'), 'false', 'a choice folds it again');
  await page.close();
});
