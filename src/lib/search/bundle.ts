/**
 * Where the search index lives in the built site, shared by the integration
 * that writes it and the search page that reads it.
 *
 * Each variant has its own Pagefind bundle: a reader of one script never
 * downloads the postings and excerpts of the other, which halves what the
 * first search costs. Both hold the same folded words, so a query in either
 * script finds the same pages in each.
 */
import type { Variant } from '../site/variants.ts';

/** The folder of the built site that holds the Pagefind bundles. */
export const pagefindDirectory = 'pagefind';

/** Returns the site path of a variant's Pagefind bundle (`/pagefind/zh-hant/`). */
export function pagefindBase(variant: Pick<Variant, 'path'>): string {
  return `/${pagefindDirectory}/${variant.path}/`;
}

/** The file, next to Pagefind's, holding the fold table (a JSON string of code point pairs). */
export const foldTableFile = 'fold-table.json';

/** The one language every record is indexed under (see integrations/pagefind.ts). */
export const searchLanguage = 'zh';
