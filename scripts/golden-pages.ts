/**
 * `npm run golden` (after a build): rewrites the golden pages
 * (tests/golden/pages/) from what each built page now says, read in Chromium
 * with JavaScript off. It only writes; tests/browser/page-text.test.ts only
 * compares. Review the diff with `git diff tests/golden/pages/`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './chromium.ts';
import { distDir, listBuiltPages, repoRoot, startSite } from '../tests/browser/harness.ts';
import { goldenDir, goldenFileOf, goldenText } from '../tests/browser/golden-pages.ts';
import { readPageText } from '../tests/browser/page-text.ts';

const site = await startSite(distDir);
const browser = await launchChromium();
try {
  const pages = listBuiltPages(distDir);
  const texts = new Map<string, string>();
  for (const page of pages) texts.set(goldenFileOf(page.file), goldenText(await readPageText(browser, new URL(page.path, site.url).href)));
  // Written only once every page has been read: a failure leaves the old files whole.
  rmSync(goldenDir, { recursive: true, force: true });
  for (const [file, text] of texts) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  console.log(`Wrote ${texts.size} golden pages to ${path.relative(repoRoot, goldenDir)}/. Review them with \`git diff ${path.relative(repoRoot, goldenDir)}/\` before committing.`);
} finally {
  await browser.close();
  await site.close();
}
