/** Text without pinyin annotations, and what was removed, kept, and left for a person. */
export interface PinyinResult {
  readonly text: string;
  /** Pinyin annotations removed, as in 監(jiān) → 監. */
  readonly removed: number;
  /** Bracketed groups left standing because they are real text, as in 示範站(點). */
  readonly kept: number;
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

const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?';
const FINAL = '(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|üan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ün|üe|ue|io|a|o|e|ê|i|u|ü|v|ng|n|m)';
const SYLLABLE = new RegExp(`^${INITIAL}${FINAL}$`, 'u');
const TONE_MARK = /[\u0300-\u0304\u030C]/u;

// Han characters followed by a bracketed group; the group is checked to be pinyin.
const ANNOTATED = /(\p{Script=Han}+)[(（]([^()（）\n]{1,40})[)）]/gu;
const BRACKETED = /[(（][^()（）\n]*[)）]/gu;
// A scrape annotated throughout has many tone-marked notes, densely; a clean text has one or two.
const THROUGHOUT_COUNT = 5;
const THROUGHOUT_SHARE = 0.02;

/** Returns true when `text` is one lower-case pinyin syllable, with or without its tone mark. */
export function isPinyinSyllable(text: string): boolean {
  if (!/^[a-zü\u00E0-\u01DC\u0144\u0148\u01F9\u1E3F]+$/u.test(text)) return false;
  return SYLLABLE.test(toneless(text));
}

/**
 * Returns the syllables of a bracket's text when all of it is pinyin
 * (`jiān`, `wéi zhōu`, `Wéizhōu`), each with whether it carries a tone mark;
 * undefined when any of it is not pinyin.
 */
export function pinyinSyllables(text: string): { syllable: string; toned: boolean }[] | undefined {
  const words = text.trim().split(/[\s'’·-]+/u);
  const syllables: { syllable: string; toned: boolean }[] = [];
  for (const word of words) {
    // Only a word's first letter may be capital (Wéizhōu Dǎo), as in place names.
    const lower = word.charAt(0).toLowerCase() + word.slice(1);
    const parts = segment(lower);
    if (!parts) return undefined;
    syllables.push(...parts.map((syllable) => ({ syllable, toned: TONE_MARK.test(syllable.normalize('NFD')) })));
  }
  return syllables.length > 0 ? syllables : undefined;
}

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
    return han;
  });
  return { text: cleaned, removed, kept: [...cleaned.matchAll(BRACKETED)].length, uncertain };
}

function toneless(text: string): string {
  // Drop tone marks but keep the diaeresis of ü: ǘ → ü, á → a.
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u0307\u0309-\u036F]/gu, '')
    .normalize('NFC');
}

/** Splits a word into pinyin syllables, fewest first; undefined when it is not pinyin. */
function segment(word: string): string[] | undefined {
  const chars = [...word.normalize('NFC')];
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= chars.length; end += 1) {
    for (let start = Math.max(0, end - 6); start < end; start += 1) {
      const before = best[start];
      const piece = chars.slice(start, end).join('');
      if (!before || !isPinyinSyllable(piece)) continue;
      // A syllable carries at most one tone mark.
      if ([...piece.normalize('NFD')].filter((c) => TONE_MARK.test(c)).length > 1) continue;
      const candidate = [...before, piece];
      const current = best[end];
      if (!current || candidate.length < current.length) best[end] = candidate;
    }
  }
  return best[chars.length];
}
