import { describe, expect, it } from 'vitest';
import { chainFor, convertWithinWords, wordBoundaries } from '../../../src/lib/convert/word-bounded.ts';

const s2tw = (text: string) => convertWithinWords(text, chainFor('cn', 'tw'));
const tw2s = (text: string) => convertWithinWords(text, chainFor('tw', 'cn'));
const s2hk = (text: string) => convertWithinWords(text, chainFor('cn', 'hk'));

function words(text: string): string[] {
  const boundaries = wordBoundaries(text);
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i += 1) {
    if (boundaries[i]) {
      out.push(text.slice(start, i));
      start = i;
    }
  }
  return out;
}

describe('word boundaries (ICU through Intl.Segmenter)', () => {
  it('splits the sentences OpenCC gets wrong where a reader does', () => {
    expect(words('被发明')).toEqual(['被', '发明']);
    expect(words('展示了如何')).toEqual(['展示', '了', '如何']);
    expect(words('参与制造')).toEqual(['参与', '制造']);
  });

  it('keeps the words of the house list whole', () => {
    expect(words('周线图')).toEqual(['周线图']);
  });
});

describe('conversion that does not cross a word', () => {
  it('converts the cases of OpenCC issue #1497 as a Taiwan reader writes them', () => {
    expect(s2tw('电话被发明以后')).toBe('電話被發明以後');
    expect(s2tw('他展示了如何操作')).toBe('他展示了如何操作');
    expect(s2tw('工人参与制造')).toBe('工人參與製造');
  });

  it('still takes a phrase that covers whole words', () => {
    expect(s2tw('一只猫')).toBe('一隻貓');
    expect(s2tw('余额不足')).toBe('餘額不足');
  });

  it('keeps phrases inside one word', () => {
    expect(s2tw('头发很长')).toBe('頭髮很長');
    expect(s2tw('制造业复苏')).toBe('製造業復甦');
  });

  it('converts back to Simplified', () => {
    expect(tw2s('電話被發明以後')).toBe('电话被发明以后');
    expect(tw2s('頭髮裡的乾燥')).toBe('头发里的干燥');
  });

  it('writes Hong Kong character forms', () => {
    expect(s2hk('里面的温度和税')).toBe('裏面的温度和税');
  });

  it('copies text outside the dictionaries, astral characters and description sequences as written', () => {
    expect(s2tw('GDP 𠀀 ⿰氵发 2024年')).toBe('GDP 𠀀 ⿰氵发 2024年');
  });
});
