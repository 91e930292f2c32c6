/**
 * Excerpts and highlights as plain data (text runs, marked or not), so the
 * page builds them with text nodes and a reader's query never becomes markup.
 */
import type { Range } from './match.ts';

/** A run of text, highlighted or not. */
export interface Segment {
  readonly text: string;
  readonly mark: boolean;
}

/** Returns `text` cut into runs, with the given ranges marked. */
export function highlight(text: string, ranges: readonly Range[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    const from = Math.max(start, at);
    const to = Math.min(end, text.length);
    if (to <= from) continue;
    if (from > at) segments.push({ text: text.slice(at, from), mark: false });
    segments.push({ text: text.slice(from, to), mark: true });
    at = to;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}

export interface ExcerptOptions {
  /** Characters shown (UTF-16 units), not counting the ellipses. */
  readonly length?: number;
  /** Characters of context kept before the first highlight. */
  readonly before?: number;
}

const ellipsis = '…';

function isLowSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Returns an excerpt of `text` around the place where most of the ranges fall
 * (the earliest such place on a tie), with those ranges marked and an
 * ellipsis where the text was cut.
 */
export function excerpt(text: string, ranges: readonly Range[], { length = 90, before = 24 }: ExcerptOptions = {}): Segment[] {
  let best = ranges[0];
  let bestCount = 0;
  for (const range of ranges) {
    const count = ranges.filter((r) => r.start >= range.start && r.end <= range.start + length - before).length;
    if (count > bestCount) {
      best = range;
      bestCount = count;
    }
  }
  let start = best ? Math.max(0, best.start - before) : 0;
  let end = Math.min(text.length, start + length);
  if (end === text.length) start = Math.max(0, end - length);
  // Never cut a character outside the Basic Multilingual Plane in half.
  if (start > 0 && isLowSurrogate(text, start)) start -= 1;
  if (end < text.length && isLowSurrogate(text, end)) end += 1;
  const inside = ranges
    .filter((r) => r.end > start && r.start < end)
    .map((r) => ({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start }));
  const segments = highlight(text.slice(start, end), inside);
  if (start > 0) segments.unshift({ text: ellipsis, mark: false });
  if (end < text.length) segments.push({ text: ellipsis, mark: false });
  return segments;
}
