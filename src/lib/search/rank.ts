/**
 * The one order of all results, decided before any record is downloaded,
 * over the whole list (never a page of results at a time):
 *
 * 1. the entity whose name or alias is exactly the query (钱俊君 → 钱俊君's page);
 * 2. period by period, newest first (one Pagefind bundle per year, bundle.ts):
 *    a. the period's stories about the query: it is in the title, the lead
 *       or one of the story's entities (its names and aliases);
 *    b. the period's stories that only mention it;
 * 3. entity pages that hold it;
 *
 * within each, the index's order (newest first). The engine finds each tier
 * with a query of its own on marked words (query.ts: `aboutMark`,
 * `nameMark`), each sorted by the index's order key within a bundle
 * (index-record.ts). Pagefind's merged search sorts the results of all
 * bundles by score, and with a sort a score is only a position in one
 * bundle's page list, so the bundle a result came from (`bundleOfResult`)
 * puts it back in its place here.
 *
 * Why periods come before the about/mention split: each period is a
 * download, made only when the reader pages past the periods already
 * searched. Were all stories about the query first, a story about it found
 * in an older period would belong above the mentions already shown; an
 * order that a later period could reorder would move results the reader has
 * already seen. Period by period, an older period's stories always go after
 * everything shown, so they are appended. Entity pages wait for the last
 * period for the same reason: what follows them must never be inserted above.
 *
 * Why the index and not the records: ranking by a record's text means
 * downloading it first, which is what made the order a page of ten at a time.
 */
import { bundleOfResult, entitiesBundle, type Period } from './bundle.ts';

/** The candidates of one search, as the engine's three queries found them, each list in the index's order within a bundle. */
export interface TieredCandidates<T> {
  /** Entity pages named exactly by the query. */
  readonly exact: readonly T[];
  /** Stories about the query. */
  readonly about: readonly T[];
  /** Every candidate: stories and entity pages. */
  readonly all: readonly T[];
}

/** The candidates of the bundles searched so far, in their one order, cut where the stories of a period searched later go. */
export interface RankedCandidates<T> {
  /** The entity named exactly, then each period's stories (about, then mentions), periods newest first. */
  readonly first: readonly T[];
  /** Entity pages that hold the query: shown only after the stories of every period. */
  readonly last: readonly T[];
}

/**
 * Returns every candidate once, in reading order, for the periods `periods`
 * (newest first, as periods.json lists them) and the entities bundle. A
 * candidate of a bundle not named here (a period not searched by this
 * search) is left out: it belongs to another search's list.
 */
export function rankCandidates<T extends { readonly id: string }>(tiers: TieredCandidates<T>, periods: readonly Period[]): RankedCandidates<T> {
  const seen = new Set<string>();
  const take = (candidates: readonly T[], bundle?: string): T[] =>
    candidates.filter((candidate) => {
      if (seen.has(candidate.id) || (bundle !== undefined && bundleOfResult(candidate.id) !== bundle)) return false;
      seen.add(candidate.id);
      return true;
    });
  const first = take(tiers.exact, entitiesBundle);
  for (const period of periods) first.push(...take(tiers.about, period), ...take(tiers.all, period));
  return { first, last: take(tiers.all, entitiesBundle) };
}
