import { decodeHTMLStrict } from 'entities';
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
// C0 and C1 controls (tab aside), DEL, bidi embeddings and isolates, and the
// invisible characters scrapers carry along: none of them is text a reader sees.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;
// An entity needs its semicolon (strict HTML): R&D and AT&T stay as they are.
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/gu;
const NAMES: Record<string, string> = {
  '\u200B': 'ZERO WIDTH SPACE',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE',
  '\u001B': 'ESCAPE',
  '\u0000': 'NULL',
  '\u0007': 'BELL',
  '\u0008': 'BACKSPACE',
  '\u000C': 'FORM FEED',
  '\u007F': 'DELETE',
};

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
      changes.push({ index: match.index, length: match[0].length, now: '', list: controlsRemoved, was: `terminal escape sequence ${printable(match[0])}` });
      for (let k = 0; k < match[0].length; k += 1) taken.add(match.index + k);
    }
    for (const match of span.text.matchAll(CONTROL)) {
      if (taken.has(match.index)) continue;
      changes.push({ index: match.index, length: 1, now: '', list: controlsRemoved, was: codePointName(match[0]) });
    }
    for (const match of span.text.matchAll(ENTITY)) {
      const decoded = decodeHTMLStrict(match[0]);
      if (decoded === match[0]) continue;
      // A non-breaking space in a scrape is layout (indentation, spacing), not meaning.
      const now = decoded.replace(/\u00A0/g, ' ').replace(CONTROL, '');
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

/** Returns `U+001B ESCAPE`, a control character named so a terminal never acts on it. */
export function codePointName(char: string): string {
  const hex = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  const name = NAMES[char];
  return name ? `U+${hex} ${name}` : `U+${hex} control character`;
}

function printable(sequence: string): string {
  return sequence.replace(/[\u0000-\u001F\u007F-\u009F]/gu, (char) => `\\x${(char.codePointAt(0) ?? 0).toString(16).padStart(2, '0')}`);
}
