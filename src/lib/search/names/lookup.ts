/**
 * What a name query finds, from the postings of its keys (keys.ts): the names
 * that hold the query, exact ones first, and, when no name is exactly the
 * query, the names it was probably meant to be ("did you mean"): one
 * character off, or the same pinyin. The one order of name rows lives here.
 */
import type { FoldTable } from '../fold.ts';
import type { NameEntry } from './entry.ts';
import { queryKeys, type QueryKeys } from './keys.ts';
import { nameKey, pinyinQueryKey } from './name-key.ts';
import { isOneOff } from './one-off.ts';

/** The entries filed under one key, best first, and how many there were before the index kept only the first few. */
export interface Posting {
  readonly total: number;
  readonly entries: readonly NameEntry[];
}

/** How a name answers a query, best first. */
export const matchKinds = ['exact', 'starts', 'contains', 'pinyin', 'pinyin-start', 'one-off'] as const;
export type MatchKind = (typeof matchKinds)[number];

/** One name row and why it is shown. */
export interface NameMatch {
  readonly entry: NameEntry;
  readonly how: MatchKind;
}

/** What a name query found. */
export interface NameLookup {
  /** Names that hold the query (exact, at the start, anywhere), exact first. */
  readonly matches: readonly NameMatch[];
  /** When no name is exactly the query: names one character off or with the same pinyin, likeliest first. */
  readonly suggestions: readonly NameMatch[];
  /** More names hold the query than the index lists for it: the full-text results have the rest. */
  readonly more: boolean;
}

/** Returns the keys a typed query looks up in the name index, folded with `table`: `first` at once, `last` when those find no exact name. */
export function keysOfQuery(query: string, table: FoldTable): QueryKeys {
  return queryKeys(nameKey(query, table), pinyinQueryKey(query));
}

/**
 * Returns whether a lookup of the `first` keys should go on to the `last`
 * ones: no name is exactly the query, and either nothing was suggested or
 * the first pair's list was cut to the cap (the last pair may hold names it left out).
 */
export function needsLastKeys(lookup: NameLookup, postings: ReadonlyMap<string, Posting>, keys: QueryKeys): boolean {
  if (keys.last.length === 0 || lookup.matches.some((m) => m.how === 'exact')) return false;
  const cut = keys.first.filter((k) => k.startsWith('b')).some((k) => {
    const posting = postings.get(k);
    return posting !== undefined && posting.total > posting.entries.length;
  });
  return lookup.suggestions.length === 0 || cut;
}

/** Returns how `entry` answers the folded query `key`, reached through the keys `via`; undefined when it does not. */
function judge(entry: NameEntry, key: string, via: ReadonlySet<string>, pinyin: string | undefined, table: FoldTable): MatchKind | undefined {
  const keys = [entry.name, ...entry.aliases].map((name) => nameKey(name, table));
  if (key) {
    if (keys.includes(key)) return 'exact';
    if (keys.some((k) => k.startsWith(key))) return 'starts';
    if (keys.some((k) => k.includes(key))) return 'contains';
  }
  if (pinyin !== undefined && via.has(`p${pinyin}`)) return 'pinyin';
  if (pinyin !== undefined && via.has(`q${pinyin}`)) return 'pinyin-start';
  if ([...key].length >= 2 && keys.some((k) => [...k].length >= 2 && isOneOff(key, k))) return 'one-off';
  return undefined;
}

/** Orders name rows: by how they match, then the one in more stories, then the newer, then by name. */
export function compareMatches(a: NameMatch, b: NameMatch): number {
  return (
    matchKinds.indexOf(a.how) - matchKinds.indexOf(b.how) ||
    b.entry.stories - a.entry.stories ||
    (a.entry.latest < b.entry.latest ? 1 : a.entry.latest > b.entry.latest ? -1 : 0) ||
    (a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0) ||
    (a.entry.url < b.entry.url ? -1 : a.entry.url > b.entry.url ? 1 : 0)
  );
}

/** Returns what `query` finds among the postings loaded for its keys (`keysOfQuery`). */
export function matchNames(query: string, table: FoldTable, postings: ReadonlyMap<string, Posting>): NameLookup {
  const key = nameKey(query, table);
  const pinyin = pinyinQueryKey(query);
  const reached = new Map<string, { entry: NameEntry; via: Set<string> }>();
  const { first, last } = queryKeys(key, pinyin);
  for (const lookup of [...first, ...last]) {
    for (const entry of postings.get(lookup)?.entries ?? []) {
      const seen = reached.get(entry.url) ?? { entry, via: new Set<string>() };
      seen.via.add(lookup);
      reached.set(entry.url, seen);
    }
  }
  const found: NameMatch[] = [];
  for (const { entry, via } of reached.values()) {
    const how = judge(entry, key, via, pinyin, table);
    if (how) found.push({ entry, how });
  }
  found.sort(compareMatches);
  const matches = found.filter((m) => m.how === 'exact' || m.how === 'starts' || m.how === 'contains');
  const exact = matches.some((m) => m.how === 'exact');
  const suggestions = exact ? [] : found.filter((m) => !matches.includes(m));
  // A name holding the query is filed under each of its pairs: unless every pair looked up was cut to the cap, all are here.
  const holding = [...first, ...last].filter((k) => (k.startsWith('b') || k.startsWith('u')) && postings.has(k));
  const more =
    holding.length > 0 &&
    holding.every((k) => {
      const posting = postings.get(k);
      return posting !== undefined && posting.total > posting.entries.length;
    });
  return { matches, suggestions, more };
}

/** Name rows shown at most, and "did you mean" names at most: the full-text results follow them. */
export const shownNames = 5;
export const shownSuggestions = 3;

/**
 * Returns what the search page shows of a lookup when results are narrowed
 * to `type` (undefined for all): articles show no names; an entity type
 * shows only its kind; recipients only names that received an award.
 */
export function namesShown(lookup: NameLookup, type: string | undefined): { matches: NameMatch[]; suggestions: NameMatch[] } {
  const keep = (m: NameMatch) => type === undefined || (type === 'recipient' ? m.entry.recipient : m.entry.kind === type);
  return { matches: lookup.matches.filter(keep).slice(0, shownNames), suggestions: lookup.suggestions.filter(keep).slice(0, shownSuggestions) };
}
