/**
 * The search page's state lives in its URL (`?q=钱俊君&type=recipient`), so a
 * search can be bookmarked, shared and reached again with the back button.
 */
import { entityTypeOrder } from '../article/entities.ts';
import { maxQueryLength } from './query.ts';

/** What results can be narrowed to: award recipients, one type of entity, or articles. */
export const searchTypes = ['recipient', ...entityTypeOrder, 'article'] as const;
export type SearchType = (typeof searchTypes)[number];

/** What the search page shows. */
export interface SearchState {
  /** What the reader typed, as typed. */
  readonly query: string;
  /** The type results are narrowed to, or undefined for all results. */
  readonly type: SearchType | undefined;
}

/** Returns the type named in a URL, or undefined for a missing or unknown one. */
export function parseSearchType(value: string | null | undefined): SearchType | undefined {
  return searchTypes.find((type) => type === value);
}

/** Returns the state a search page URL's query string (`?q=…&type=…`) describes. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const query = [...(params.get('q') ?? '')].slice(0, maxQueryLength).join('');
  return { query, type: parseSearchType(params.get('type')) };
}

/** Returns the query string (with `?`, or empty) that describes a state; `readSearchState` reads it back. */
export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.type) params.set('type', state.type);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Returns true when two states show the same results. */
export function sameSearchState(a: SearchState, b: SearchState): boolean {
  return a.query === b.query && a.type === b.type;
}
