import { positionIn, type SourceSpan } from '../source-text.ts';
import { isHan } from '../text-classes.ts';

export type DamageKind = 'lost-character' | 'replacement-character' | 'unmatched-bracket';

/** Damage the importer cannot repair, at its place in the raw file. */
export interface Damage {
  readonly kind: DamageKind;
  readonly line: number;
  readonly column: number;
  /** The damaged characters as they stand in the raw file. */
  readonly text: string;
}

const OPENING: Record<string, string> = { '(': ')', '（': '）', '[': ']', '【': '】', '〔': '〕', '《': '》', '〈': '〉', '「': '」', '『': '』' };
const CLOSING = new Set(Object.values(OPENING));
// Scrapes mix half- and full-width forms of one bracket, as in 站(點）: same pair.
const FAMILY: Record<string, string> = { '（': '(', '）': ')', '【': '[', '】': ']' };

// A character that a pinyin annotation follows still counts as Han: 監(jiān)?管.
const ENDS_IN_HAN = /\p{Script=Han}(?:[(（][a-zA-Z\u00C0-\u024F\u1E00-\u1EFF]+[)）])?$/u;
// What is left of a pinyin annotation whose character was lost: dú)g, (jiān).
const PINYIN_RESIDUE = /^[(（]?[a-zü]*[\u00E0-\u01DC][a-zü\u00E0-\u01DC]*|^[(（]?[a-zü]+[)）]/u;

/**
 * Returns every place a character was lost or garbled, in reading order: a
 * question mark standing in Han text where a character should be (`姜?dú)g`),
 * the replacement character U+FFFD, and brackets that open or close nothing.
 */
export function findDamage(lines: readonly SourceSpan[]): Damage[] {
  return lines.flatMap((span) => [...lostCharacters(span), ...unmatchedBrackets(span)].sort((a, b) => a.column - b.column));
}

function lostCharacters(span: SourceSpan): Damage[] {
  const found: Damage[] = [];
  for (const match of span.text.matchAll(/[?？\uFFFD]+/gu)) {
    const { line, column } = positionIn(span, match.index);
    if (match[0].includes('\uFFFD')) {
      found.push({ kind: 'replacement-character', line, column, text: match[0] });
      continue;
    }
    const before = span.text.slice(0, match.index);
    const after = span.text.slice(match.index + match[0].length);
    const next = [...after][0];
    const previousIsHan = ENDS_IN_HAN.test(before);
    const previousIsStart = /(?:^|\s)$/u.test(before);
    // A question mark ends a sentence; one with Han before it and a word (or
    // pinyin residue) glued after it stands where the converter lost a character.
    const stands =
      (previousIsHan && (isHan(next) || /^[a-zA-Z\u00C0-\u024F(（]/u.test(after))) ||
      (previousIsStart && (isHan(next) || PINYIN_RESIDUE.test(after)));
    if (stands) found.push({ kind: 'lost-character', line, column, text: match[0] });
  }
  return found;
}

function unmatchedBrackets(span: SourceSpan): Damage[] {
  const found: Damage[] = [];
  const open: { char: string; index: number }[] = [];
  const text = span.text;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (char in OPENING) {
      open.push({ char, index });
    } else if (CLOSING.has(char)) {
      const top = open.at(-1);
      if (top && family(OPENING[top.char] ?? '') === family(char)) {
        open.pop();
      } else {
        found.push({ kind: 'unmatched-bracket', ...positionIn(span, index), text: char });
      }
    }
  }
  for (const { char, index } of open) found.push({ kind: 'unmatched-bracket', ...positionIn(span, index), text: char });
  return found;
}

function family(char: string): string {
  return FAMILY[char] ?? char;
}

/** Returns what a piece of damage is, in a few words for the report. */
export function describeDamage(damage: Damage): string {
  switch (damage.kind) {
    case 'lost-character':
      return `«${damage.text}» where ${damage.text.length > 1 ? 'characters were' : 'a character was'} probably lost`;
    case 'replacement-character':
      return 'U+FFFD, a character lost in transmission';
    case 'unmatched-bracket':
      return `a stray «${damage.text}» that opens or closes nothing`;
  }
}
