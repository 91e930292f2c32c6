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
