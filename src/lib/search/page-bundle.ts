/**
 * Which bundle of its variant's index (bundle.ts) each indexed page goes
 * to: the period (periods.ts) of its `data-pagefind-sort="date:…"`, the date
 * results are ordered by: an article's own, an entity page's newest story.
 */
import type { Period } from './bundle.ts';
import type { IndexRecord } from './index-record.ts';
import { pagesPerBundle, periodsFor, periodUnder } from './periods.ts';

/** Returns the date a page is filed under, or throws, naming the page and what to add. */
function dateOf({ url, record, page }: Pick<IndexRecord, 'url' | 'record' | 'page'>): string {
  const date = page.sorts['date']?.[0];
  const where =
    record.kind === 'article'
      ? 'Give the element showing its date data-pagefind-sort="date:YYYY-MM-DD" (src/pages/[variant]/articles/[slug].astro does).'
      : 'Give its data-pagefind-body element data-pagefind-sort="date:YYYY-MM-DD", its newest story\'s date (src/pages/[variant]/entities/[id]/[...page].astro does).';
  if (date !== undefined && isDate(date)) return date;
  throw new Error(
    `${url}: the ${record.kind === 'article' ? 'article' : 'entity page'} has ${date === undefined ? 'no data-pagefind-sort="date:…"' : `data-pagefind-sort="date:${date}", which is not a date`}, ` +
      `so it belongs to no period of the search index. ${where}`,
  );
}

/** Returns true when periods.ts can file `date` under a period. */
function isDate(date: string): boolean {
  try {
    periodUnder(date, 'month');
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns the period of every page of one variant's index, by URL. The
 * periods are sized by what they hold (periods.ts), over every indexed page
 * of the variant, articles and entity pages alike. Throws, naming the page,
 * for a page without a date: filing it under no period would hide it from
 * every search.
 */
export function periodsOfPages(pages: readonly Pick<IndexRecord, 'url' | 'record' | 'page'>[], limit = pagesPerBundle): Map<string, Period> {
  const dates = new Map(pages.map((page) => [page.url, dateOf(page)]));
  const periodOf = periodsFor([...dates.values()], limit);
  return new Map([...dates].map(([url, date]) => [url, periodOf(date)]));
}

/** Returns `periods` newest first. */
export function periodsNewestFirst(periods: Iterable<Period>): Period[] {
  return [...periods].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
}
