/**
 * Which bundle of its variant's index (bundle.ts) an indexed page goes to:
 * entity pages all go to one bundle, articles to the period of their date.
 */
import { entitiesBundle, periodOf, type Period } from './bundle.ts';
import type { IndexRecord } from './index-record.ts';

/** A bundle of one variant's index: a period, or the entity pages. */
export type BundleName = Period | typeof entitiesBundle;

/**
 * Returns the bundle of a page: `entities` for an entity page, else the
 * period of the article's `data-pagefind-sort="date:…"`, the date results are
 * ordered by. Throws, naming the page, for an article without one: every
 * article page shows its date, so a missing one is a broken page, and filing
 * it under no period would hide it from every search.
 */
export function bundleOfPage({ url, record, page }: Pick<IndexRecord, 'url' | 'record' | 'page'>): BundleName {
  if (record.kind === 'entity') return entitiesBundle;
  const date = page.sorts['date']?.[0];
  const period = date === undefined ? undefined : periodOf(date);
  if (period === undefined) {
    throw new Error(
      `${url}: the article has ${date === undefined ? 'no data-pagefind-sort="date:…"' : `data-pagefind-sort="date:${date}", which is not a date`}, ` +
        'so it belongs to no period of the search index. Give the element showing its date data-pagefind-sort="date:YYYY-MM-DD" (src/pages/[variant]/articles/[slug].astro does).',
    );
  }
  return period;
}

/** Returns the period bundles among `bundles`, newest first. */
export function periodsNewestFirst(bundles: Iterable<BundleName>): Period[] {
  return [...bundles].filter((bundle) => bundle !== entitiesBundle).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
}
