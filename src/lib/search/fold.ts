/**
 * Script folding: the one normalisation that makes 湘潭高新區 and 湘潭高新区 the
 * same text. It works one code point at a time, so every position in folded
 * text points back at one position in the text the reader sees, and a match
 * found in folded text is highlighted in the reader's own script.
 *
 * This file runs in the browser: it knows nothing of OpenCC. The table comes
 * from the build (see fold-table.ts), cut down to the characters the site uses.
 */

/** Traditional (and regional variant) code points → the Simplified code point they fold to. */
export type FoldTable = ReadonlyMap<string, string>;

/** Returns the table encoded by `foldTableString` (code point pairs: from, to, from, to…). */
export function parseFoldTable(pairs: string): FoldTable {
  const points = [...pairs];
  const table = new Map<string, string>();
  for (let i = 0; i + 1 < points.length; i += 2) {
    const from = points[i];
    const to = points[i + 1];
    if (from !== undefined && to !== undefined) table.set(from, to);
  }
  return table;
}

/** Returns the encoding of a table that `parseFoldTable` reads back. */
export function foldTableString(table: FoldTable): string {
  let out = '';
  for (const [from, to] of [...table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out += from + to;
  return out;
}

const wordChar = /^[\p{L}\p{N}\p{M}]$/u;

/**
 * Returns the folded form of one code point: its Simplified form, full-width
 * Latin letters and digits as ASCII, lower case; or a space for anything that
 * is not part of a word (punctuation, symbols, emoji, lone surrogates).
 */
export function foldCodePoint(point: string, table: FoldTable): string {
  if (!wordChar.test(point)) return ' ';
  const mapped = table.get(point);
  if (mapped !== undefined) return mapped;
  const code = point.codePointAt(0) ?? 0;
  // Full-width ASCII (Ａ１) is what Chinese input methods type for Latin letters.
  const ascii = code >= 0xff01 && code <= 0xff5e ? String.fromCodePoint(code - 0xfee0) : point;
  const lower = ascii.toLowerCase();
  // Lower-casing a few letters (İ) yields two code points: keep them as typed.
  return [...lower].length === 1 ? lower : ascii;
}

/** Text folded for matching, with the way back to the text it came from. */
export interface FoldedText {
  /** The folded text: one folded code point per original code point, spaces between words. */
  readonly key: string;
  /** For each UTF-16 unit of `key` (and one past its end), the offset in the original text. */
  readonly origin: Int32Array;
}

/** Returns `text` folded for matching, keeping the offset of every character in the original. */
export function foldText(text: string, table: FoldTable): FoldedText {
  let key = '';
  const origin: number[] = [];
  let offset = 0;
  for (const point of text) {
    const folded = foldCodePoint(point, table);
    for (let unit = 0; unit < folded.length; unit += 1) origin.push(offset);
    key += folded;
    offset += point.length;
  }
  origin.push(offset);
  return { key, origin: Int32Array.from(origin) };
}

/** Returns `text` folded for matching, without the way back. */
export function foldKey(text: string, table: FoldTable): string {
  let key = '';
  for (const point of text) key += foldCodePoint(point, table);
  return key;
}
