/**
 * Hanyu Pinyin as scrapes carry it after characters (監(jiān)): the one
 * place that knows what a syllable is, used by the importer to remove
 * annotations and by the article check to refuse leftovers.
 */

const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?';
const FINAL = '(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|üan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ün|üe|ue|io|a|o|e|ê|i|u|ü|v|ng|n|m)';
const SYLLABLE = new RegExp(`^${INITIAL}${FINAL}$`, 'u');
const TONE_MARK = /[\u0300-\u0304\u030C]/u;

// Han characters followed by a bracketed group; the group is checked to be pinyin.
export const ANNOTATED = /(\p{Script=Han}+)[(（]([^()（）\n]{1,40})[)）]/gu;

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

/** A bracket after Han characters whose text is all tone-marked pinyin, one syllable per character at most. */
export interface PinyinAnnotation {
  /** UTF-16 index of the first annotated character. */
  readonly index: number;
  /** The annotated characters and the bracket, as in 涠(wéi). */
  readonly text: string;
}

/**
 * Returns every certain pinyin annotation in `text`: tone-marked syllables in
 * brackets, no more of them than the Han characters right before. English in
 * brackets (应用程序（app）, (AI)) and real parentheticals (示範站(點)) are not.
 */
export function findPinyinAnnotations(text: string): PinyinAnnotation[] {
  const found: PinyinAnnotation[] = [];
  for (const match of text.matchAll(ANNOTATED)) {
    const han = match[1] ?? '';
    const inside = match[2] ?? '';
    const syllables = pinyinSyllables(inside);
    const chars = [...han];
    if (!syllables || syllables.length > chars.length || !syllables.every((s) => s.toned)) continue;
    const annotated = chars.slice(-syllables.length).join('');
    found.push({ index: match.index + han.length - annotated.length, text: `${annotated}(${inside})` });
  }
  return found;
}
