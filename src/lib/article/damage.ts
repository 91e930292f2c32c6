/** Scraping damage that must never reach a reader. */
export interface Damage {
  /** What kind of damage, in words. */
  what: string;
  /** The offending text. */
  text: string;
  /** Offset in the checked string. */
  index: number;
  /** What the editor should do. */
  fix: string;
}

// A Han character followed by a bracketed pinyin syllable, as in 監(jiān).
// Real parentheticals such as 示范站（点） hold Han characters and do not match.
const PINYIN_ANNOTATION = /\p{Script=Han}[(（][a-zü\u00E0-\u01DC]+[)）]/gu;

/** Returns every pinyin annotation and replacement character (U+FFFD) in `text`. */
export function findDamage(text: string): Damage[] {
  const found: Damage[] = [];
  for (const match of text.matchAll(PINYIN_ANNOTATION)) {
    found.push({
      what: 'a pinyin annotation',
      text: match[0],
      index: match.index,
      fix: `delete the bracketed pinyin and keep ${[...match[0]][0]} (run the importer on the raw text, it removes them)`,
    });
  }
  for (const match of text.matchAll(/\uFFFD/g)) {
    found.push({
      what: 'a replacement character (U+FFFD), a character lost in transmission',
      text: text.slice(Math.max(0, match.index - 3), match.index + 4),
      index: match.index,
      fix: 'find the character in the original publication; if it is lost, remove it and say so in the text',
    });
  }
  return found.sort((a, b) => a.index - b.index);
}
