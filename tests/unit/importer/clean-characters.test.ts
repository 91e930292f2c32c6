import { describe, expect, it } from 'vitest';
import { cleanCharacters } from '../../../src/lib/importer/steps/clean-characters.ts';
import { linesOf } from './seed.ts';

describe('cleaning characters', () => {
  it('removes terminal escape sequences whole and control characters, listing each by name and place', () => {
    const { lines, controlsRemoved } = cleanCharacters(linesOf('标题', '\u001B[31m国铁\u001B[0m集团\u0007表示\u200B，\u202E将加开'));
    expect(lines[1]?.text).toBe('国铁集团表示，将加开');
    expect(controlsRemoved.map((r) => `${r.line}:${r.column} ${r.was}`)).toEqual([
      '2:1 terminal escape sequence [U+001B][31m',
      '2:8 terminal escape sequence [U+001B][0m',
      '2:14 U+0007 BELL',
      '2:17 U+200B ZERO WIDTH SPACE',
      '2:19 U+202E RIGHT-TO-LEFT OVERRIDE',
    ]);
  });

  it('removes every character the article check refuses, named from its one table, so the build never refuses what came out clean', () => {
    const { lines, controlsRemoved } = cleanCharacters(linesOf('国铁\u2028集团\u2029表示\u061C，\uFFFE将\u00AD加开\u2060列车\uFEFF'));
    expect(lines[0]?.text).toBe('国铁集团表示，将加开列车');
    expect(controlsRemoved.map((r) => `${r.column} ${r.was}`)).toEqual([
      '3 U+2028 LINE SEPARATOR',
      '6 U+2029 PARAGRAPH SEPARATOR',
      '9 U+061C ARABIC LETTER MARK',
      '11 U+FFFE a noncharacter',
      '13 U+00AD SOFT HYPHEN',
      '16 U+2060 WORD JOINER',
      '19 U+FEFF ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)',
    ]);
  });

  it('decodes a reference to a refused character to nothing', () => {
    const { lines, entitiesDecoded } = cleanCharacters(linesOf('姜&#x202E;星&#8232;'));
    expect(lines[0]?.text).toBe('姜星');
    expect(entitiesDecoded.map((r) => `${r.was} → «${r.now}»`)).toEqual(['&#x202E; → «»', '&#8232; → «»']);
  });

  it('decodes HTML entities that end in a semicolon; R&D and AT&T stay', () => {
    const { lines, entitiesDecoded } = cleanCharacters(linesOf('&nbsp;&nbsp;R&D 与 AT&T &amp; &ldquo;五一&rdquo; &#x4e2d;&#25991; &lt;b&gt;'));
    expect(lines[0]?.text).toBe('  R&D 与 AT&T & “五一” 中文 <b>');
    expect(entitiesDecoded.map((r) => r.was)).toEqual(['&nbsp;', '&nbsp;', '&amp;', '&ldquo;', '&rdquo;', '&#x4e2d;', '&#25991;', '&lt;', '&gt;']);
  });

  it('leaves clean lines as they are', () => {
    const input = linesOf('湖南省市场监管局', '5G (AI) 3,200 9:30 32.8% *ST\tMichael Chen（陈志明）');
    expect(cleanCharacters(input)).toEqual({ lines: input, controlsRemoved: [], entitiesDecoded: [] });
  });
});
