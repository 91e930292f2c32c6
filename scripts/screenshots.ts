/**
 * Screenshots of built pages as readers see them: both scripts, a phone
 * (390 px) and a desktop (1280 px), light and dark, for looking at a change
 * before it ships. `--readme` rewrites the README's docs/article-zh-hant.png.
 *
 *   npm run build && npm run screenshots -- [out-dir] [path…]
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './chromium.ts';
import { startServer } from './serve.ts';

const args = process.argv.slice(2);
const readme = args.includes('--readme');
const [outDir = 'screenshots', ...paths] = args.filter((a) => a !== '--readme');
const pagePaths = paths.length > 0 ? paths : ['/zh-hant/articles/2023-02-24-hunan-trade-secret-demonstration/', '/zh-hans/articles/2023-02-24-hunan-trade-secret-demonstration/'];

const server = await startServer({ root: 'dist' });
const browser = await launchChromium();
try {
  if (readme) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(new URL('/zh-hant/articles/2023-02-24-hunan-trade-secret-demonstration/', server.url).href);
    await page.screenshot({ path: 'docs/article-zh-hant.png' });
    await context.close();
    console.log('wrote docs/article-zh-hant.png');
  } else {
    mkdirSync(outDir, { recursive: true });
    for (const pagePath of pagePaths) {
      for (const width of [390, 1280]) {
        for (const colorScheme of ['light', 'dark'] as const) {
          const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 900 }, colorScheme, deviceScaleFactor: 1 });
          const page = await context.newPage();
          await page.goto(new URL(pagePath, server.url).href);
          // One shot per screenful, as a reader scrolls: the whole page, at its real size.
          const screens = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight / innerHeight));
          for (let screen = 0; screen < screens; screen += 1) {
            await page.evaluate((y) => scrollTo(0, y), screen * (width < 500 ? 844 : 900));
            const file = path.join(outDir, `${pagePath.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'root'}-${width}-${colorScheme}-${screen + 1}.png`);
            await page.screenshot({ path: file });
            console.log(`wrote ${file}`);
          }
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
