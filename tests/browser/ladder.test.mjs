// The comparison ladder, the published figures and the owning comparison, read through the real
// widget's getState(): what the canvas draws is computed by the same model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSiteAndBrowser, openWidget, getState } from './harness.mjs';

const site = useSiteAndBrowser();

test('the ladder holds every scenario, both markers and the reader\'s total, lowest first', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en');
  const state = await getState(page);
  const ids = state.ladder.map((r) => r.id);
  for (const id of ['r1-nature', 'v3-final-run', 'r1-with-base', 'semianalysis-gpu-floor',
    'semianalysis-fleet', 'gpt-4', 'stargate', 'current'])
    assert.ok(ids.includes(id), id);
  const usd = state.ladder.map((r) => r.usd);
  assert.deepEqual(usd, [...usd].sort((a, b) => a - b));
  for (const rung of state.ladder) assert.ok(rung.position >= 0 && rung.position <= 1, rung.id);
  const current = state.ladder.filter((r) => r.computed);
  assert.equal(current.length, 1);
  assert.equal(current[0].usd, 294672);
  assert.equal(current[0].label, 'Your calculation');
  assert.equal(state.ladder.find((r) => r.id === 'stargate').text, '$500B');
  assert.equal(state.ladder.find((r) => r.id === 'gpt-4').text, '> $100M');
  assert.equal(state.ladder.find((r) => r.id === 'stargate').source.publisher, 'OpenAI');
  await page.close();
});

test('the default comparison is the press\'s ratio: $1.6B over $6M, 267 times', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=fr');
  const state = await getState(page);
  assert.deepEqual(state.compare.ids, ['semianalysis-fleet', 'r1-with-base']);
  assert.ok(Math.abs(state.compare.ratio - 1.6e9 / 6e6) < 1e-9);
  assert.equal(state.compare.text, '267×');
  assert.match(state.sentence, /représente 267 fois V3 \+ R1/);
  await page.close();
});

test('comparing the reader\'s total follows the sliders', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en');
  let state = await page.evaluate(() => window.widget.setState({ compare: ['stargate', 'current'] }));
  assert.deepEqual(state.warnings, []);
  assert.ok(Math.abs(state.compare.ratio - 5e11 / 294672) < 1e-6);
  state = await page.evaluate(() => window.widget.setState({ lines: [{ id: 'r1-zero', inputs: { usd_per_gpu_hour: 4 } }] }));
  assert.equal(state.ladder.find((r) => r.computed).usd, 497424);
  assert.ok(Math.abs(state.compare.ratio - 5e11 / 497424) < 1e-6);
  assert.match(state.permalink, /[?&]compare=stargate,current(&|$)/);
  await page.close();
});

test('a comparison survives the permalink, and a broken one is reported, not fatal', async () => {
  let page = await openWidget(site.browser, site.origin, '?v=1&lang=en&compare=gpt-4,r1-nature');
  let state = await getState(page);
  assert.deepEqual(state.compare.ids, ['gpt-4', 'r1-nature']);
  assert.ok(Math.abs(state.compare.ratio - 1e8 / 294000) < 1e-9);
  await page.close();
  page = await openWidget(site.browser, site.origin, '?v=1&lang=en&compare=gpt-4,gpt-9');
  state = await getState(page);
  assert.deepEqual(state.compare.ids, ['semianalysis-fleet', 'r1-with-base']);
  assert.deepEqual(state.warnings.map((w) => w.code), ['bad-compare']);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('every scenario reproduces its published figures, in the browser build too', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en');
  const expected = {
    'r1-nature': [294000], 'v3-final-run': [5576000], 'r1-with-base': [6000000],
    'semianalysis-gpu-floor': [500000000], 'semianalysis-fleet': [1600000000, 944000000],
  };
  for (const [id, figures] of Object.entries(expected)) {
    const state = await page.evaluate((scenario) => window.widget.setState({ scenario }), id);
    assert.equal(state.scenario, id);
    assert.deepEqual(state.published.map((p) => p.usd), figures, id);
    for (const p of state.published) {
      assert.equal(p.reproduced, true, `${id}: ${p.computed_usd} vs ${p.usd}`);
      assert.match(p.source.url, /^https:\/\//);
    }
    assert.ok(state.permalink.length < 300, `${id}: permalink of ${state.permalink.length} chars`);
  }
  await page.close();
});

test('the fleet marks its assumed prices and explains them', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=fr&scenario=semianalysis-fleet');
  const state = await getState(page);
  const purchases = state.lines.filter((l) => l.kind === 'purchase');
  assert.equal(purchases.length, 4);
  for (const line of purchases) {
    assert.ok(line.assumed.includes('usd_per_unit'), line.id);
    assert.match(line.note, /1,6\u00a0Md\$/);
  }
  assert.equal(state.total_text, '2\u202f544\u202f285\u202f120\u00a0$');
  await page.close();
});

test('owning V3\'s GPUs costs about what renting them does', async () => {
  const page = await openWidget(site.browser, site.origin, '?lang=en&scenario=v3-final-run');
  let state = await getState(page);
  assert.ok(Math.abs(state.owning.usd - 5.92e6) < 0.02e6, state.owning.usd);
  assert.ok(state.owning.ratio_to_total > 1 && state.owning.ratio_to_total < 1.1);
  state = await page.evaluate(() => window.widget.setState({ lines: [{ id: 'owning', inputs: { usd_per_unit: 33800 } }] }));
  assert.ok(state.owning.usd < 5.576e6, 'at the reseller price, owning is cheaper than renting');
  assert.match(state.permalink, /owning\.usd_per_unit=33800/);
  assert.equal(state.total_usd, 5576000, 'the owning comparison is not part of the total');
  await page.close();
});
