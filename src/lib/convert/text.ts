import type { OpenccLocale } from '../site/variants.ts';
import { chainFor, convertWithinWords } from './word-bounded.ts';

// Pages repeat the same short strings thousands of times (interface words, names,
// sources, positions): OpenCC's phrase matching is the build's costliest step per
// call, so short results are kept. Long texts (article bodies) are converted once
// each and are not worth the memory.
const memoMaxLength = 64;
const memoMaxEntries = 200_000;
const memo = new Map<string, string>();

/**
 * Returns `text` converted from one opencc-js locale to another with OpenCC's
 * phrase-level dictionaries (so 示范→示範 but 范 as a surname stays), no
 * phrase crossing a word boundary (被发明→被發明, not 被髮明).
 */
export function convertPlainText(text: string, from: OpenccLocale, to: OpenccLocale): string {
  if (from === to || text === '') return text;
  const pair = `${from}>${to}`;
  const chain = chainFor(from, to);
  const convert = (input: string) => convertWithinWords(input, chain);
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
