import { describe, expect, it } from 'vitest';
import { convertText } from '../../../src/lib/convert/converter.ts';
import { houseVocabulary } from '../../../src/lib/convert/house-vocabulary.ts';
import { getVariant } from '../../../src/lib/site/variants.ts';
import { readNewsSentences, score } from '../../../scripts/conversion/news-sentences.ts';

// The benchmark of our own: news sentences written by hand in both scripts.
// The site converts with the house vocabulary before any glossary, so it is here too.
const sentences = readNewsSentences();
const toHant = (text: string) => convertText(text, { from: 'hans', to: getVariant('hant'), overrides: houseVocabulary });
const toHans = (text: string) => convertText(text, { from: 'hant', to: getVariant('hans'), overrides: houseVocabulary });

describe('news sentences benchmark', () => {
  it('holds at least 1,000 sentences, among them the cases OpenCC is known to get wrong', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(1000);
    const all = sentences.map((s) => s.hans).join('\n');
    for (const phrase of ['被发明', '展示了如何', '参与制造', '电视频段', '少数组织', '周线图']) expect(all).toContain(phrase);
  });

  it('converts every sentence to Traditional with no wrong character', () => {
    expect(score(sentences, 'hans>hant', toHant)).toEqual([]);
  });

  it('converts every sentence back to Simplified with no wrong character', () => {
    expect(score(sentences, 'hant>hans', toHans)).toEqual([]);
  });
});
