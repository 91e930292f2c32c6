/**
 * What a query is: folded terms, each a phrase that must occur as written.
 * And how text and terms are cut into the words Pagefind indexes and looks up.
 *
 * Pagefind segments Chinese twice, once with its own dictionary while indexing
 * and once with the browser's Intl.Segmenter while searching, and the two
 * disagree (长沙经开区 is 长沙/经开区 on one side and 长沙/经/开区 on the other).
 * We take segmentation away from both: a page is indexed as the set of
 * overlapping character pairs (bigrams) of its folded text, and a term is
 * looked up by the pairs that cover it. A pair is one index word, so a
 * four-character term costs two lookups (one index chunk each), where one word
 * per character cost four; and pairs are rare enough that few candidates lack
 * the term. The candidates are then checked against the page's text (see
 * match.ts), so only pages that contain every term as written are shown.
 */
import { foldKey, type FoldTable } from './fold.ts';

/** Queries longer than this (in characters) are cut: nobody types more, and pasted novels must not hang the page. */
export const maxQueryLength = 200;
/** At most this many terms take part in a search. */
export const maxTerms = 8;
/** Pagefind is asked about at most this many words; the precision check judges the rest. */
export const maxQueryWords = 12;

const standalone = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u;

/** A run of folded text: characters written without spaces (Han, kana) or a word of letters and digits. */
interface Run {
  readonly text: readonly string[];
  readonly paired: boolean;
}

/** Returns folded text cut into runs: Han and kana characters together, other letters and digits together. */
function runsOf(key: string): Run[] {
  const runs: Run[] = [];
  let current: string[] = [];
  let paired = false;
  const flush = () => {
    if (current.length > 0) runs.push({ text: current, paired });
    current = [];
  };
  for (const point of key) {
    if (point === ' ') {
      flush();
      continue;
    }
    const isPaired = standalone.test(point);
    if (current.length > 0 && isPaired !== paired) flush();
    paired = isPaired;
    current.push(point);
  }
  flush();
  return runs;
}

/**
 * Marks the last character of a run as a word of its own (发0), so that a
 * one-character query, matched as a prefix, also finds it at the end of a run.
 * Not the bare character: a one-character word is a prefix of the pairs it
 * starts (发 of 发区), and Pagefind then loads the index chunk ending in 发 for
 * the query 发区, misses 发区 and falls back to 发: at 10,000 articles the alias
 * 湘潭高新技术产业开发区 found nothing. A digit never follows a Han character
 * inside one word of folded text, so the mark cannot collide with a real word.
 */
const runEnd = '0';

/**
 * Returns the words Pagefind indexes for folded text, each once: every
 * overlapping pair of Han or kana characters, the last character of each such
 * run with the run-end mark, and runs of letters and digits whole.
 */
export function indexWords(key: string): string[] {
  const words = new Set<string>();
  for (const run of runsOf(key)) {
    if (!run.paired) {
      words.add(run.text.join(''));
      continue;
    }
    for (let i = 0; i + 1 < run.text.length; i++) words.add(`${run.text[i]}${run.text[i + 1]}`);
    words.add(`${run.text[run.text.length - 1]}${runEnd}`);
  }
  return [...words];
}

/**
 * The marks that let one Pagefind query separate the tiers of the order
 * (rank.ts) without downloading a record: a pair of an article's "about"
 * text (title, lead, its entities) is indexed a second time with `aboutMark`
 * after it (湘潭1), and an entity page's name and each alias whole, folded,
 * with `nameMark` after it (湘潭高新技术产业开发区2). Pagefind sorts a marked
 * word right after the unmarked one (湘潭 < 湘潭1 < 湘潭2 < 湘潭X), so it
 * lives in the same index chunk as the plain word and the extra queries cost
 * no extra download in the usual case. A plain query also matches the marked
 * words (Pagefind extends a word to the words it starts), which changes
 * nothing: those pages hold the plain word too.
 */
export const aboutMark = '1';
export const nameMark = '2';

/** What a page gives the index: all its searchable text, the text it is about, and its exact names. */
export interface IndexedText {
  /** Every word a search may find the page by. */
  readonly all: string;
  /** An article's title, lead and entities: a story that holds the query here is about it. */
  readonly about: string;
  /** An entity page's name and aliases, each matched only whole. */
  readonly names: readonly string[];
}

/** Returns the content Pagefind indexes for a page: its index words, the marked "about" words and the marked whole names, separated by spaces. */
export function indexContent(text: IndexedText, table: FoldTable): string {
  const words = indexWords(foldKey(text.all, table));
  const about = text.about ? indexWords(foldKey(text.about, table)).map((word) => `${word}${aboutMark}`) : [];
  const names = text.names.map((name) => foldKey(name, table).replaceAll(' ', '')).filter(Boolean).map((name) => `${name}${nameMark}`);
  return [...new Set([...words, ...about, ...names])].join(' ');
}

/**
 * Returns the fewest index words that together cover a folded term: pairs
 * side by side (the last one overlapping when the run is odd), a single
 * character alone (found as a prefix of the pairs it starts), other runs whole.
 */
export function queryWords(term: string): string[] {
  const words: string[] = [];
  for (const run of runsOf(term)) {
    if (!run.paired || run.text.length === 1) {
      words.push(run.text.join(''));
      continue;
    }
    for (let i = 0; i < run.text.length; i += 2) {
      const start = Math.min(i, run.text.length - 2);
      words.push(`${run.text[start]}${run.text[start + 1]}`);
    }
  }
  return words;
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

/** The Pagefind queries of one search (see `aboutMark`): every page holding the terms, the stories about them, and the entity named exactly. */
export interface PagefindQueries {
  /** Every candidate: pages holding every word of every term. */
  readonly all: string;
  /** Stories whose title, lead or entities hold every word; absent when a term is one character (it has no pair to mark). */
  readonly about?: string;
  /**
   * The entity page whose name or alias is exactly the one term typed,
   * quoted; absent for several terms. Quoted, because for a word no page of
   * a bundle holds Pagefind 1.6 searches a shorter prefix of it instead
   * (青龙湖2 → 青龙…: every page holding the pair), which in a period
   * without the entity put every story first; a quoted word is matched
   * exactly or not at all.
   */
  readonly exact?: string;
}

/**
 * Returns the Pagefind queries for the terms: their covering words, each
 * required (Pagefind intersects the pages of every word), or undefined when
 * the terms have no words.
 */
export function pagefindQueries(terms: readonly string[]): PagefindQueries | undefined {
  const words = [...new Set(terms.flatMap(queryWords))].slice(0, maxQueryWords);
  if (words.length === 0) return undefined;
  const paired = terms.every((term) => [...term].length > 1);
  const [only] = terms;
  return {
    all: words.join(' '),
    ...(paired ? { about: words.map((word) => `${word}${aboutMark}`).join(' ') } : {}),
    ...(terms.length === 1 && only ? { exact: `"${only}${nameMark}"` } : {}),
  };
}

/** Returns the one Pagefind query of every page holding the terms, or undefined when the terms have no words. */
export function pagefindQuery(terms: readonly string[]): string | undefined {
  return pagefindQueries(terms)?.all;
}
