import * as OpenCC from 'opencc-js';
import type { OpenccLocale } from '../site/variants.ts';

const converters = new Map<string, (text: string) => string>();

// Pages repeat the same short strings thousands of times (interface words, names,
// sources, positions): OpenCC's phrase matching is the build's costliest step per
// call, so short results are kept. Long texts (article bodies) are converted once
// each and are not worth the memory.
const memoMaxLength = 64;
const memoMaxEntries = 200_000;
const memo = new Map<string, string>();

/**
 * Returns `text` converted from one opencc-js locale to another with
 * phrase-level dictionaries (so 示范→示範 but 范 as a surname stays).
 * Converters are built once per locale pair: building one loads its dictionaries.
 */
export function convertPlainText(text: string, from: OpenccLocale, to: OpenccLocale): string {
  if (from === to || text === '') return text;
  const pair = `${from}>${to}`;
  let convert = converters.get(pair);
  if (!convert) {
    convert = OpenCC.Converter({ from, to });
    converters.set(pair, convert);
  }
  if (text.length > memoMaxLength) return convert(text);
  const key = `${pair}\u0000${text}`;
  let converted = memo.get(key);
  if (converted === undefined) {
    converted = convert(text);
    if (memo.size >= memoMaxEntries) memo.clear();
    memo.set(key, converted);
  }
  return converted;
}
