/** Text without pinyin annotations, and what was removed and kept. */
export interface PinyinResult {
  readonly text: string;
  /** Pinyin annotations removed, as in 監(jiān) → 監. */
  readonly removed: number;
  /** Bracketed groups left standing because they are real text, as in 示範站(點). */
  readonly kept: number;
}

const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?';
const FINAL = '(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|üan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ün|üe|ue|io|a|o|e|ê|i|u|ü|v|ng|n|m)';
const SYLLABLE = new RegExp(`^${INITIAL}${FINAL}$`, 'u');

// A Han character followed by a bracketed group; the group is checked to be pinyin.
const ANNOTATED = /(\p{Script=Han})[(（]([^()（）\n]{1,12})[)）]/gu;
const BRACKETED = /[(（][^()（）\n]*[)）]/gu;

/** Returns true when `text` is one lower-case pinyin syllable, with or without its tone mark. */
export function isPinyinSyllable(text: string): boolean {
  if (!/^[a-zü\u00E0-\u01DC\u0144\u0148\u01F9\u1E3F]+$/u.test(text)) return false;
  // Drop tone marks but keep the diaeresis of ü: ǘ → ü, á → a.
  const toneless = text
    .normalize('NFD')
    .replace(/[\u0300-\u0307\u0309-\u036F]/gu, '')
    .normalize('NFC');
  return SYLLABLE.test(toneless);
}

/**
 * Returns the text with every pinyin annotation removed: a Han character
 * followed by one bracketed pinyin syllable keeps the character and loses the
 * brackets (監(jiān)管 → 監管). Brackets holding anything else stay.
 */
export function removePinyin(text: string): PinyinResult {
  let removed = 0;
  const cleaned = text.replace(ANNOTATED, (whole, han: string, inside: string) => {
    if (!isPinyinSyllable(inside)) return whole;
    removed += 1;
    return han;
  });
  return { text: cleaned, removed, kept: [...cleaned.matchAll(BRACKETED)].length };
}

