/**
 * OpenCC's conversion with one change: a dictionary phrase never straddles a
 * word. OpenCC (and opencc-js) take the longest phrase that starts at each
 * character, whatever the words are, so 被发明 matches 被发 (→被髮) before
 * 发明 gets a chance, and 展示了如何 matches 了如 (→瞭如). Here the text is
 * first cut into words by the runtime's ICU dictionary (`Intl.Segmenter`,
 * which splits 被/发明, 展示/了/如何, 参与/制造), and a phrase is taken only
 * if it lies inside one word or covers whole words: 发明 inside 发明, 一只
 * over 一/只. The dictionaries, their order and their chains are OpenCC's own,
 * read from opencc-js, so every other behaviour is OpenCC's.
 */
import { configs, from as fromGroups, to as toGroups } from 'opencc-js/preset';
import type { OpenccLocale } from '../site/variants.ts';

type Dictionary = string | readonly (readonly string[])[];
type DictionaryGroup = readonly Dictionary[];

/** One stage of a conversion chain: every phrase of its dictionaries, first dictionary winning. */
export interface PhraseTable {
  readonly phrases: ReadonlyMap<string, string>;
  /** Every proper prefix of a source phrase: lets a lookup stop as soon as no phrase can follow. */
  readonly prefixes: ReadonlySet<string>;
  /** The longest source phrase, in UTF-16 units. */
  readonly longest: number;
}

function entriesOf(dictionary: Dictionary): Iterable<readonly [string, string]> {
  if (typeof dictionary !== 'string') {
    return dictionary.map((pair) => [pair[0] ?? '', pair[1] ?? ''] as const);
  }
  return dictionary
    .split('|')
    .map((line) => line.split(' '))
    .filter((parts) => parts.length >= 2)
    .map((parts) => [parts[0] ?? '', parts[1] ?? ''] as const);
}

/** Returns the phrase table of one dictionary group; as in OpenCC, an earlier dictionary's entry wins. */
export function phraseTable(group: DictionaryGroup): PhraseTable {
  const phrases = new Map<string, string>();
  const prefixes = new Set<string>();
  let longest = 0;
  for (const dictionary of group) {
    for (const [source, target] of entriesOf(dictionary)) {
      if (source === '' || phrases.has(source)) continue;
      phrases.set(source, target);
      for (let k = 1; k < source.length; k += 1) prefixes.add(source.slice(0, k));
      longest = Math.max(longest, source.length);
    }
  }
  return { phrases, prefixes, longest };
}

/** A conversion chain: characters normalised first, then each stage in turn. */
export interface Chain {
  readonly normalize: readonly PhraseTable[];
  readonly stages: readonly PhraseTable[];
}

function configName(from: OpenccLocale, to: OpenccLocale): string {
  if (from === 'cn') return `s2${to}`;
  if (to === 'cn') return `${from}2s`;
  return `${from}2${to}`;
}

interface LocaleConfig {
  readonly normalizationChain?: readonly DictionaryGroup[];
  readonly conversionChain: readonly DictionaryGroup[];
}

const chains = new Map<string, Chain>();

/**
 * Returns the chain opencc-js's `Converter({ from, to })` would run: OpenCC's
 * named config (s2tw, tw2s, s2hk…) when there is one, else the `from` groups
 * then the `to` groups. Built once per pair.
 */
export function chainFor(from: OpenccLocale, to: OpenccLocale): Chain {
  const key = `${from}>${to}`;
  const cached = chains.get(key);
  if (cached) return cached;
  const config = (configs as Record<string, LocaleConfig | undefined>)[configName(from, to)];
  const groups: readonly DictionaryGroup[] = config
    ? config.conversionChain
    : [...(fromGroups[from] ?? []), ...(toGroups[to] ?? [])];
  const chain: Chain = {
    normalize: (config?.normalizationChain ?? []).map(phraseTable),
    stages: groups.map(phraseTable),
  };
  chains.set(key, chain);
  return chain;
}

// One segmenter for the process: creating one loads ICU's word dictionary.
let segmenter: Intl.Segmenter | undefined;

/**
 * Words ICU's dictionary cuts where OpenCC's phrase is the right reading: the
 * boundaries inside them are dropped. ICU splits 周线图 (a weekly chart) as
 * 周/线图, which would leave 周 unconverted, where OpenCC's 周线→週線 is right
 * (OpenCC's own test case_065). Add a word here only with a sentence in
 * tests/fixtures/conversion/news-sentences.tsv that needs it.
 */
export const wordsKeptWhole: readonly string[] = ['周线图'];

/** Returns, for each UTF-16 offset 0…length, whether a word starts or ends there. */
export function wordBoundaries(text: string): boolean[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const boundaries = new Array<boolean>(text.length + 1).fill(false);
  boundaries[text.length] = true;
  for (const { index } of segmenter.segment(text)) boundaries[index] = true;
  for (const word of wordsKeptWhole) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      for (let k = at + 1; k < at + word.length; k += 1) boundaries[k] = false;
    }
  }
  return boundaries;
}

function codePointLength(text: string, i: number): number {
  return (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}

// An ideographic description sequence (⿰氵每) stands for one character and is
// copied whole, as opencc-js does, so no part of it is converted on its own.
function descriptionArity(codePoint: number): number {
  if (codePoint >= 0x2ff0 && codePoint <= 0x2ff1) return 2;
  if (codePoint >= 0x2ff2 && codePoint <= 0x2ff3) return 3;
  if (codePoint >= 0x2ff4 && codePoint <= 0x2fff) return 2;
  return 0;
}

function descriptionEnd(text: string, i: number): number {
  const arity = descriptionArity(text.codePointAt(i) ?? 0);
  if (arity === 0) return 0;
  let end = i + codePointLength(text, i);
  for (let part = 0; part < arity; part += 1) {
    if (end >= text.length) return 0;
    end = descriptionEnd(text, end) || end + codePointLength(text, end);
  }
  return end;
}

function unmatchedLength(text: string, i: number): number {
  const end = descriptionEnd(text, i);
  return end > i ? end - i : codePointLength(text, i);
}

/** Text with its word boundaries, carried from stage to stage. */
interface Bounded {
  readonly text: string;
  readonly boundaries: readonly boolean[];
}

/**
 * Returns the ends a phrase starting at `i` may have: every character end
 * inside the word `i` is in, and, when `i` starts a word, every later word
 * end; shortest first, none longer than `longest`.
 */
function allowedEnds(text: string, boundaries: readonly boolean[], i: number, longest: number): number[] {
  const limit = Math.min(text.length, i + longest);
  const ends: number[] = [];
  let j = i + codePointLength(text, i);
  while (j <= limit && !boundaries[j]) {
    ends.push(j);
    j += codePointLength(text, j);
  }
  if (j <= limit) ends.push(j);
  if (boundaries[i]) {
    for (let k = j + 1; k <= limit; k += 1) if (boundaries[k]) ends.push(k);
  }
  return ends;
}

/** Converts with one table, longest allowed phrase first; boundaries move with the text. */
function applyTable({ text, boundaries }: Bounded, table: PhraseTable, bounded: boolean): Bounded {
  const out: string[] = [];
  const outBoundaries: boolean[] = [true];
  let length = 0;
  const emit = (piece: string, end: number) => {
    out.push(piece);
    for (let k = 1; k < piece.length; k += 1) outBoundaries[length + k] = false;
    length += piece.length;
    outBoundaries[length] = boundaries[end] ?? false;
  };
  let i = 0;
  while (i < text.length) {
    const ends = bounded ? allowedEnds(text, boundaries, i, table.longest) : [i + codePointLength(text, i)];
    // The longest allowed phrase wins; a piece that starts no phrase ends the search.
    let best: { end: number; target: string } | undefined;
    for (const end of ends) {
      const piece = text.slice(i, end);
      const target = table.phrases.get(piece);
      if (target !== undefined) best = { end, target };
      else if (!table.prefixes.has(piece)) break;
    }
    if (best) {
      emit(best.target, best.end);
      i = best.end;
    } else {
      const end = i + unmatchedLength(text, i);
      emit(text.slice(i, end), end);
      i = end;
    }
  }
  outBoundaries[length] = true;
  return { text: out.join(''), boundaries: outBoundaries };
}

/**
 * Returns `text` converted by `chain` with phrases held to word boundaries:
 * the words are found once, in the source text, and each stage's output keeps
 * them (a phrase that changes length moves the boundaries after it).
 */
export function convertWithinWords(text: string, chain: Chain): string {
  let current: Bounded = { text, boundaries: [] };
  // Normalisation tables map single characters; words do not matter to them.
  for (const table of chain.normalize) current = applyTable(current, table, false);
  current = { text: current.text, boundaries: wordBoundaries(current.text) };
  for (const table of chain.stages) current = applyTable(current, table, true);
  return current.text;
}
