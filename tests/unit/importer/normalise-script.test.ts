import { describe, expect, it } from 'vitest';
import { countChanged, normaliseScript } from '../../../src/lib/importer/steps/normalise-script.ts';
import { removePinyin } from '../../../src/lib/importer/steps/remove-pinyin.ts';
import { seedLinesWithoutChrome } from './seed.ts';

function seedWithoutPinyin(): string {
  return seedLinesWithoutChrome()
    .map((span) => removePinyin(span.text).text)
    .join('\n');
}

describe('normalising to Simplified script', () => {
  it('restores the Simplified original of the seed', () => {
    const { text } = normaliseScript(seedWithoutPinyin());
    for (const word of ['示范', '规范', '复制', '制造业', '关于', '采取', '并', '七百余家', '依托', '中国质量万里行', '黄星星', '知识产权局']) {
      expect(text).toContain(word);
    }
    expect(text).not.toMatch(/[監質業護區關採並餘託規複製範]/u);
  });

  it('counts the characters it changed', () => {
    const before = seedWithoutPinyin();
    const result = normaliseScript(before);
    expect(result.changed).toBe(countChanged(before, result.text));
    expect(result.changed).toBeGreaterThan(300);
    expect(normaliseScript('湖南省市場監管局')).toEqual({
      text: '湖南省市场监管局',
      changed: 2,
      changes: [
        { index: 4, from: '場', to: '场' },
        { index: 5, from: '監', to: '监' },
      ],
    });
  });

  it('leaves Simplified text as it is', () => {
    const simplified = '湖南省市场监管局为示范企业授牌，2月17日。';
    expect(normaliseScript(simplified, 'hans')).toEqual({ text: simplified, changed: 0, changes: [] });
    // 於 is a surname as well as a Traditional character: Simplified input is never converted.
    expect(normaliseScript('记者於一鸣报道', 'hans').text).toBe('记者於一鸣报道');
  });

  it('counts by character, so text outside the BMP is one character', () => {
    expect(countChanged('𠀀a', '𠀀b')).toBe(1);
    expect(countChanged('ab', 'abc')).toBe(1);
  });
});
