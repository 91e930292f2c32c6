import { describe, expect, it } from 'vitest';
import { codePointLabel, describeCharacters, describeRefused, findRefusedCharacters, isInvisibleOnly, quotable } from '../../../src/lib/article/characters.ts';

describe('characters no article text may carry', () => {
  it('names control and bidirectional characters by code point and name', () => {
    expect(codePointLabel(0x202e)).toBe('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(codePointLabel(0x00)).toBe('U+0000 NULL');
    expect(codePointLabel(0x1b)).toBe('U+001B ESCAPE');
    expect(codePointLabel(0x85)).toBe('U+0085 NEXT LINE');
    expect(codePointLabel(0x2069)).toBe('U+2069 POP DIRECTIONAL ISOLATE');
    expect(codePointLabel(0x4e2d)).toBe('U+4E2D');
  });

  it('finds every C0 and C1 control, DEL, bidi control, separator and lone surrogate, with its offset', () => {
    const refused = [
      ...Array.from({ length: 0x20 }, (_, i) => i),
      0x7f,
      ...Array.from({ length: 0x20 }, (_, i) => 0x80 + i),
      0x61c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x2028, 0x2029,
    ];
    for (const codePoint of refused) {
      const text = `钱${String.fromCodePoint(codePoint)}君`;
      expect(findRefusedCharacters(text), codePointLabel(codePoint)).toEqual([{ index: 1, codePoint, label: codePointLabel(codePoint) }]);
    }
    expect(findRefusedCharacters('钱\uD800君').map((c) => c.index)).toEqual([1]);
  });

  it('lets the body keep its line feeds and tabs, and nothing else', () => {
    expect(findRefusedCharacters('第一段\n\n第二段\t完', { lineBreaks: true })).toEqual([]);
    expect(findRefusedCharacters('第一段\r\n', { lineBreaks: true }).map((c) => c.label)).toEqual(['U+000D CARRIAGE RETURN']);
    expect(findRefusedCharacters('第一段\n').map((c) => c.label)).toEqual(['U+000A LINE FEED']);
  });

  it('accepts ordinary Chinese, Latin, emoji with joiners and full-width punctuation', () => {
    expect(findRefusedCharacters('湖南省市场监管局（AMR）“示范”👩‍💻 — 2023年')).toEqual([]);
  });

  it('tells text made only of invisible characters from text with something to see', () => {
    for (const invisible of ['\u200B', '\u200B\u200C\u200D', '\uFEFF', ' \u3000 ', '\u2060\u00AD', '\u3164', '\u2800']) {
      expect(isInvisibleOnly(invisible), JSON.stringify(invisible)).toBe(true);
    }
    for (const visible of ['', '钱', '\u200B钱', 'a\u200D', '·']) expect(isInvisibleOnly(visible), JSON.stringify(visible)).toBe(false);
  });

  it('quotes text with its refused characters shown, never acting on a terminal', () => {
    expect(quotable('姜\u202E星\u001B[31m')).toBe('姜[U+202E]星[U+001B][31m');
  });
});

describe('naming a character, at the edges of each table', () => {
  it.each([
    [0x00, 'U+0000 NULL'],
    [0x1f, 'U+001F UNIT SEPARATOR'],
    [0x20, 'U+0020'],
    [0x7f, 'U+007F DELETE'],
    [0x80, 'U+0080 PADDING CHARACTER'],
    [0x9f, 'U+009F APPLICATION PROGRAM COMMAND'],
    [0xa0, 'U+00A0 NO-BREAK SPACE'],
    [0xd7ff, 'U+D7FF'],
    [0xd800, 'U+D800 an unpaired surrogate (half of a broken character)'],
    [0xdfff, 'U+DFFF an unpaired surrogate (half of a broken character)'],
    [0xe000, 'U+E000'],
    [0xfffe, 'U+FFFE a noncharacter'],
  ])('%i is %s', (codePoint, label) => {
    expect(codePointLabel(codePoint)).toBe(label);
  });

  it('lists the characters of invisible text once each, in order', () => {
    expect(describeCharacters('\u200b\u200b\u3000')).toBe('U+200B ZERO WIDTH SPACE, U+3000 IDEOGRAPHIC SPACE');
  });

  it.each([
    [0x0a, 'contains U+000A LINE FEED here: write the value on one line'],
    [0x0d, 'contains U+000D CARRIAGE RETURN here: write the value on one line'],
    [0x09, 'contains U+0009 CHARACTER TABULATION here: delete it (it is invisible on the page; paste the text again as plain text if you copied it from the web)'],
  ])('advises on %i', (codePoint, advice) => {
    expect(describeRefused({ index: 0, codePoint, label: codePointLabel(codePoint) }, 'here')).toBe(advice);
  });
});
