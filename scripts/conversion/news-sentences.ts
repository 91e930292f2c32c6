/**
 * The conversion benchmark: news sentences written by hand in both scripts
 * (tests/fixtures/conversion/news-sentences.tsv), and a count of the
 * characters a converter gets wrong on them. The unit suite holds our
 * converter to zero; `npm run conversion:report` sets OpenCC alone beside it.
 */
import { readFileSync } from 'node:fs';

export const sentencesFile = new URL('../../tests/fixtures/conversion/news-sentences.tsv', import.meta.url);

/** One sentence in both scripts, with the line it is on. */
export interface NewsSentence {
  readonly line: number;
  readonly hans: string;
  readonly hant: string;
}

/** Returns the sentences of the file; `#` lines are comments. Throws naming the line of a malformed row. */
export function readNewsSentences(file: URL = sentencesFile): NewsSentence[] {
  const sentences: NewsSentence[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((row, index) => {
      if (row === '' || row.startsWith('#')) return;
      const columns = row.split('\t');
      const [hans, hant] = columns;
      if (columns.length !== 2 || !hans || !hant) {
        throw new Error(`${file.pathname} line ${index + 1}: write the Simplified sentence, one tab, then the Traditional sentence.`);
      }
      if ([...hans].length !== [...hant].length) {
        throw new Error(`${file.pathname} line ${index + 1}: the two forms have different lengths; conversion changes characters, not their number.`);
      }
      sentences.push({ line: index + 1, hans, hant });
    });
  return sentences;
}

/** A character a converter got wrong: where, what it wrote, what was expected. */
export interface WrongCharacter {
  readonly line: number;
  readonly column: number;
  readonly got: string;
  readonly expected: string;
}

/** Returns every character of `got` that differs from `expected` (by code point; missing ones count too). */
export function wrongCharacters(line: number, got: string, expected: string): WrongCharacter[] {
  const a = [...got];
  const b = [...expected];
  const wrong: WrongCharacter[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    if (a[i] !== b[i]) wrong.push({ line, column: i + 1, got: a[i] ?? '', expected: b[i] ?? '' });
  }
  return wrong;
}

/** Returns the wrong characters of `convert` over every sentence, in one direction. */
export function score(
  sentences: readonly NewsSentence[],
  direction: 'hans>hant' | 'hant>hans',
  convert: (text: string) => string,
): WrongCharacter[] {
  return sentences.flatMap(({ line, hans, hant }) =>
    direction === 'hans>hant' ? wrongCharacters(line, convert(hans), hant) : wrongCharacters(line, convert(hant), hans),
  );
}
