/**
 * The precision filter and the highlights: where a query's terms occur in a
 * page's text, found in folded text and reported in the text the reader sees.
 */
import type { FoldedText } from './fold.ts';

/** A half-open range of UTF-16 offsets in the original text. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** Returns true when every term occurs in the folded key: the test a result must pass to be shown at all. */
export function containsAll(key: string, terms: readonly string[]): boolean {
  return terms.length > 0 && terms.every((term) => key.includes(term));
}

/** Returns how often the terms occur in the folded key, all terms together. */
export function occurrences(key: string, terms: readonly string[]): number {
  let count = 0;
  for (const term of terms) {
    if (!term) continue;
    for (let at = key.indexOf(term); at !== -1; at = key.indexOf(term, at + term.length)) count += 1;
  }
  return count;
}

/** Returns every occurrence of the terms as ranges of the original text, sorted, with overlaps merged. */
export function matchRanges(folded: FoldedText, terms: readonly string[]): Range[] {
  const found: Range[] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.key.indexOf(term); at !== -1; at = folded.key.indexOf(term, at + term.length)) {
      found.push({ start: folded.origin[at] ?? 0, end: folded.origin[at + term.length] ?? 0 });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    else merged.push(range);
  }
  return merged;
}
