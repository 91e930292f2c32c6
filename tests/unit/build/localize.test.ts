import { describe, expect, it } from 'vitest';
import { localizerFor, siteGlossary } from '../../../src/build/localize.ts';
import { houseVocabulary } from '../../../src/lib/convert/house-vocabulary.ts';
import { getVariant } from '../../../src/lib/site/variants.ts';

const hant = getVariant('zh-hant');
const hans = getVariant('zh-hans');

describe('the build-time localizer', () => {
  it('reads the house vocabulary first, then the project glossary', () => {
    const glossary = siteGlossary();
    expect(glossary.slice(0, houseVocabulary.length)).toEqual(houseVocabulary);
    expect(glossary.some((entry) => entry.hans === '知识产权局')).toBe(true);
  });

  it('converts Simplified text to Traditional with the house vocabulary, the glossary and corner quotes', () => {
    const t = localizerFor('hans', hant);
    expect(t.text('长沙市知识产权局发布“示范企业”名单')).toBe('長沙市知識產權局發布「示範企業」名單');
    expect(localizerFor('hans', hans).text('示范企业')).toBe('示范企业');
  });

  it("honours an article's own overrides after the glossary", () => {
    // The actress 干露露: OpenCC alone reads her surname as the verb 幹.
    const overrides = [{ hans: '干露露', hant: '干露露' }];
    expect(localizerFor('hans', hant).text('干露露说')).toBe('幹露露說');
    expect(localizerFor('hans', hant, overrides).text('干露露说')).toBe('干露露說');
  });

  it('gives one localizer per script, variant and overrides list, so pages share the converter index', () => {
    const overrides = [{ hans: '干露露', hant: '干露露' }];
    expect(localizerFor('hans', hant)).toBe(localizerFor('hans', hant));
    expect(localizerFor('hans', hant, overrides)).toBe(localizerFor('hans', hant, overrides));
    expect(localizerFor('hans', hant, overrides)).not.toBe(localizerFor('hans', hant));
    expect(localizerFor('hans', hant)).not.toBe(localizerFor('hans', hans));
  });
});
