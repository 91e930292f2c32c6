/**
 * Which period bundle each indexed page goes to (an article by its date, an
 * entity page by its newest story's, page-bundle.ts). A bundle's page list is loaded
 * whole on a reader's first search and its chunks hold the postings of all
 * its pages, so what the first search costs follows the size of the newest
 * bundle, not of the archive: a period is therefore a year, or a year's
 * quarters, its months, or the thirds of its months (上旬, 中旬, 下旬: days
 * 1–10, 11–20, 21 to the end), whichever is the coarsest whose every bundle
 * holds at most `pagesPerBundle` pages (thirds in any case: they are not
 * split further, so a bundle's name can always be read off its pages' dates).
 *
 * The split is decided per year, from that year's pages alone, so
 * publishing a story can re-split only its own year (once, as the year
 * fills up) and the years its entities' pages leave for it; every other
 * year keeps its bundles, byte for byte.
 */
import type { Period } from './bundle.ts';

/** The most pages a bundle holds before its year is split finer (measured in the bench: README, "First search"). */
export const pagesPerBundle = 250;

/** How finely a year is split: one bundle, four, twelve or thirty-six. */
export type Split = 'year' | 'quarter' | 'month' | 'third';

function yearAndMonth(date: string): { year: string; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (!match || month < 1 || month > 12 || day < 1 || day > 31) throw new Error(`"${date}" is not a date (YYYY-MM-DD): every indexed page needs one to be filed under a period.`);
  return { year: match[1]!, month, day };
}

/** Returns the period of a date under `split`: `2023`, `2023q1`, `2023m02`, `2023m02c` (Pagefind reads each as a BCP 47 variant subtag after `und-`, which allows at most 8 characters). */
export function periodUnder(date: string, split: Split): Period {
  const { year, month, day } = yearAndMonth(date);
  if (split === 'year') return year;
  if (split === 'quarter') return `${year}q${Math.ceil(month / 3)}`;
  const monthly = `${year}m${String(month).padStart(2, '0')}`;
  if (split === 'month') return monthly;
  return `${monthly}${day <= 10 ? 'a' : day <= 20 ? 'b' : 'c'}`;
}

/** Returns how a year whose pages are dated `dates` is split: the coarsest split whose every bundle holds at most `limit` pages. */
export function splitOfYear(dates: readonly string[], limit = pagesPerBundle): Split {
  for (const split of ['year', 'quarter', 'month'] as const) {
    const counts = new Map<string, number>();
    for (const date of dates) {
      const period = periodUnder(date, split);
      counts.set(period, (counts.get(period) ?? 0) + 1);
    }
    if (Math.max(0, ...counts.values()) <= limit) return split;
  }
  return 'third';
}

/**
 * Returns a function that gives the period of a page dated `date`, for an
 * archive whose indexed pages are dated `dates` (every page of the variant,
 * each once). Throws, naming it, on a date that is not one.
 */
export function periodsFor(dates: readonly string[], limit = pagesPerBundle): (date: string) => Period {
  const byYear = new Map<string, string[]>();
  for (const date of dates) {
    const { year } = yearAndMonth(date);
    const own = byYear.get(year);
    if (own) own.push(date);
    else byYear.set(year, [date]);
  }
  const splits = new Map([...byYear].map(([year, own]) => [year, splitOfYear(own, limit)]));
  return (date) => periodUnder(date, splits.get(yearAndMonth(date).year) ?? 'year');
}

/**
 * Returns when a period starts, as a reader reads it in either script:
 * `2023 年`, or `2023 年 4 月` for a quarter (its first month) or a month.
 * The status line says results were searched "since" the oldest period
 * searched, so its start is what is true of a quarter too.
 */
export function periodStartLabel(period: Period): string {
  const match = /^(\d{4})(?:q([1-4])|m(\d{2})([abc])?)?$/.exec(period);
  if (!match) return period;
  const [, year, quarter, month, third] = match;
  if (quarter) return `${year} 年 ${Number(quarter) * 3 - 2} 月`;
  if (month && third && third !== 'a') return `${year} 年 ${Number(month)} 月 ${third === 'b' ? 11 : 21} 日`;
  if (month) return `${year} 年 ${Number(month)} 月`;
  return `${year} 年`;
}
