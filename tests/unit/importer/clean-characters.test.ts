import { describe, expect, it } from 'vitest';
import { cleanCharacters } from '../../../src/lib/importer/steps/clean-characters.ts';
import { linesOf } from './seed.ts';

describe('cleaning characters', () => {
  it('removes terminal escape sequences whole and control characters, listing each by name and place', () => {
    const { lines, controlsRemoved } = cleanCharacters(linesOf('标题', '\u001B[31m国铁\u001B[0m集团\u0007表示\u200B，\u202E将加开'));
    expect(lines[1]?.text).toBe('国铁集团表示，将加开');
    expect(controlsRemoved.map((r) => `${r.line}:${r.column} ${r.was}`)).toEqual([
      '2:1 terminal escape sequence \\x1b[31m',
      '2:8 terminal escape sequence \\x1b[0m',
      '2:14 U+0007 BELL',
      '2:17 U+200B ZERO WIDTH SPACE',
      '2:19 U+202E RIGHT-TO-LEFT OVERRIDE',
    ]);
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
