import { createHash } from 'node:crypto';

/**
 * The key of a page for Astro's incremental build (`experimental.incrementalBuild`):
 * a page whose key and code are unchanged since the last build is copied from
 * it, not rendered again, so publishing one story renders only the pages that
 * story touches. A key must therefore name every input of the page: the
 * articles it shows (each by the digest the loader gave it: its file, its
 * photos' bytes and the body renderer's version), and what every page shows
 * from outside its own articles (`siteWideInputsOf`). The code of the page
 * and of everything it imports is Astro's to track; the config and the
 * lockfile too. Pure, so the rule is tested without a build; page-keys.ts
 * feeds it the build's collection.
 */

/** An article entry as the collection gives it: the loader sets the digest. */
export interface KeyedArticle {
  readonly id: string;
  readonly digest?: string | number | undefined;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Returns what every page shows from outside its own articles: the glossary's
 * conversions (any text on any page may go through them) and the year of the
 * newest story (the copyright line in every footer).
 */
export function siteWideInputsOf(glossaryText: string, newestYear: number | undefined): string {
  return `${digest(glossaryText)}\n${newestYear ?? ''}`;
}

/**
 * Returns the key of a page of `kind` made from `articles` (every article
 * whose words, dates or photos it shows, or whose count changes its
 * pagination), in the order the page shows them. Throws for an article
 * without a digest: a key that cannot see an article's change would serve
 * its old page.
 */
export function keyOf(kind: string, siteWide: string, articles: readonly KeyedArticle[]): string {
  const parts = articles.map((article) => {
    if (article.digest === undefined) throw new Error(`The article ${article.id} has no digest: src/build/article-loader.ts sets one on every entry.`);
    return `${article.id}@${article.digest}`;
  });
  return digest([kind, siteWide, ...parts].join('\n'));
}
