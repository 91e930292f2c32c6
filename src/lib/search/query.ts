/**
 * What a query is: folded terms, each a phrase that must occur as written.
 * And how text and terms are cut into the words Pagefind indexes and looks up.
 *
 * Pagefind segments Chinese twice, once with its own dictionary while indexing
 * and once with the browser's Intl.Segmenter while searching, and the two
 * disagree (长沙经开区 is 长沙/经开区 on one side and 长沙/经/开区 on the other).
 * We take segmentation away from both: every Han character is its own word on
 * both sides, and a term becomes an exact phrase of those words, which is
 * substring search, the only matching a reader of Chinese expects.
 */
import { foldKey, type FoldTable } from './fold.ts';

/** Queries longer than this (in characters) are cut: nobody types more, and pasted novels must not hang the page. */
export const maxQueryLength = 200;
/** At most this many terms take part in a search. */
export const maxTerms = 8;
/** Pagefind is asked about at most this many words of a term; the precision filter checks the rest. */
export const maxPhraseWords = 24;

const standalone = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u;

/** Returns the words of folded text as Pagefind sees them: each Han or kana character alone, other runs of letters and digits whole. */
export function indexWords(key: string): string[] {
  const words: string[] = [];
  let run = '';
  for (const point of key) {
    if (point === ' ') {
      if (run) words.push(run);
      run = '';
    } else if (standalone.test(point)) {
      if (run) words.push(run);
      run = '';
      words.push(point);
    } else {
      run += point;
    }
  }
  if (run) words.push(run);
  return words;
}

/** Returns the content Pagefind indexes for a page's text: its folded words separated by spaces. */
export function indexContent(text: string, table: FoldTable): string {
  return indexWords(foldKey(text, table)).join(' ');
}

/** Returns the search terms of what a reader typed: folded, de-duplicated, longest first, at most `maxTerms`. */
export function searchTerms(raw: string, table: FoldTable): string[] {
  const cut = [...raw].slice(0, maxQueryLength).join('');
  const terms = foldKey(cut, table)
    .split(' ')
    .filter((term) => term.length > 0);
  // A term inside another adds nothing: 长沙 is found wherever 长沙经开区 is.
  const unique = [...new Set(terms)].sort((a, b) => b.length - a.length);
  return unique.filter((term, i) => !unique.slice(0, i).some((longer) => longer.includes(term))).slice(0, maxTerms);
}

/** Returns the Pagefind query for one term: an exact phrase of its words, or undefined if it has none. */
export function pagefindPhrase(term: string): string | undefined {
  const words = indexWords(term).slice(0, maxPhraseWords);
  return words.length > 0 ? `"${words.join(' ')}"` : undefined;
}
