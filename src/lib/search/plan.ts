/**
 * What one search asks the engine: the folded terms a result must hold, the
 * Pagefind queries (or none, for a listing by type), the type filter, and
 * the order results come in, and which kinds of page it can find (which
 * decides the index bundles it loads, bundle.ts).
 */
import { resultOrder } from './bundle.ts';
import type { FoldTable } from './fold.ts';
import { pagefindQueries, searchTerms, type PagefindQueries } from './query.ts';
import type { SearchState, SearchType } from './url-state.ts';

/** Which kinds of page a search can find: articles live in the period bundles, entity pages in the entities bundle. */
export interface PageKinds {
  readonly articles: boolean;
  readonly entities: boolean;
}

/** Returns the kinds of page a type narrows to: articles for `article`, entity pages for every other type, both for none. */
export function pageKindsOf(type: SearchType | undefined): PageKinds {
  return { articles: type === undefined || type === 'article', entities: type !== 'article' };
}

/** A search to run, or `idle` when there is nothing to search for. */
export type SearchPlan =
  | { readonly kind: 'idle' }
  | {
      readonly kind: 'search';
      /** Folded terms every result must hold; empty for a listing by type. */
      readonly terms: readonly string[];
      /** The Pagefind queries (see query.ts), or null to list every page of the type. */
      readonly queries: PagefindQueries | null;
      readonly filters: Readonly<Record<string, string>>;
      readonly sort: Readonly<Record<string, 'desc'>>;
      readonly kinds: PageKinds;
    };

/** Returns what a search page state asks the engine. */
export function planSearch(state: SearchState, table: FoldTable): SearchPlan {
  if (!state.query.trim() && !state.type) return { kind: 'idle' };
  const terms = searchTerms(state.query, table);
  const filters = state.type ? { type: state.type } : {};
  const sort = { [resultOrder]: 'desc' as const };
  const kinds = pageKindsOf(state.type);
  if (terms.length === 0) {
    // Only punctuation or symbols typed: with a type, list it; without, nothing can match.
    return { kind: 'search', terms, queries: state.type ? null : { all: '' }, filters, sort, kinds };
  }
  return { kind: 'search', terms, queries: pagefindQueries(terms) ?? { all: '' }, filters, sort, kinds };
}
