import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkArticleFolder } from '../../src/build/article-loader.ts';
import { articlesDir, glossaryFile } from '../../src/build/content-files.ts';
import { loadGlossary } from '../../src/build/glossary-file.ts';
import { convertText, type Override } from '../../src/lib/convert/converter.ts';
import { houseVocabulary } from '../../src/lib/convert/house-vocabulary.ts';
import { otherVariants, variants } from '../../src/lib/site/variants.ts';
import { launchChromium } from '../../scripts/chromium.ts';
import { distDir, listBuiltPages, repoRoot, startSite, type BuiltPage, type Site } from './harness.ts';
import { goldenFileOf, goldenText, listGoldenFiles } from './golden-pages.ts';
import { readPageText, type PageText } from './page-text.ts';

// Every built page, read as a reader reads it (Chromium, JavaScript off).
let browser: Browser;
let site: Site;
let pages: BuiltPage[];
const texts = new Map<string, PageText>();
let overrides: Override[];

beforeAll(async () => {
  site = await startSite();
  browser = await launchChromium();
  pages = listBuiltPages(distDir);
  for (const page of pages) texts.set(page.path, await readPageText(browser, new URL(page.path, site.url).href));
  // The converter as the build runs it: house vocabulary, glossary, then every article's own overrides.
  const checked = await checkArticleFolder(articlesDir, glossaryFile);
  overrides = [...houseVocabulary, ...loadGlossary(glossaryFile), ...[...checked.articles.values()].flatMap((a) => a.data.overrides)];
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('every page reads wholly in its script', () => {
  it('covers pages of both scripts', () => {
    for (const variant of variants) expect(pages.filter((p) => p.path.startsWith(`/${variant.path}/`)).length).toBeGreaterThan(5);
  });

  it('survives a round trip through the other script unchanged (text, title, alt, aria-label, description, Open Graph)', () => {
    const problems: string[] = [];
    for (const [pagePath, text] of texts) {
      for (const piece of text.pieces) {
        // Pieces under a lang of no single script (`zh` on shared pages, `en`) belong to no variant.
        const variant = variants.find((v) => v.lang === piece.lang);
        if (!variant) continue;
        const other = otherVariants(variant)[0];
        if (!other) continue;
        const there = convertText(piece.text, { from: variant.script, to: other, overrides });
        const back = convertText(there, { from: other.script, to: variant, overrides });
        if (back !== piece.text) problems.push(`${pagePath} ${piece.where} (${piece.lang}): «${piece.text}» → «${there}» → «${back}»`);
      }
    }
    expect(problems.join('\n')).toBe('');
  });
});

// The golden pages: the whole reader-visible text of every page of the seed
// site, kept under tests/golden/pages/ and compared on every run, so any
// change to what readers read is a reviewed diff. This test only compares;
// `npm run golden` (scripts/golden-pages.ts) only writes.
describe('the golden pages', () => {
  it('match the built site, page by page (npm run golden rewrites them)', () => {
    const expected = new Map(pages.map((page) => [goldenFileOf(page.file), goldenText(texts.get(page.path)!)]));
    expect(expected.size).toBeGreaterThan(0);
    const stale = listGoldenFiles().filter((file) => !expected.has(file));
    expect(stale.map((file) => path.relative(repoRoot, file)), 'golden files of pages the build no longer makes').toEqual([]);
    for (const [file, text] of expected) {
      const relative = path.relative(repoRoot, file);
      expect(existsSync(file), `${relative} is missing: run npm run golden and review the diff`).toBe(true);
      expect(text, `${relative} differs from the built page: if the change is meant, run npm run golden and review the diff`).toBe(readFileSync(file, 'utf8'));
    }
  });
});
