/**
 * What one search asks the engine: the folded terms a result must hold, the
 * Pagefind queries (or none, for a listing by type), the type filter, and
 * the order results come in.
 */
import { resultOrder } from './bundle.ts';
import type { FoldTable } from './fold.ts';
import { pagefindQueries, searchTerms, type PagefindQueries } from './query.ts';
import type { SearchState } from './url-state.ts';

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
    };

/** Returns what a search page state asks the engine. */
export function planSearch(state: SearchState, table: FoldTable): SearchPlan {
  if (!state.query.trim() && !state.type) return { kind: 'idle' };
  const terms = searchTerms(state.query, table);
  const filters = state.type ? { type: state.type } : {};
  const sort = { [resultOrder]: 'desc' as const };
  if (terms.length === 0) {
    // Only punctuation or symbols typed: with a type, list it; without, nothing can match.
    return { kind: 'search', terms, queries: state.type ? null : { all: '' }, filters, sort };
  }
  return { kind: 'search', terms, queries: pagefindQueries(terms) ?? { all: '' }, filters, sort };
}
