/**
 * The forms a name is matched in. A name's key is its folded text (fold.ts:
 * Traditional and Simplified alike) with everything that is not a letter or
 * digit dropped, so 示範站（點） and 示范站点 are one key. A pinyin key is
 * toneless, lower-case letters with nothing between the syllables, so
 * "Qián Jùnjūn", "qian junjun" and "QianJunjun" are all qianjunjun; ü is v,
 * as pinyin keyboards type it.
 */
import { foldKey, type FoldTable } from '../fold.ts';

/** Names longer than this many characters give keys only from their start: a pasted paragraph must not bloat the index. */
export const maxKeyedLength = 64;

/** Returns the key a name or a typed query is matched by. */
export function nameKey(text: string, table: FoldTable): string {
  return [...foldKey(text, table).replace(/\s+/g, '')].slice(0, maxKeyedLength).join('');
}

const letters = /^[a-z]+$/;

/**
 * Returns the pinyin key of a typed query (qiánjùnjūn, "qian jun jun",
 * qian2jun4jun1, Lü/lv), or undefined when the query is not Latin letters:
 * Han characters are matched by `nameKey`.
 */
export function pinyinQueryKey(query: string): string | undefined {
  const plain = query
    .normalize('NFD')
    .toLowerCase()
    // ü as typed (u + diaeresis, with or without a tone mark) or as u: is v, the keyboard's letter for it.
    .replace(/u\u0308/g, 'v')
    .replace(/u:/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s'’·\-0-9]+/g, '');
  return plain.length >= 2 && letters.test(plain) ? plain : undefined;
}

/**
 * Returns the pinyin keys a name is found by, from its syllables (toneless,
 * ü as v, as the build's pinyin library gives them): the whole name, and each
 * run of its first two to four syllables (qianjun finds 钱俊君 as it is typed).
 * A name with ü is also found with u (lu for 吕), which many readers type.
 */
export function pinyinKeysOf(syllables: readonly string[]): { whole: string[]; starts: string[] } {
  const clean = syllables.map((s) => s.toLowerCase().replace(/ü/g, 'v')).filter((s) => letters.test(s));
  if (clean.length === 0 || clean.length !== syllables.length) return { whole: [], starts: [] };
  const spellings = (parts: readonly string[]) => [...new Set([parts.join(''), parts.join('').replace(/v/g, 'u')])];
  const starts: string[] = [];
  // A reader types a name's first syllables, rarely more than four.
  for (let end = 2; end < Math.min(clean.length, 5); end += 1) starts.push(...spellings(clean.slice(0, end)));
  return { whole: spellings(clean), starts };
}
