/**
 * How the search page's URL and title follow a search: the URL holds the
 * state (see url-state.ts), the title names the query, and the script switch
 * opens the same search in the other script.
 */
import { searchStateQuery, type SearchState } from './url-state.ts';

/** Returns the URL (path and query string) of a search page showing `state`. */
export function searchUrl(pathname: string, state: SearchState): string {
  return `${pathname}${searchStateQuery(state)}`;
}

/** Returns the document title for a query: the query first, so tabs and history tell searches apart. */
export function searchTitle(query: string, baseTitle: string): string {
  return query ? `${query} | ${baseTitle}` : baseTitle;
}

/** Returns `href` with its query string replaced by `search` (the switch link of a search page carries the search along). */
export function withSearch(href: string, search: string): string {
  const target = new URL(href);
  target.search = search;
  return target.href;
}

/**
 * Returns how a new state reaches the history: typing replaces the entry
 * (after a pause, so history holds searches, not keystrokes), a submitted
 * form or a chosen type adds one, and an unchanged URL does nothing.
 */
export function historyStep(current: string, next: string, cause: 'typing' | 'submit' | 'type'): 'push' | 'replace' | 'none' {
  if (current === next) return 'none';
  return cause === 'typing' ? 'replace' : 'push';
}
