// Light and dark: the widget follows the reader's system unless the host forces a theme.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSiteAndBrowser, openWidget, getState, pixelAt } from './harness.mjs';

const site = useSiteAndBrowser();
const isDark = ([r, g, b]) => r + g + b < 150;
const isLight = ([r, g, b]) => r + g + b > 700;

test('a dark system gives a dark widget, page and canvas alike', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=fr', { colorScheme: 'dark' });
  assert.equal((await getState(page)).theme, 'auto');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.ok(isDark(await pixelAt(page, 4, 4)), 'canvas paper is dark');
  await page.close();
});

test('theme= overrides the system both ways', async () => {
  let page = await openWidget(site.browser, site.origin, '?lang=fr&theme=light', { colorScheme: 'dark' });
  assert.equal((await getState(page)).theme, 'light');
  assert.ok(isLight(await pixelAt(page, 4, 4)));
  await page.close();
  page = await openWidget(site.browser, site.origin, '?lang=fr&theme=dark', { colorScheme: 'light' });
  assert.ok(isDark(await pixelAt(page, 4, 4)));
  assert.match((await getState(page)).permalink, /&theme=dark/);
  await page.close();
});

test('switching the system theme while reading redraws the widget', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en', { colorScheme: 'light' });
  assert.ok(isLight(await pixelAt(page, 4, 4)));
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  await page.waitForTimeout(200);
  assert.ok(isDark(await pixelAt(page, 4, 4)));
  await page.close();
});

test('an unknown theme is reported and the system decides', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en&theme=sepia', { colorScheme: 'dark' });
  const state = await getState(page);
  assert.equal(state.theme, 'auto');
  assert.deepEqual(state.warnings.map((w) => w.code), ['bad-theme']);
  assert.ok(isDark(await pixelAt(page, 4, 4)));
  await page.close();
});

test('setState switches the theme', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en');
  await page.evaluate(() => window.widget.setState({ theme: 'dark' }));
  await page.waitForTimeout(150);
  assert.ok(isDark(await pixelAt(page, 4, 4)));
  await page.close();
});
