import { describe, expect, it } from 'vitest';
import { fullFoldTable } from '../../../../src/lib/search/fold-table.ts';
import { readIndexedPage } from '../../../../src/lib/search/html-page.ts';
import { indexRecordOf } from '../../../../src/lib/search/index-record.ts';
import { nameEntriesOf } from '../../../../src/lib/search/names/collect.ts';
import { readEntry, storeEntry } from '../../../../src/lib/search/names/entry.ts';
import { readManifest, readPostings, shardCountFor } from '../../../../src/lib/search/names/layout.ts';
import { nameKey, pinyinKeysOf, pinyinQueryKey } from '../../../../src/lib/search/names/name-key.ts';
import { isOneOff } from '../../../../src/lib/search/names/one-off.ts';
import { getVariant } from '../../../../src/lib/site/variants.ts';

const table = fullFoldTable();

describe('name keys', () => {
  it('folds a name in either script to one key, without punctuation or spaces', () => {
    expect(nameKey('錢俊君', table)).toBe('钱俊君');
    expect(nameKey('示範站（點）', table)).toBe('示范站点');
    expect(nameKey(' 湘潭 高新區 ', table)).toBe('湘潭高新区');
    expect(nameKey('ＩＢＭ', table)).toBe('ibm');
  });

  it('reads pinyin typed with or without tones, spaces, tone numbers or capitals', () => {
    expect(pinyinQueryKey('qian junjun')).toBe('qianjunjun');
    expect(pinyinQueryKey('qiánjùnjūn')).toBe('qianjunjun');
    expect(pinyinQueryKey('QianJunjun')).toBe('qianjunjun');
    expect(pinyinQueryKey('Qián Jùnjūn')).toBe('qianjunjun');
    expect(pinyinQueryKey('qian2 jun4 jun1')).toBe('qianjunjun');
    expect(pinyinQueryKey("Xi'an")).toBe('xian');
    expect(pinyinQueryKey('Lǚ Bù')).toBe('lvbu');
    expect(pinyinQueryKey('lü bu')).toBe('lvbu');
    expect(pinyinQueryKey('lu: bu')).toBe('lvbu');
  });

  it('is no pinyin key for Han characters, one letter, or letters mixed with Han', () => {
    expect(pinyinQueryKey('钱俊君')).toBeUndefined();
    expect(pinyinQueryKey('q')).toBeUndefined();
    expect(pinyinQueryKey('qian俊君')).toBeUndefined();
    expect(pinyinQueryKey('  ')).toBeUndefined();
  });

  it('files a name under its whole pinyin and its first two to four syllables, ü also as u', () => {
    expect(pinyinKeysOf(['qian', 'jun', 'jun'])).toEqual({ whole: ['qianjunjun'], starts: ['qianjun'] });
    expect(pinyinKeysOf(['lü', 'xiao', 'ming'])).toEqual({ whole: ['lvxiaoming', 'luxiaoming'], starts: ['lvxiao', 'luxiao'] });
    expect(pinyinKeysOf(['xiang', 'tan', 'gao', 'xin', 'ji', 'shu'])).toEqual({ whole: ['xiangtangaoxinjishu'], starts: ['xiangtan', 'xiangtangao', 'xiangtangaoxin'] });
    // A name with a digit or a letter pinyin cannot spell has no pinyin key.
    expect(pinyinKeysOf(['2023', 'nian'])).toEqual({ whole: [], starts: [] });
  });
});

describe('one character off', () => {
  it.each([
    ['钱峻君', '钱俊君', true],
    ['钱君', '钱俊君', true],
    ['钱俊君君', '钱俊君', true],
    ['前俊君', '钱俊君', true],
    ['钱俊', '钱俊君', true],
    ['钱俊君', '钱俊君', false],
    ['钱峻峻', '钱俊君', false],
    ['俊钱君', '钱俊君', false],
    ['钱', '钱俊君', false],
    ['𠀀俊君', '𠀁俊君', true],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(isOneOff(a, b)).toBe(expected);
    expect(isOneOff(b, a)).toBe(expected);
  });
});

describe('stored files are data', () => {
  it('reads back a stored entry, and refuses one without a kind, name or address', () => {
    const entry = { kind: 'person', name: '錢俊君', aliases: [], label: '人物', position: '2023年2月時任…', awards: [], recipient: false, url: '/zh-hant/entities/qian-junjun/', stories: 3, latest: '2023-02-24' } as const;
    expect(storeEntry(entry)).toEqual({ k: 'person', n: '錢俊君', l: '人物', p: '2023年2月時任…', u: '/zh-hant/entities/qian-junjun/', c: 3, d: '2023-02-24' });
    expect(readEntry(storeEntry(entry))).toEqual(entry);
    expect(readEntry({ k: 'wizard', n: 'x', u: '/x/' })).toBeUndefined();
    expect(readEntry({ k: 'person', n: '', u: '/x/' })).toBeUndefined();
    expect(readEntry({ k: 'person', n: 'x' })).toBeUndefined();
    expect(readEntry('<script>')).toBeUndefined();
    for (const url of ['javascript:alert(1)', '//evil.example/', 'https://evil.example/', '/\\evil.example/', 'zh-hant/entities/x/']) expect(readEntry({ k: 'person', n: 'x', u: url }), url).toBeUndefined();
    expect(readEntry({ k: 'place', n: 'x', u: '/x/', a: ['y', 3, null], c: 'many' })?.aliases).toEqual(['y']);
  });

  it('reads only the keys asked for, skipping entries that are not entries', () => {
    const shard = { e: [{ k: 'person', n: '钱俊君', l: '人物', u: '/zh-hans/entities/qian-junjun/', c: 1 }, { bad: true }], k: { b钱俊: [3, 0, 1], b俊君: [1, 0], __proto__: [1, 0] } };
    const postings = readPostings(JSON.parse(JSON.stringify(shard)), ['b钱俊', 'constructor', 'b君君']);
    expect([...postings.keys()]).toEqual(['b钱俊']);
    expect(postings.get('b钱俊')?.total).toBe(3);
    expect(postings.get('b钱俊')?.entries.map((e) => e.name)).toEqual(['钱俊君']);
    expect(readPostings(null, ['b钱俊']).size).toBe(0);
  });

  it('refuses a manifest of another version', () => {
    expect(readManifest({ v: 2, shards: 3, fold: '' })).toBeUndefined();
    expect(readManifest({ v: 1, shards: 0, fold: '' })).toBeUndefined();
    expect(readManifest({ v: 1, shards: 3, fold: '錢钱' })?.table.get('錢')).toBe('钱');
  });
});

describe('name rows from the built pages', () => {
  const hant = getVariant('zh-hant');
  const entityPage = `<!doctype html><html lang="zh-Hant"><body><div data-pagefind-body data-pagefind-sort="date:2023-02-24">
    <p class="meta" data-pagefind-filter="type:person"><span><a href="/zh-hant/people/" data-pagefind-meta="type">人物</a></span></p>
    <h1 data-pagefind-meta="title, name[data-name], position[data-position], stories[data-stories]" data-name="錢俊君" data-position="2023年2月時任湖南省市場監管局黨組書記、局長" data-stories="12">錢俊君</h1></div></body></html>`;
  const articlePage = (date: string, byline: string) => `<!doctype html><html lang="zh-Hant"><body><article data-pagefind-body data-pagefind-filter="type:article">
    <p class="meta" data-pagefind-ignore><time data-pagefind-sort="date:${date}">…</time><span data-pagefind-meta="source">中國質量萬里行</span></p>
    <h1 data-pagefind-meta="title" data-pagefind-ignore>標題</h1>
    <div class="credits" data-pagefind-ignore><p class="byline">文／<span data-pagefind-meta="byline[data-name]" data-name="${byline}">${byline}</span>　圖／<span>本報資料圖</span></p></div>
    <p>正文。</p></article></body></html>`;
  const record = (html: string, url: string) => {
    const page = readIndexedPage(html);
    if (!page) throw new Error('no body');
    return indexRecordOf(page, url);
  };

  it('gives an entity its type, dated position and story count, and merges a byline across stories in either script', () => {
    const records = [
      record(entityPage, '/zh-hant/entities/qian-junjun/'),
      record(articlePage('2023-02-24', '周欣'), '/zh-hant/articles/a/'),
      record(articlePage('2022-05-01', '周欣'), '/zh-hant/articles/b/'),
    ];
    expect(nameEntriesOf(records, hant, table)).toEqual([
      { kind: 'person', name: '錢俊君', aliases: [], label: '人物', position: '2023年2月時任湖南省市場監管局黨組書記、局長', awards: [], recipient: false, url: '/zh-hant/entities/qian-junjun/', stories: 12, latest: '2023-02-24' },
      { kind: 'byline', name: '周欣', aliases: [], label: '作者', position: '', awards: [], recipient: false, url: '/zh-hant/search/?q=%E5%91%A8%E6%AC%A3&type=article', stories: 2, latest: '2023-02-24' },
      { kind: 'source', name: '中國質量萬里行', aliases: [], label: '來源', position: '', awards: [], recipient: false, url: '/zh-hant/search/?q=%E4%B8%AD%E5%9C%8B%E8%B3%AA%E9%87%8F%E8%90%AC%E9%87%8C%E8%A1%8C&type=article', stories: 2, latest: '2023-02-24' },
    ]);
    // The other variant's index holds none of these pages.
    expect(nameEntriesOf(records, getVariant('zh-hans'), table)).toEqual([]);
  });
});

describe('how many shards the name index has', () => {
  it('grows in powers of two, so a publish moves every key only when the postings have doubled', () => {
    expect([0, 1, 48].map(shardCountFor)).toEqual([1, 1, 1]);
    expect([49, 96].map(shardCountFor)).toEqual([2, 2]);
    expect([97, 192].map(shardCountFor)).toEqual([4, 4]);
    expect([193, 384, 385].map(shardCountFor)).toEqual([8, 8, 16]);
    // 10,000 articles' names: ~120,000 postings in 4,096 shards, 29 each on average.
    expect(shardCountFor(120_000)).toBe(4096);
  });
});
