/**
 * The build-time side of script folding: one character table composed from
 * OpenCC's own dictionaries, and the cut-down copy the browser gets.
 *
 * Only one-code-point-to-one-code-point entries exist in these dictionaries,
 * which is what keeps folded text aligned with the text a reader sees.
 */
import hkVariantsReverse from 'opencc-js/dict/HKVariantsRev';
import traditionalToSimplified from 'opencc-js/dict/TSCharacters';
import twVariantsReverse from 'opencc-js/dict/TWVariantsRev';
import { foldCodePoint, type FoldTable } from './fold.ts';

function parseDictionary(dictionary: string, name: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of dictionary.split('|')) {
    const [from, to] = entry.split(' ');
    if (from === undefined || to === undefined) continue;
    if ([...from].length !== 1 || [...to].length !== 1) {
      throw new Error(`opencc-js dictionary ${name} has an entry "${entry}" that is not one character to one character; script folding needs 1:1 entries.`);
    }
    map.set(from, to);
  }
  return map;
}

let full: FoldTable | undefined;

/**
 * Returns the full fold table: every code point OpenCC knows as Traditional or
 * as a Taiwan/Hong Kong variant, mapped to the Simplified code point it folds
 * to (裡→里, 著→着, 說→说). Applying it twice changes nothing.
 */
export function fullFoldTable(): FoldTable {
  if (full) return full;
  const ts = parseDictionary(traditionalToSimplified, 'TSCharacters');
  const variants = [parseDictionary(twVariantsReverse, 'TWVariantsRev'), parseDictionary(hkVariantsReverse, 'HKVariantsRev')];
  const step = (c: string): string => {
    const standard = variants.map((v) => v.get(c)).find((v) => v !== undefined) ?? c;
    return ts.get(standard) ?? standard;
  };
  const keys = new Set<string>([...ts.keys(), ...variants.flatMap((v) => [...v.keys()])]);
  const table = new Map<string, string>();
  for (const key of keys) {
    let target = key;
    // Follow chains (a variant of a Traditional form) to their end; the bound guards against cycles.
    for (let hop = 0; hop < 4; hop += 1) {
      const next = step(target);
      if (next === target) break;
      target = next;
    }
    if (target !== key) table.set(key, target);
  }
  full = table;
  return table;
}

/**
 * Returns the part of `table` a site whose indexed text is `texts` needs: the
 * entries whose folded character occurs in that text. A query character
 * outside it cannot match anything, folded or not, so the browser never needs
 * its entry; this keeps the shipped table to a few hundred characters instead
 * of the full ~3,600.
 */
export function foldTableFor(texts: Iterable<string>, table: FoldTable = fullFoldTable()): FoldTable {
  // Fold each distinct character once, not every character of every page.
  const points = new Set<string>();
  for (const text of texts) for (const point of text) points.add(point);
  const used = new Set<string>();
  for (const point of points) for (const folded of foldCodePoint(point, table)) used.add(folded);
  const subset = new Map<string, string>();
  for (const [from, to] of table) if (used.has(to)) subset.set(from, to);
  return subset;
}
