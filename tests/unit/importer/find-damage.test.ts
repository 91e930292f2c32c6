import { describe, expect, it } from 'vitest';
import { findDamage } from '../../../src/lib/importer/steps/find-damage.ts';
import { linesOf, seedLinesWithoutChrome, seedText } from './seed.ts';

describe('finding damage', () => {
  it('finds the damaged seed byline, and only it, at its raw line and column', () => {
    const damage = findDamage(seedLinesWithoutChrome());
    expect(damage).toEqual([
      { kind: 'lost-character', line: 3, column: 8, text: '?' },
      { kind: 'unmatched-bracket', line: 3, column: 11, text: ')' },
    ]);
    const byline = [...(seedText.split('\n')[2] ?? '')];
    expect(byline[7]).toBe('?');
    expect(byline[10]).toBe(')');
  });

  it('finds U+FFFD anywhere, and a question mark glued inside Han text', () => {
    const damage = findDamage(linesOf('国务\uFFFD院', '市场监?管局', '?务院召开会议'));
    expect(damage.map(({ kind, line, column }) => [kind, line, column])).toEqual([
      ['replacement-character', 1, 3],
      ['lost-character', 2, 4],
      ['lost-character', 3, 1],
    ]);
  });

  it('reads a question mark after a pinyin annotation as inside Han text', () => {
    expect(findDamage(linesOf('監(jiān)?局')).map((d) => d.column)).toEqual([8]);
  });

  it('finds a question mark before pinyin residue at the start of a name', () => {
    expect(findDamage(linesOf('文/张三 ?dú)g')).map(({ kind, column }) => [kind, column])).toEqual([
      ['lost-character', 6],
      ['unmatched-bracket', 9],
    ]);
  });

  it('leaves real question marks alone: at the end of a sentence, before a quote, in Latin text or numbers', () => {
    expect(findDamage(linesOf('你去吗?', '他问："去吗？"', 'What?Yes', '3?5', 'https://a.cn/?id=1'))).toEqual([]);
  });

  it('counts columns in characters, so a character outside the BMP is one column', () => {
    expect(findDamage(linesOf('𠀀𠀀?字')).map((d) => d.column)).toEqual([3]);
  });

  it('finds brackets that open or close nothing, treating half- and full-width forms as one pair', () => {
    const damage = findDamage(linesOf('示範站(點）授牌', '《企业规范', '完成)了', '【通知]'));
    expect(damage.map(({ line, column, text }) => [line, column, text])).toEqual([
      [2, 1, '《'],
      [3, 3, ')'],
    ]);
  });
});
