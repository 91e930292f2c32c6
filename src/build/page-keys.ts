import { readFileSync } from 'node:fs';
import { glossaryFile } from './content-files.ts';
import { keyOf, siteWideInputsOf, type KeyedArticle } from './page-key.ts';
import { siteIndex } from './site-index.ts';

/** The pages' keys for Astro's incremental build, from this build's collection (the rule: page-key.ts). */

let siteWide: Promise<string> | undefined;

/** Returns what every page shows from outside its own articles, computed once per build. */
function siteWideInputs(): Promise<string> {
  siteWide ??= (async () => {
    const { articles } = await siteIndex();
    return siteWideInputsOf(readFileSync(glossaryFile, 'utf8'), articles[0]?.data.date.getUTCFullYear());
  })();
  return siteWide;
}

/**
 * Returns the key of a page of `kind` made from `articles` (every article whose
 * words, dates or photos it shows, or whose count changes its pagination).
 */
export async function pageKey(kind: string, articles: readonly KeyedArticle[]): Promise<string> {
  return keyOf(kind, await siteWideInputs(), articles);
}
