import { describe, expect, it } from 'vitest';
import { convertText } from '../../../src/lib/convert/converter.ts';
import { houseVocabulary } from '../../../src/lib/convert/house-vocabulary.ts';
import { searchMessages } from '../../../src/lib/search/messages.ts';
import { everyWording, ui, uiParts } from '../../../src/lib/site/ui.ts';
import { getVariant, otherVariants, variants } from '../../../src/lib/site/variants.ts';

const hant = getVariant('hant');
const hans = getVariant('hans');

describe('the interface dictionary', () => {
  it.each(variants.map((v) => [v.lang, v] as const))('every %s string survives a round trip through the other script (it is wholly in its script)', (_lang, variant) => {
    const other = otherVariants(variant)[0]!;
    for (const { key, wording } of everyWording()) {
      const text = wording[variant.script];
      const back = convertText(convertText(text, { from: variant.script, to: other, overrides: houseVocabulary }), { from: other.script, to: variant, overrides: houseVocabulary });
      expect(back, key).toBe(text);
    }
  });

  it('writes Traditional to Taiwan’s usage and Simplified to the mainland’s, never mixing them', () => {
    const all = (script: 'hant' | 'hans') => everyWording().map(({ wording }) => wording[script]).join('\n');
    // Taiwan: 搜尋, 報導, 發布, 載入, 筆 (results), 影音; never 字體 for a script (it reads as "font").
    for (const word of ['搜索', '報道', '發佈', '加載', '視頻', '字體']) expect(all('hant'), word).not.toContain(word);
    for (const word of ['搜尋', '報導', '發布', '載入']) expect(all('hant'), word).toContain(word);
    for (const word of ['搜尋', '报导', '载入', '字体']) expect(all('hans'), word).not.toContain(word);
    for (const word of ['搜索', '报道', '发布', '加载']) expect(all('hans'), word).toContain(word);
  });

  it('gives the search script a typed subset of the same words', () => {
    for (const variant of variants) {
      const messages = searchMessages(variant);
      expect(messages.awards).toBe(ui(variant, 'awards'));
      expect(messages.more).toBe(ui(variant, 'searchMore'));
    }
    expect(searchMessages(hant).found).toBe('「{query}」：找到 {count} 筆結果。');
    expect(searchMessages(hans).found).toBe('“{query}”：找到 {count} 条结果。');
  });

  it('cuts a message at its placeholders so a page can fill them with a link and a date', () => {
    expect(uiParts(hant, 'firstPublished')).toEqual([{ text: '本文最初由' }, { slot: 'source' }, { text: '於' }, { slot: 'date' }, { text: '發布。' }]);
  });
});
