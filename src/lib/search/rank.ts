/**
 * The one order of all results, decided before any record is downloaded,
 * over the whole list (never a page of results at a time):
 *
 * 1. the entity whose name or alias is exactly the query (钱俊君 → 钱俊君's page);
 * 2. stories about the query: it is in the title, the lead or one of the
 *    story's entities (its names and aliases);
 * 3. stories that only mention it;
 * 4. listing pages (entity pages) that hold it;
 *
 * newest first within each. The engine finds each tier with a query of its
 * own on marked words (query.ts: `aboutMark`, `nameMark`), each sorted by the
 * index's order key (articles before entity pages, then newest first, see
 * index-record.ts), so tiers 3 and 4 come out of the last list as they are.
 * Why the index and not the records: ranking by a record's text means
 * downloading it first, which is what made the order a page of ten at a time.
 */

/** The candidates of one search, as the engine's three queries found them, each list in the index's order. */
export interface TieredCandidates<T> {
  /** Entity pages named exactly by the query. */
  readonly exact: readonly T[];
  /** Stories about the query. */
  readonly about: readonly T[];
  /** Every candidate: stories, then entity pages, newest first. */
  readonly all: readonly T[];
}

/** Returns every candidate once, in reading order: exact names, stories about the query, then the rest as the index ordered them. */
export function orderCandidates<T extends { readonly id: string }>(tiers: TieredCandidates<T>): T[] {
  const seen = new Set<string>();
  const ordered: T[] = [];
  for (const candidate of [...tiers.exact, ...tiers.about, ...tiers.all]) {
    if (seen.has(candidate.id)) continue;
    seen.add(candidate.id);
    ordered.push(candidate);
  }
  return ordered;
}
