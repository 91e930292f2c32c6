import { describe, expect, it } from 'vitest';
import { removePinyin } from '../../../src/lib/importer/steps/remove-pinyin.ts';
import { isPinyinSyllable } from '../../../src/lib/text/pinyin.ts';
import { seedLinesWithoutChrome } from './seed.ts';

const PINYIN_LEFT = /[(（][a-zü\u00E0-\u01DC]+[)）]/u;

describe('removing pinyin annotations', () => {
  it('removes all 229 annotations of the seed and keeps its 5 real parentheticals', () => {
    let removed = 0;
    let kept = 0;
    const texts: string[] = [];
    // The byline is left out: its names go through the author step.
    for (const span of seedLinesWithoutChrome().filter((s) => s.line !== 3)) {
      const result = removePinyin(span.text);
      removed += result.removed;
      kept += result.kept;
      texts.push(result.text);
    }
    expect(removed).toBe(229);
    expect(kept).toBe(5);
    const all = texts.join('\n');
    expect(all).not.toMatch(PINYIN_LEFT);
    expect(all.match(/示范站\(點\)/g)).toHaveLength(5);
    expect(texts[0]).toBe('湖南省市場監管局為省商業秘密保護示范基地、示范企業、示范站(點)授牌');
  });

  it('keeps brackets that hold words, numbers or English', () => {
    for (const text of ['蘋果公司(Apple)', '截至(2023年)', '示範站(點)', '公司(app)', '5G(AI)', 'Michael Chen（陈志明）', '量子(quantum)']) {
      expect(removePinyin(text)).toMatchObject({ text, removed: 0, kept: 1 });
    }
  });

  it('removes annotations in full-width brackets, with ü, and neutral-tone syllables without a mark', () => {
    expect(removePinyin('監（jiān）管綠(lǜ)色我們(men)')).toMatchObject({ text: '監管綠色我們(men)', removed: 2, kept: 1 });
    // Toneless: maybe a neutral-tone note, maybe a word. Kept, and listed for a person.
    expect(removePinyin('我們(men)').uncertain).toEqual([{ index: 1, text: '們(men)', reason: expect.stringContaining('without tone marks') }]);
  });

  it('removes one tone-marked syllable per Han character before the bracket, in a file annotated throughout', () => {
    expect(removePinyin('重慶(chóngqìng)').text).toBe('重慶');
    expect(removePinyin('到涠洲(Wéizhōu)').text).toBe('到涠洲');
    // Three syllables but only two characters: not an annotation of them.
    expect(removePinyin('涠洲(wéi zhōu dǎo)').removed).toBe(0);
  });

  it('keeps a lone note in a clean file and says why', () => {
    const clean = { toned: 1, han: 800 };
    const result = removePinyin('北海市涠(wéi)洲岛', clean);
    expect(result).toMatchObject({ text: '北海市涠(wéi)洲岛', removed: 0 });
    expect(result.uncertain).toEqual([{ index: 3, text: '涠(wéi)', reason: expect.stringContaining('a lone pinyin note') }]);
  });

  it('needs a Han character before the brackets', () => {
    expect(removePinyin('3(yè)')).toMatchObject({ text: '3(yè)', removed: 0, kept: 1 });
  });

  it('tells pinyin syllables from other words', () => {
    for (const syllable of ['jiān', 'yè', 'zhuàng', 'lǜ', 'nǚ', 'er', 'ng']) expect(isPinyinSyllable(syllable)).toBe(true);
    for (const word of ['apple', 'Jiān', 'xyz', 'zhōngguó', '', 'jian1']) expect(isPinyinSyllable(word)).toBe(false);
  });
});
