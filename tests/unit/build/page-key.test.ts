import { describe, expect, it } from 'vitest';
import { keyOf, siteWideInputsOf } from '../../../src/build/page-key.ts';

// sha256("abc"), written out (FIPS 180-2's own example).
const abcDigest = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

const site = siteWideInputsOf('abc', 2023);
const a = { id: 'hunan-trade-secrets', digest: 'd1' };
const b = { id: 'changsha-awards', digest: 'd2' };

describe('siteWideInputsOf', () => {
  it('names the glossary by its digest and the newest story by its year', () => {
    expect(site).toBe(`${abcDigest}\n2023`);
    expect(siteWideInputsOf('abc', undefined)).toBe(`${abcDigest}\n`);
  });
});

describe('keyOf: a page is rendered again exactly when something it shows changed', () => {
  const key = keyOf('article', site, [a, b]);

  it('gives the same key for the same inputs, build after build', () => {
    expect(keyOf('article', site, [{ ...a }, { ...b }])).toBe(key);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when any article it shows changes, not only the first', () => {
    expect(keyOf('article', site, [{ ...a, digest: 'd1-corrected' }, b])).not.toBe(key);
    expect(keyOf('article', site, [a, { ...b, digest: 2 }])).not.toBe(key);
  });

  it('changes when an article is added, removed or moves (a listing shows them in order)', () => {
    expect(keyOf('article', site, [a])).not.toBe(key);
    expect(keyOf('article', site, [a, b, { id: 'third', digest: 'd3' }])).not.toBe(key);
    expect(keyOf('article', site, [b, a])).not.toBe(key);
  });

  it('changes with the glossary or the newest year, which every page shows', () => {
    expect(keyOf('article', siteWideInputsOf('abd', 2023), [a, b])).not.toBe(key);
    expect(keyOf('article', siteWideInputsOf('abc', 2024), [a, b])).not.toBe(key);
  });

  it('keeps pages of different kinds apart even when they show the same articles', () => {
    expect(keyOf('month', site, [a, b])).not.toBe(key);
    expect(keyOf('entity', site, [a, b])).not.toBe(keyOf('month', site, [a, b]));
  });

  it('refuses an article without a digest, naming it, rather than key a page that cannot see its change', () => {
    expect(() => keyOf('article', site, [a, { id: 'no-digest' }])).toThrow('The article no-digest has no digest: src/build/article-loader.ts sets one on every entry.');
  });
});
