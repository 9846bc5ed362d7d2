// Touch, through Chromium's real touch pipeline (CDP Input.dispatchTouchEvent): a sideways drag
// moves a slider, a vertical swipe never does (it belongs to the page), a tap is a click.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSiteAndBrowser } from './harness.mjs';

const site = useSiteAndBrowser();

async function touchPage() {
  const page = await site.browser.newPage({ viewport: { width: 720, height: 900 }, hasTouch: true, isMobile: false });
  await page.goto(`${site.origin}/widget.html?lang=en`);
  await page.evaluate(() => window.widget.ready);
  const cdp = await page.context().newCDPSession(page);
  const touch = async (type, x, y) => {
    await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await page.waitForTimeout(30);
  };
  const swipe = async ([x0, y0], [x1, y1]) => {
    await touch('touchStart', x0, y0);
    for (let i = 1; i <= 6; ++i) await touch('touchMove', x0 + ((x1 - x0) * i) / 6, y0 + ((y1 - y0) * i) / 6);
    await touch('touchEnd');
    await page.waitForTimeout(60);
  };
  return { page, touch, swipe, state: () => page.evaluate(() => window.widget.getState()) };
}

test('a sideways finger drag moves a slider', async () => {
  const { page, swipe, state } = await touchPage();
  const before = await state();
  let changed = null;
  for (let y = 300; y < 700 && !changed; y += 10) {
    await swipe([40, y], [200, y]);
    const now = await state();
    if (now.total_usd !== before.total_usd) changed = now;
  }
  assert.ok(changed, 'a slider followed the finger');
  assert.ok(Number.isFinite(changed.total_usd));
  await page.close();
});

test('a vertical swipe over the sliders changes nothing', async () => {
  const { page, swipe, state } = await touchPage();
  const before = await state();
  for (let x = 40; x < 700; x += 60) await swipe([x, 480], [x + 2, 300]);
  assert.deepEqual((await state()).lines, before.lines);
  await page.close();
});

test('a tap on a scenario chip selects it', async () => {
  const { page, touch, state } = await touchPage();
  const chips = (await state()).scenarios;
  assert.equal(chips[1].id, 'v3-final-run');
  // The second chip sits right of the first on the picker row (y ≈ 58 at 720 px).
  for (let x = 300; x < 700 && (await state()).scenario !== 'v3-final-run'; x += 40) {
    await touch('touchStart', x, 58);
    await touch('touchEnd');
    await page.waitForTimeout(60);
  }
  assert.equal((await state()).scenario, 'v3-final-run');
  await page.close();
});
