import { ANNOTATED, pinyinSyllables } from '../../text/pinyin.ts';

/** Text without pinyin annotations, and what was removed, kept, and left for a person. */
export interface PinyinResult {
  readonly text: string;
  /** Pinyin annotations removed, as in 監(jiān) → 監. */
  readonly removed: number;
  /** Each annotation removed, as it stood: 監(jiān). */
  readonly removedNotes: readonly string[];
  /** Bracketed groups left standing because they are real text, as in 示範站(點). */
  readonly kept: number;
  /** Those groups, as they stand. */
  readonly keptBrackets: readonly string[];
  /** Brackets that read as pinyin but are kept because the importer is not sure (UTF-16 index into the input). */
  readonly uncertain: readonly UncertainPinyin[];
}

/** A bracket that may be a pinyin annotation, kept for a person to decide. */
export interface UncertainPinyin {
  readonly index: number;
  /** The characters and the bracket, as in 涠(wéi). */
  readonly text: string;
  readonly reason: string;
}

/** What the whole file says about its annotations: a scrape annotated throughout, or clean text with a note or two. */
export interface PinyinEvidence {
  /** Tone-marked annotations in the file. */
  readonly toned: number;
  /** Han characters in the file. */
  readonly han: number;
}

const BRACKETED = /[(（][^()（）\n]*[)）]/gu;
// A scrape annotated throughout has many tone-marked notes, densely; a clean text has one or two.
const THROUGHOUT_COUNT = 5;
const THROUGHOUT_SHARE = 0.02;

/** Returns what a file's text says about annotations, for `removePinyin` to weigh each one. */
export function pinyinEvidence(texts: readonly string[]): PinyinEvidence {
  let toned = 0;
  let han = 0;
  for (const text of texts) {
    han += [...text.matchAll(/\p{Script=Han}/gu)].length;
    for (const match of text.matchAll(ANNOTATED)) {
      const syllables = pinyinSyllables(match[2] ?? '');
      if (syllables?.every((s) => s.toned) && syllables.length <= [...(match[1] ?? '')].length) toned += 1;
    }
  }
  return { toned, han };
}

/** Returns true when a file is annotated throughout rather than carrying a stray note. */
export function annotatedThroughout(evidence: PinyinEvidence): boolean {
  return evidence.toned >= THROUGHOUT_COUNT && evidence.toned >= evidence.han * THROUGHOUT_SHARE;
}

/**
 * Returns the text with the pinyin annotations removed that are certain: in
 * a file annotated throughout, brackets of tone-marked syllables, one per Han
 * character right before them (監(jiān)管 → 監管). A bracket that reads as pinyin
 * but without tone marks, or a tone-marked note in an otherwise clean file (a
 * rare place name's reading), is kept and returned as uncertain. Brackets
 * holding anything else (英文, (AI), 示範站(點)) stay.
 */
export function removePinyin(text: string, evidence: PinyinEvidence = { toned: THROUGHOUT_COUNT, han: 0 }): PinyinResult {
  let removed = 0;
  const removedNotes: string[] = [];
  const uncertain: UncertainPinyin[] = [];
  const throughout = annotatedThroughout(evidence);
  const cleaned = text.replace(ANNOTATED, (whole, han: string, inside: string, offset: number) => {
    const syllables = pinyinSyllables(inside);
    const chars = [...han];
    if (!syllables || syllables.length > chars.length) return whole;
    const allToned = syllables.every((s) => s.toned);
    const noted = `${chars.slice(-syllables.length).join('')}(${inside})`;
    const at = offset + han.length - chars.slice(-syllables.length).join('').length;
    if (!allToned) {
      // English words can be toneless pinyin (an, man, long): only a scrape
      // annotated throughout makes a toneless bracket worth a person's look.
      if (throughout && syllables.length === 1 && /^[a-zü]+$/u.test(inside)) {
        uncertain.push({ index: at, text: noted, reason: 'a bracket without tone marks that may be a neutral-tone pinyin note or a word' });
      }
      return whole;
    }
    if (!throughout) {
      uncertain.push({ index: at, text: noted, reason: `a lone pinyin note in a file that is otherwise not annotated (${evidence.toned} tone-marked note${evidence.toned === 1 ? '' : 's'} in ${evidence.han} Han characters): it may be a reading note the author wrote` });
      return whole;
    }
    removed += 1;
    removedNotes.push(noted);
    return han;
  });
  const keptBrackets = [...cleaned.matchAll(BRACKETED)].map((match) => match[0]);
  return { text: cleaned, removed, removedNotes, kept: keptBrackets.length, keptBrackets, uncertain };
}
