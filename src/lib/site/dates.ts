import type { Variant } from './variants.ts';

// Building an Intl.DateTimeFormat costs far more than formatting with one, and
// listings format thousands of dates per page: one formatter per language.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Returns a date written the way readers of a variant write it: 2023年2月24日. */
export function formatDate(date: Date, variant: Variant): string {
  let formatter = formatters.get(variant.lang);
  if (!formatter) {
    // Dates in frontmatter are calendar days; UTC keeps them from shifting by a time zone.
    formatter = new Intl.DateTimeFormat(variant.lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    formatters.set(variant.lang, formatter);
  }
  return formatter.format(date);
}

/** Returns a date as YYYY-MM-DD for `datetime` attributes and JSON-LD. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Returns true when year, month (1–12) and day name a day that exists: 2024-02-29 does, 2023-02-29 does not. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Returns true when `value` is a real calendar date written as YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = isoDatePattern.exec(value);
  return match !== null && isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Returns a month (`2023-02`) written the way readers of a variant write it: 2023年2月. */
export function formatMonth(month: string, variant: Variant): string {
  return new Intl.DateTimeFormat(variant.lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** Returns a year written the way readers of a variant write it: 2023年. */
export function formatYear(year: string, variant: Variant): string {
  return new Intl.DateTimeFormat(variant.lang, { year: 'numeric', timeZone: 'UTC' }).format(new Date(`${year}-07-01T00:00:00Z`));
}
