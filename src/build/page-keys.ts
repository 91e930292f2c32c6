import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { glossaryFile } from './content-files.ts';
import { siteIndex } from './site-index.ts';

/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page
 * whose key and code are unchanged since the last build is copied from it, not
 * rendered again, so publishing one story renders only the pages that story
 * touches. A key must therefore name every input of the page: the articles it
 * shows (each by the digest the loader gave it: its file, its photos' bytes and
 * the body renderer's version), and what every page shows from outside its own
 * articles (the glossary's conversions, the copyright's latest year). The code
 * of the page and of everything it imports is Astro's to track; the config and
 * the lockfile too.
 */

/** An article entry as the collection gives it: the loader sets the digest. */
export interface KeyedArticle {
  readonly id: string;
  readonly digest?: string | number | undefined;
}

let siteWide: Promise<string> | undefined;

/** Returns what every page shows from outside its own articles, computed once per build. */
function siteWideInputs(): Promise<string> {
  siteWide ??= (async () => {
    const { articles } = await siteIndex();
    const latestYear = articles[0]?.data.date.getUTCFullYear() ?? '';
    return `${digest(readFileSync(glossaryFile, 'utf8'))}\n${latestYear}`;
  })();
  return siteWide;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Returns the key of a page of `kind` made from `articles` (every article whose
 * words, dates or photos it shows, or whose count changes its pagination).
 */
export async function pageKey(kind: string, articles: readonly KeyedArticle[]): Promise<string> {
  const parts = articles.map((article) => {
    if (article.digest === undefined) throw new Error(`The article ${article.id} has no digest: src/build/article-loader.ts sets one on every entry.`);
    return `${article.id}@${article.digest}`;
  });
  return digest([kind, await siteWideInputs(), ...parts].join('\n'));
}
