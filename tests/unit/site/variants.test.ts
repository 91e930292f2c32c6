import { describe, expect, it } from 'vitest';
import { defaultVariant, findVariant, getVariant, otherVariants, scripts, variantForLanguages, variants, type Script } from '../../../src/lib/site/variants.ts';

describe('the variants list', () => {
  it('publishes Traditional and Simplified with their labels, paths and lang tags', () => {
    expect(variants.map((v) => [v.lang, v.path, v.label, v.opencc])).toEqual([
      ['zh-Hant', 'zh-hant', '繁體', 'tw'],
      ['zh-Hans', 'zh-hans', '简体', 'cn'],
    ]);
  });

  it('never uses opencc presets that rename agencies or use rare forms', () => {
    for (const v of variants) expect(['t', 'twp', 'hkp']).not.toContain(v.opencc);
  });

  it('has unique keys, paths and lang tags', () => {
    for (const field of ['key', 'path', 'lang'] as const) {
      expect(new Set(variants.map((v) => v[field])).size).toBe(variants.length);
    }
  });

  it('derives the scripts from the variants: each once, in list order', () => {
    expect(scripts).toEqual(['hant', 'hans']);
    for (const v of variants) expect(scripts).toContain(v.script);
  });

  it('keeps a variant’s key (its id) apart from its script', () => {
    // `npm run check` fails if a key ever becomes assignable to Script again: a
    // zh-Hant-HK variant would have its own key but the script hant.
    // @ts-expect-error a key is not a Script; write `variant.script` where the script is meant
    const script: Script = defaultVariant.key;
    expect(script).toBe(defaultVariant.script);
  });

  it('finds a variant by key, path or lang tag, case-insensitively', () => {
    expect(findVariant('hant')?.lang).toBe('zh-Hant');
    expect(findVariant('zh-hans')?.lang).toBe('zh-Hans');
    expect(findVariant('ZH-HANT')?.lang).toBe('zh-Hant');
    expect(findVariant('en')).toBeUndefined();
    expect(() => getVariant('zh-tw')).toThrow(/Unknown script variant "zh-tw". Known: zh-hant, zh-hans/);
  });

  it('lists the other variants for the switch', () => {
    expect(otherVariants(getVariant('hant')).map((v) => v.key)).toEqual(['hans']);
  });
});

describe('choosing a variant from the browser languages', () => {
  it.each([
    [['zh-TW'], 'hant'],
    [['zh-HK', 'en'], 'hant'],
    [['zh-MO'], 'hant'],
    [['zh-Hant-CN'], 'hant'],
    [['zh-Hant'], 'hant'],
    [['zh-CN'], 'hans'],
    [['zh-SG'], 'hans'],
    [['zh'], 'hans'],
    [['zh-Hans-HK'], 'hans'],
    [['en-US', 'zh-TW'], 'hant'],
    [['en-US'], defaultVariant.key],
    [[], defaultVariant.key],
  ])('%j → %s', (languages, expected) => {
    expect(variantForLanguages(languages).key).toBe(expected);
  });
});
