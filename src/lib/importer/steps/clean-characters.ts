import { characterFate, findUnwantedCharacters, quotable } from '../../article/characters.ts';
import { decodeCharacterReferences, strictReference } from '../../html/character-references.ts';
import type { SourceSpan } from '../source-text.ts';

/** A character or sequence the importer took out or rewrote, with where it was in the raw line. */
export interface CharacterRepair {
  readonly line: number;
  readonly column: number;
  /** What it was, printable: `U+001B ESCAPE`, `&nbsp;`. */
  readonly was: string;
  /** What it became: nothing, or the decoded character. */
  readonly now: string;
}

/** Lines with control characters removed and HTML entities decoded, and each change. */
export interface CleanCharactersResult {
  readonly lines: SourceSpan[];
  readonly controlsRemoved: CharacterRepair[];
  readonly entitiesDecoded: CharacterRepair[];
}

// A terminal escape sequence (CSI or OSC) goes as a whole: removing only the
// ESC would leave `[31m` in the text.
const TERMINAL_SEQUENCE = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[@-Z\\-_]/gu;

/**
 * Returns the lines with terminal escape sequences and control or invisible
 * characters removed, and HTML entities decoded (&nbsp; becomes a plain space,
 * &amp; an ampersand), listing each change at its raw line and column.
 */
export function cleanCharacters(lines: readonly SourceSpan[]): CleanCharactersResult {
  const controlsRemoved: CharacterRepair[] = [];
  const entitiesDecoded: CharacterRepair[] = [];
  const cleaned = lines.map((span) => {
    const changes: { index: number; length: number; now: string; list: CharacterRepair[]; was: string }[] = [];
    const taken = new Set<number>();
    for (const match of span.text.matchAll(TERMINAL_SEQUENCE)) {
      changes.push({ index: match.index, length: match[0].length, now: '', list: controlsRemoved, was: `terminal escape sequence ${quotable(match[0])}` });
      for (let k = 0; k < match[0].length; k += 1) taken.add(match.index + k);
    }
    // The article contract's own table: what the check refuses and the invisible noise it lets pass both go.
    for (const character of findUnwantedCharacters(span.text, { lineBreaks: true })) {
      if (taken.has(character.index)) continue;
      changes.push({ index: character.index, length: String.fromCodePoint(character.codePoint).length, now: '', list: controlsRemoved, was: character.label });
    }
    for (const match of span.text.matchAll(strictReference)) {
      const decoded = decodeCharacterReferences(match[0], 'strict');
      if (decoded === match[0]) continue;
      // A non-breaking space in a scrape is layout (indentation, spacing), not meaning;
      // a reference to a character the contract does not keep decodes to nothing.
      const now = [...decoded.replace(/\u00A0/g, ' ')].filter((char) => characterFate(char) === 'kept').join('');
      changes.push({ index: match.index, length: match[0].length, now, list: entitiesDecoded, was: match[0] });
    }
    if (changes.length === 0) return span;
    changes.sort((a, b) => a.index - b.index);
    let text = '';
    let at = 0;
    for (const change of changes) {
      text += span.text.slice(at, change.index) + change.now;
      at = change.index + change.length;
      const column = span.column + [...span.text.slice(0, change.index)].length;
      change.list.push({ line: span.line, column, was: change.was, now: change.now });
    }
    text += span.text.slice(at);
    return { ...span, text };
  });
  return { lines: cleaned, controlsRemoved, entitiesDecoded };
}
