/**
 * Characters no article text may carry. Control characters and bidirectional
 * controls are invisible on the page yet change what a reader sees (U+202E
 * turns 姜 and every name after it right to left) or what a program reads
 * (NUL, ESC); text made only of invisible characters looks empty but is not.
 * Every field and the body are held to these rules, with names a person can
 * look up.
 */

/** A refused character: where it is and what it is called. */
export interface RefusedCharacter {
  /** Offset in the checked string (UTF-16 units). */
  readonly index: number;
  /** The code point, for example 0x202E. */
  readonly codePoint: number;
  /** `U+202E RIGHT-TO-LEFT OVERRIDE`. */
  readonly label: string;
}

// Unicode gives control characters no name; these are their formal aliases.
const c0Names = [
  'NULL', 'START OF HEADING', 'START OF TEXT', 'END OF TEXT', 'END OF TRANSMISSION', 'ENQUIRY', 'ACKNOWLEDGE', 'BELL',
  'BACKSPACE', 'CHARACTER TABULATION', 'LINE FEED', 'LINE TABULATION', 'FORM FEED', 'CARRIAGE RETURN', 'SHIFT OUT', 'SHIFT IN',
  'DATA LINK ESCAPE', 'DEVICE CONTROL ONE', 'DEVICE CONTROL TWO', 'DEVICE CONTROL THREE', 'DEVICE CONTROL FOUR',
  'NEGATIVE ACKNOWLEDGE', 'SYNCHRONOUS IDLE', 'END OF TRANSMISSION BLOCK', 'CANCEL', 'END OF MEDIUM', 'SUBSTITUTE', 'ESCAPE',
  'FILE SEPARATOR', 'GROUP SEPARATOR', 'RECORD SEPARATOR', 'UNIT SEPARATOR',
];
const c1Names = [
  'PADDING CHARACTER', 'HIGH OCTET PRESET', 'BREAK PERMITTED HERE', 'NO BREAK HERE', 'INDEX', 'NEXT LINE',
  'START OF SELECTED AREA', 'END OF SELECTED AREA', 'CHARACTER TABULATION SET', 'CHARACTER TABULATION WITH JUSTIFICATION',
  'LINE TABULATION SET', 'PARTIAL LINE FORWARD', 'PARTIAL LINE BACKWARD', 'REVERSE LINE FEED', 'SINGLE SHIFT TWO',
  'SINGLE SHIFT THREE', 'DEVICE CONTROL STRING', 'PRIVATE USE ONE', 'PRIVATE USE TWO', 'SET TRANSMIT STATE', 'CANCEL CHARACTER',
  'MESSAGE WAITING', 'START OF GUARDED AREA', 'END OF GUARDED AREA', 'START OF STRING', 'SINGLE GRAPHIC CHARACTER INTRODUCER',
  'SINGLE CHARACTER INTRODUCER', 'CONTROL SEQUENCE INTRODUCER', 'STRING TERMINATOR', 'OPERATING SYSTEM COMMAND',
  'PRIVACY MESSAGE', 'APPLICATION PROGRAM COMMAND',
];
const otherNames: Readonly<Record<number, string>> = {
  0x7f: 'DELETE',
  0xa0: 'NO-BREAK SPACE',
  0xad: 'SOFT HYPHEN',
  0x34f: 'COMBINING GRAPHEME JOINER',
  0x61c: 'ARABIC LETTER MARK',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x2000: 'EN QUAD',
  0x2001: 'EM QUAD',
  0x2002: 'EN SPACE',
  0x2003: 'EM SPACE',
  0x2004: 'THREE-PER-EM SPACE',
  0x2005: 'FOUR-PER-EM SPACE',
  0x2006: 'SIX-PER-EM SPACE',
  0x2007: 'FIGURE SPACE',
  0x2008: 'PUNCTUATION SPACE',
  0x2009: 'THIN SPACE',
  0x200a: 'HAIR SPACE',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x202f: 'NARROW NO-BREAK SPACE',
  0x205f: 'MEDIUM MATHEMATICAL SPACE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x2800: 'BRAILLE PATTERN BLANK',
  0x3000: 'IDEOGRAPHIC SPACE',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
  0xfffe: 'a noncharacter',
  0xffff: 'a noncharacter',
};

/** Returns `U+202E RIGHT-TO-LEFT OVERRIDE`: the code point and, when we know it, its name. */
export function codePointLabel(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  let name: string | undefined;
  if (codePoint < 0x20) name = c0Names[codePoint];
  else if (codePoint >= 0x80 && codePoint < 0xa0) name = c1Names[codePoint - 0x80];
  else if (codePoint >= 0xd800 && codePoint <= 0xdfff) name = 'an unpaired surrogate (half of a broken character)';
  else name = otherNames[codePoint];
  return name ? `${hex} ${name}` : hex;
}

// C0 and C1 controls, DEL, the bidirectional controls (Bidi_Control: U+061C,
// U+200E–U+200F, U+202A–U+202E, U+2066–U+2069), the invisible line and
// paragraph separators, unpaired surrogates and the noncharacters U+FFFE/U+FFFF.
const refused = /[\p{Cc}\p{Bidi_Control}\u2028\u2029\uFFFE\uFFFF]|\p{Cs}/gu;

// What a reader cannot see: white space, default-ignorable characters
// (zero-width space and joiners, BOM, soft hyphen, fillers…) and the braille blank.
const invisible = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\u2800]*$/u;

/**
 * Returns every refused character of `text`, in order. `lineBreaks` allows
 * LINE FEED and CHARACTER TABULATION, which only an article's body may hold.
 */
export function findRefusedCharacters(text: string, options: { lineBreaks?: boolean } = {}): RefusedCharacter[] {
  const found: RefusedCharacter[] = [];
  for (const match of text.matchAll(refused)) {
    const codePoint = match[0].codePointAt(0) ?? 0;
    if (options.lineBreaks && (codePoint === 0x0a || codePoint === 0x09)) continue;
    found.push({ index: match.index, codePoint, label: codePointLabel(codePoint) });
  }
  return found;
}

// Invisible characters web pages carry that mean nothing in Chinese text: the
// check lets them pass (text is still text with them), the importer removes
// them. Zero-width joiners are kept: they hold emoji sequences together.
const removedOnImport = /[\u00AD\u200B\u2060\uFEFF]/gu;

/**
 * What the article contract does with a character: `refused` by the article
 * check (so the importer removes it, and lists it), `removed` by the importer
 * though the check would let it pass (invisible noise from web pages), or
 * `kept` as text. One table for the importer, the loader and the pages.
 */
export type CharacterFate = 'refused' | 'removed' | 'kept';

/** Returns the fate of one character (a code point); `lineBreaks` keeps LINE FEED and CHARACTER TABULATION, as a body may hold them. */
export function characterFate(char: string, options: { lineBreaks?: boolean } = {}): CharacterFate {
  if (options.lineBreaks && (char === '\n' || char === '\t')) return 'kept';
  if (new RegExp(refused.source, 'u').test(char)) return 'refused';
  return new RegExp(removedOnImport.source, 'u').test(char) ? 'removed' : 'kept';
}

/** A character the importer takes out of a scrape: refused by the article check, or invisible noise. */
export interface UnwantedCharacter extends RefusedCharacter {
  readonly fate: Exclude<CharacterFate, 'kept'>;
}

/** Returns every character of `text` whose fate is not `kept`, in order, each named. */
export function findUnwantedCharacters(text: string, options: { lineBreaks?: boolean } = {}): UnwantedCharacter[] {
  const found: UnwantedCharacter[] = [
    ...findRefusedCharacters(text, options).map((character) => ({ ...character, fate: 'refused' as const })),
    ...[...text.matchAll(removedOnImport)].map((match) => {
      const codePoint = match[0].codePointAt(0) ?? 0;
      return { index: match.index, codePoint, label: codePointLabel(codePoint), fate: 'removed' as const };
    }),
  ];
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Returns `text` safe to quote in a message or print on a terminal: each
 * refused character shown as [U+202E], so none acts on the terminal.
 * `lineBreaks` leaves line feeds and tabs, for a message of several lines.
 */
export function quotable(text: string, options: { lineBreaks?: boolean } = {}): string {
  return text.replace(refused, (c) => (options.lineBreaks && (c === '\n' || c === '\t') ? c : `[${codePointLabel(c.codePointAt(0) ?? 0).split(' ')[0]}]`));
}

/** Returns true when `text` has characters but a reader would see none of them. */
export function isInvisibleOnly(text: string): boolean {
  return text !== '' && invisible.test(text);
}

/** Returns the code points of `text` as labels, once each, for saying what invisible text holds. */
export function describeCharacters(text: string): string {
  return [...new Set([...text].map((c) => c.codePointAt(0) ?? 0))].map(codePointLabel).join(', ');
}

/** Returns the 1-based position, in characters (code points), of the UTF-16 offset `index` of `text`. */
export function characterPosition(text: string, index: number): number {
  return [...text.slice(0, index)].length + 1;
}

/** Returns the one-line advice for a refused character, naming it and where it is. */
export function describeRefused(character: RefusedCharacter, where: string): string {
  const advice =
    character.codePoint === 0x0a || character.codePoint === 0x0d
      ? 'write the value on one line'
      : 'delete it (it is invisible on the page; paste the text again as plain text if you copied it from the web)';
  return `contains ${character.label} ${where}: ${advice}`;
}
