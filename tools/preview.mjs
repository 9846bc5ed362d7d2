// Writes build/site/preview.png, the social-card image (1200×630) of the default scenario, by
// photographing the real built widget in Chromium. Run after the web build:
//   node tools/preview.mjs
import { fileURLToPath } from 'node:url';
import { serveSite, launch } from '../tests/browser/harness.mjs';

const out = fileURLToPath(new URL('../build/site/preview.png', import.meta.url));
const { server, origin } = await serveSite();
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1, colorScheme: 'light' });
  await page.goto(`${origin}/widget.html?v=1&scenario=r1-nature&lang=fr&theme=light`);
  await page.evaluate(() => window.widget.ready);
  await page.waitForTimeout(300);
  await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 1200, height: 630 } });
  console.log('wrote', out);
} finally {
  await browser.close();
  server.close();
}
