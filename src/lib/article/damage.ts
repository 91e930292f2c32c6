import { findPinyinAnnotations } from '../text/pinyin.ts';

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


/** Returns every pinyin annotation and replacement character (U+FFFD) in `text`. */
export function findDamage(text: string): Damage[] {
  const found: Damage[] = [];
  // The importer's own syllable rule: English in brackets (应用程序（app）) is text, not pinyin.
  for (const annotation of findPinyinAnnotations(text)) {
    const annotated = annotation.text.slice(0, annotation.text.indexOf('('));
    found.push({
      what: 'a pinyin annotation',
      text: annotation.text,
      index: annotation.index,
      fix: `delete the bracketed pinyin and keep ${annotated} (run the importer on the raw text, it removes them); if readers need the reading, write it as words, e.g. ${annotated}（读音 …）`,
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
