import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation } from '../../../src/lib/importer/steps/full-width-punctuation.ts';
import { readHeader } from '../../../src/lib/importer/steps/read-header.ts';
import { removePinyin } from '../../../src/lib/importer/steps/remove-pinyin.ts';
import { seedLinesWithoutChrome } from './seed.ts';

describe('full-width punctuation in Chinese context', () => {
  it('rewrites every ASCII mark of the seed body, which is all Chinese, and counts each rule', () => {
    const body = readHeader(seedLinesWithoutChrome(), 'seed.txt')
      .body.map((span) => removePinyin(span.text).text)
      .join('\n');
    const { text, counts } = fullWidthPunctuation(body);
    for (const mark of [',', ':', ';', '(', ')', '!'] as const) {
      expect(counts[mark]).toBe(body.split(mark).length - 1);
    }
    expect(counts[',']).toBeGreaterThan(40);
    expect(text).not.toMatch(/[,:;()!]/);
    expect(text).toContain('2個示范站（點）授牌');
    expect(text).toContain('2月17日，湖南省');
  });

  it('leaves marks between digits or Latin letters alone', () => {
    for (const text of ['3.5', '10:30', 'a, b; c!', 'f(x)', '1,000']) {
      expect(fullWidthPunctuation(text).text).toBe(text);
    }
  });

  it('rewrites a mark touching Han text or CJK punctuation on either side', () => {
    expect(fullWidthPunctuation('时间:10:30,地点:长沙;好!').text).toBe('时间：10:30，地点：长沙；好！');
    expect(fullWidthPunctuation('“湖南样本”,2021年').text).toBe('“湖南样本”，2021年');
  });

  it('rewrites brackets as a pair, so one in Chinese context brings its partner', () => {
    const result = fullWidthPunctuation('苹果公司(Apple)发布,(2023年)');
    expect(result.text).toBe('苹果公司（Apple）发布，（2023年）');
    expect(result.counts).toEqual({ ',': 1, ':': 0, ';': 0, '(': 2, ')': 2, '!': 0 });
  });
});
