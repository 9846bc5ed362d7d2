// Without WebGL the model still runs: the document stands in for the canvas, live and complete.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveSite, launch, getState, control } from './harness.mjs';

test('with WebGL disabled, the live document shows the figures and every control works', async () => {
  const { server, origin } = await serveSite();
  const browser = await launch(['--disable-webgl', '--disable-3d-apis']);
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    // The switches leave a worker's OffscreenCanvas its WebGL: the module runs on the page here.
    await page.addInitScript(() => { delete window.Worker; });
    await page.goto(`${origin}/widget.html?lang=en`);
    await page.evaluate(() => window.widget.ready);
    assert.equal(await page.isVisible('#widget-canvas'), false);
    assert.match(await page.textContent('.widget-note'), /WebGL/);
    assert.equal(await page.getAttribute('#widget-doc', 'data-mode'), 'document');
    assert.match(await page.textContent('#widget-doc .doc-total'), /\$294,672/);
    // The comparison ladder survives as a list, highest first, with the reader's own total.
    const rungs = await page.$$eval('#widget-doc .doc-rungs button', (items) => items.map((b) => b.textContent));
    assert.equal(rungs[0], 'Stargate (over 4 years) $500B');
    assert.ok(rungs.includes('Your calculation $295K'), rungs.join(' | '));
    // A slider moved by the keyboard changes the figures, as on the canvas. On a phone the
    // full view folds each line's sliders behind a button, as the canvas does.
    await page.getByRole('button', { name: 'Adjust these figures \u2014 R1 (final reinforcement learning)' }).click();
    await control(page, 'slider/r1/hours').focus();
    await page.keyboard.press('End');
    const state = await getState(page);
    assert.equal(state.lines[2].inputs.hours, 100000);
    assert.match(await page.textContent('#widget-doc .doc-total'), new RegExp(state.total_text.replace(/[$]/g, '\\$')));
    await page.screenshot({ path: new URL('./screenshots/no-webgl-360.png', import.meta.url).pathname, fullPage: true });
  } finally {
    await browser.close();
    server.close();
  }
});
