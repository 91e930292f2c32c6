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

/**
 * The one language every record is indexed under (see integrations/pagefind.ts):
 * "undetermined", because for zh Pagefind runs its own word segmenter over the
 * content and would cut our character pairs (范企 → 范/企) apart again.
 */
export const searchLanguage = 'und';

/** The Pagefind sort key results come in: entity pages first, then newest first (see index-record.ts). */
export const resultOrder = 'order';
