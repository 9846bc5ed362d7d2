// Without WebGL the widget still answers and shows the figures as text, never a blank box.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveSite, launch, getState } from './harness.mjs';

test('with WebGL disabled, the figures are shown as text and the API still works', async () => {
  const { server, origin } = await serveSite();
  const browser = await launch(['--disable-webgl', '--disable-3d-apis']);
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${origin}/widget.html?lang=en`);
    await page.evaluate(() => window.widget.ready);
    const text = await page.textContent('#widget-fallback');
    assert.match(text, /WebGL/);
    assert.match(text, /\$294,672/);
    // The comparison ladder survives as a list, highest first.
    const ladder = await page.$$eval('#widget-fallback .ladder li', (items) => items.map((li) => li.textContent));
    assert.equal(ladder[0], 'Stargate (over 4 years): $500B');
    assert.ok(ladder.includes('Your calculation: $295K'), ladder.join(' | '));
    assert.equal((await getState(page)).total_usd, 294672);
  } finally {
    await browser.close();
    server.close();
  }
});
