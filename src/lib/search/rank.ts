/**
 * The one order of all results, decided before any record is downloaded,
 * over the whole list (never a page of results at a time): period by
 * period, newest first (one Pagefind bundle per period, bundle.ts), and
 * within a period:
 *
 * 1. the entity page whose name or alias is exactly the query (钱俊君 → 钱俊君's page);
 * 2. the stories about the query: it is in the title, the lead or one of
 *    the story's entities (its names and aliases);
 * 3. the stories that only mention it;
 * 4. the entity pages that hold it;
 *
 * within each, the index's order (newest first). The engine finds tiers 1
 * and 2 with a query of its own on marked words (query.ts: `nameMark`,
 * `aboutMark`), and tiers 3 and 4 with one query for every page holding the
 * terms, whose order within a bundle puts stories before entity pages
 * (index-record.ts, `resultOrderOf`). Pagefind's merged search sorts the
 * results of all bundles by score, and with a sort a score is only a
 * position in one bundle's page list, so the bundle a result came from
 * (`bundleOfResult`) puts it back in its place here.
 *
 * An entity page is filed under the period of its newest story, so an
 * exact name comes first in that period, not first of all: the name index
 * (src/lib/search/names/) shows the entity named exactly above every result,
 * from whatever year.
 *
 * Why periods come first: each period is a download, made only when the
 * reader pages past the periods already searched. An order that a later
 * period could reorder would move results the reader has already seen;
 * period by period, an older period's results always go after everything
 * shown, so they are appended.
 *
 * Why the index and not the records: ranking by a record's text means
 * downloading it first, which is what made the order a page of ten at a time.
 */
import { bundleOfResult, type Period } from './bundle.ts';

/** The candidates of one search, as the engine's three queries found them, each list in the index's order within a bundle. */
export interface TieredCandidates<T> {
  /** Entity pages named exactly by the query. */
  readonly exact: readonly T[];
  /** Stories about the query. */
  readonly about: readonly T[];
  /** Every candidate: stories and entity pages. */
  readonly all: readonly T[];
}

/**
 * Returns every candidate of the periods `periods` (newest first, as
 * search.json lists them) once, in reading order. A candidate of a bundle
 * not named here (a period not searched yet) is left out: it is ranked when
 * its period is searched, after everything ranked now.
 */
export function rankCandidates<T extends { readonly id: string }>(tiers: TieredCandidates<T>, periods: readonly Period[]): T[] {
  const seen = new Set<string>();
  const take = (candidates: readonly T[], period: Period): T[] =>
    candidates.filter((candidate) => {
      if (seen.has(candidate.id) || bundleOfResult(candidate.id) !== period) return false;
      seen.add(candidate.id);
      return true;
    });
  return periods.flatMap((period) => [...take(tiers.exact, period), ...take(tiers.about, period), ...take(tiers.all, period)]);
}
