// Touch, through Chromium's real touch pipeline (CDP Input.dispatchTouchEvent): a sideways drag
// moves a slider, a vertical swipe never does (it belongs to the page), a tap is a click.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSiteAndBrowser, control } from './harness.mjs';

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
  // Where the canvas drew a control: its element in the document lies over it.
  const centre = async (key) => {
    await control(page, key).scrollIntoViewIfNeeded();
    const box = await control(page, key).boundingBox();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
  };
  return { page, touch, swipe, centre, state: () => page.evaluate(() => window.widget.getState()) };
}

test('a sideways finger drag moves a slider', async () => {
  const { page, swipe, centre, state } = await touchPage();
  const { y, box } = await centre('slider/r1-zero/hours');
  await swipe([box.x + 10, y], [box.x + box.width - 10, y]);
  await page.waitForFunction(() => window.widget.getState().lines[0].inputs.hours !== 198);
  const changed = await state();
  assert.ok(changed.lines[0].inputs.hours > 198, String(changed.lines[0].inputs.hours));
  assert.ok(Number.isFinite(changed.total_usd));
  await page.close();
});

test('a vertical swipe over the sliders changes nothing', async () => {
  const { page, swipe, centre, state } = await touchPage();
  const before = await state();
  for (const key of ['slider/r1-zero/gpus', 'slider/r1-zero/hours', 'slider/sft-data/gpu_hours']) {
    const { x, y } = await centre(key);
    await swipe([x, y], [x + 2, y - 150]);
  }
  await page.waitForTimeout(200);
  assert.deepEqual((await state()).lines, before.lines);
  await page.close();
});

test('a tap on a scenario chip selects it', async () => {
  const { page, touch, centre, state } = await touchPage();
  const other = (await state()).scenarios.find((s) => s.id !== 'r1-nature');
  const { x, y } = await centre(`scenario/${other.id}`);
  await touch('touchStart', x, y);
  await touch('touchEnd');
  await page.waitForFunction((id) => window.widget.getState().scenario === id, other.id);
  await page.close();
});
