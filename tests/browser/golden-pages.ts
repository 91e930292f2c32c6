/**
 * The golden pages: the whole reader-visible text of every page of the seed
 * site, one file per page under tests/golden/pages/. `npm run golden`
 * (scripts/golden-pages.ts) writes them from a build; the browser test
 * tests/browser/page-text.test.ts only compares, so an update can never pass
 * by comparing a file with itself.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { PageText } from './page-text.ts';

/** The folder of the golden pages. */
export const goldenDir = path.resolve(import.meta.dirname, '../golden/pages');

/** Returns the golden file of a built page: `zh-hant/articles/<slug>/index.html` → `zh-hant/articles/<slug>.txt`. */
export function goldenFileOf(file: string): string {
  return path.join(goldenDir, file === 'index.html' ? 'index.txt' : file.replace(/\/index\.html$|\.html$/, '.txt'));
}

/** Returns a page's text as its golden file holds it. */
export function goldenText(text: PageText): string {
  return `<title> ${text.title}\n<meta description> ${text.description}\n\n${text.visible.replace(/[ \t]+$/gm, '').trim()}\n`;
}

/** Returns every golden file now on disk. */
export function listGoldenFiles(): string[] {
  if (!existsSync(goldenDir)) return [];
  return readdirSync(goldenDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}
