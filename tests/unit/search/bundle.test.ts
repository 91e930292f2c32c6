import { describe, expect, it } from 'vitest';
import { bundleBase, bundleLanguage, bundleOfResult, parseSearchManifest } from '../../../src/lib/search/bundle.ts';

describe('the search index layout: a bundle per period', () => {
  it('names each bundle\'s folder and language, and reads the bundle back from a result id', () => {
    expect(bundleBase({ path: 'zh-hant' }, '2023')).toBe('/pagefind/zh-hant/2023/');
    expect(bundleBase({ path: 'zh-hans' }, '2023m02')).toBe('/pagefind/zh-hans/2023m02/');
    expect(bundleLanguage('2023')).toBe('und-2023');
    expect(bundleLanguage('2023q1')).toBe('und-2023q1');
    // Pagefind names each result by its bundle's language and the fragment's hash.
    expect(bundleOfResult('und-2023_3fac04f7b8870f1e')).toBe('2023');
    expect(bundleOfResult('und-2023q1_12f08fb')).toBe('2023q1');
    expect(bundleOfResult('und-2023m02_12f08fb')).toBe('2023m02');
    expect(bundleOfResult('und-2023m02c_12f08fb')).toBe('2023m02c');
    expect(bundleOfResult('und_12f08fb')).toBeUndefined();
    expect(bundleOfResult('en_12f08fb')).toBeUndefined();
  });

  it('reads search.json (periods newest first, and the fold table), and refuses one it cannot trust, saying what it expects', () => {
    expect(parseSearchManifest({ periods: [{ period: '2023', pages: 91 }, { period: '2013', pages: 0 }], fold: '們们' })).toEqual({
      periods: [
        { period: '2023', pages: 91 },
        { period: '2013', pages: 0 },
      ],
      fold: '們们',
    });
    expect(parseSearchManifest({ periods: [], fold: '' })).toEqual({ periods: [], fold: '' });
    expect(() => parseSearchManifest({ periods: [] })).toThrow('search.json holds no "fold" string (the fold table); index the site again (npx node scripts/index-search.ts).');
    expect(() => parseSearchManifest({ periods: [], fold: ['們', '们'] })).toThrow('search.json holds no "fold" string');
    expect(parseSearchManifest({ periods: [{ period: '2024', pages: 3 }, { period: '2023q4', pages: 250 }, { period: '2023q3', pages: 1 }, { period: '2022m12', pages: 90 }, { period: '2022m11c', pages: 9 }, { period: '2022m11a', pages: 9 }], fold: '' }).periods.map((p) => p.period)).toEqual(['2024', '2023q4', '2023q3', '2022m12', '2022m11c', '2022m11a']);
    expect(() => parseSearchManifest({ periods: [{ period: '2023m02d', pages: 1 }], fold: '' })).toThrow('is not a period entry');
    expect(() => parseSearchManifest({ periods: [{ period: '2023q5', pages: 1 }], fold: '' })).toThrow('is not a period entry');
    expect(() => parseSearchManifest({ periods: [{ period: '2023m13', pages: 1 }], fold: '' })).toThrow('is not a period entry');
    expect(() => parseSearchManifest(null)).toThrow('search.json holds no "periods" list.');
    expect(() => parseSearchManifest([{ period: '2023', pages: 1 }])).toThrow('search.json holds no "periods" list.');
    expect(() => parseSearchManifest({ periods: [{ period: '../2023', pages: 1 }], fold: '' })).toThrow('search.json: {"period":"../2023","pages":1} is not a period entry ({"period": "2023", "pages": 91}).');
    expect(() => parseSearchManifest({ periods: [{ period: '2023', pages: -1 }], fold: '' })).toThrow('is not a period entry');
    expect(() => parseSearchManifest({ periods: [{ period: '2023', pages: 1.5 }], fold: '' })).toThrow('is not a period entry');
    expect(() => parseSearchManifest({ periods: [null], fold: '' })).toThrow('search.json: null is not a period entry');
    expect(() => parseSearchManifest({ periods: [{ period: '2013', pages: 1 }, { period: '2023', pages: 1 }], fold: '' })).toThrow('search.json: periods must be newest first, once each (2013 before 2023).');
    expect(() => parseSearchManifest({ periods: [{ period: '2023', pages: 1 }, { period: '2023', pages: 2 }], fold: '' })).toThrow('periods must be newest first, once each (2023 before 2023).');
  });
});
