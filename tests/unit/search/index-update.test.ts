import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../../src/build/files-under.ts';
import { savedIndexFolder } from '../../../src/build/search-index-cache.ts';
import { writeSearchIndex, type IndexOptions } from '../../../src/integrations/pagefind.ts';
import { updateSearchIndex } from '../../../src/integrations/update-search-index.ts';

// Publishing a story must rewrite only the search bundles whose pages changed, and the index it leaves must be the
// one a whole index of the same site would write, file for file. Real Pagefind, over pages shaped as Astro builds them.

const root = path.resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(path.join(tmpdir(), 'search-index-update-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const article = (lang: string, title: string, date: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><header><form><input name="q"></form></header>` +
  `<main><article data-pagefind-body data-pagefind-filter="type:article"><h1 data-pagefind-meta="title">${title}</h1>` +
  `<p><time datetime="${date}" data-pagefind-sort="date:${date}">${date}</time></p><p>${body}</p></article></main></body></html>`;

const entity = (lang: string, name: string, date: string, stories: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${name}</title></head><body><main><div data-pagefind-body data-pagefind-sort="date:${date}">` +
  `<p data-pagefind-filter="type:person" data-pagefind-ignore><a href="/" data-pagefind-meta="type">人物</a></p>` +
  `<h1 data-pagefind-meta="title, name[data-name]" data-name="${name}">${name}</h1><ul><li>${stories}</li></ul></div></main></body></html>`;

/** The site: articles of 2021 (one), 2022 (two) and 2023 (two) in both scripts, a person's page (filed under 2022, its story's year), and a page not indexed. */
const site: Record<string, string> = {
  'index.html': '<!doctype html><html lang="zh-Hant"><body><h1>首頁</h1></body></html>',
  'zh-hant/articles/a2021/index.html': article('zh-Hant', '長沙開通地鐵', '2021-06-28', '長沙地鐵六號線今日開通，全長四十八公里。'),
  'zh-hans/articles/a2021/index.html': article('zh-Hans', '长沙开通地铁', '2021-06-28', '长沙地铁六号线今日开通，全长四十八公里。'),
  'zh-hant/articles/b2022/index.html': article('zh-Hant', '湘潭高新區獲授牌', '2022-03-01', '錢俊君為湘潭高新區授牌。'),
  'zh-hans/articles/b2022/index.html': article('zh-Hans', '湘潭高新区获授牌', '2022-03-01', '钱俊君为湘潭高新区授牌。'),
  'zh-hant/articles/c2022/index.html': article('zh-Hant', '株洲舉辦車展', '2022-10-12', '株洲國際車展吸引十萬人次。'),
  'zh-hans/articles/c2022/index.html': article('zh-Hans', '株洲举办车展', '2022-10-12', '株洲国际车展吸引十万人次。'),
  'zh-hant/articles/d2023/index.html': article('zh-Hant', '岳陽港吞吐量創新高', '2023-01-05', '岳陽港去年吞吐量達一億噸。'),
  'zh-hans/articles/d2023/index.html': article('zh-Hans', '岳阳港吞吐量创新高', '2023-01-05', '岳阳港去年吞吐量达一亿吨。'),
  'zh-hant/articles/e2023/index.html': article('zh-Hant', '衡陽新建體育館', '2023-08-20', '衡陽體育館明年落成。'),
  'zh-hans/articles/e2023/index.html': article('zh-Hans', '衡阳新建体育馆', '2023-08-20', '衡阳体育馆明年落成。'),
  'zh-hant/entities/qian/index.html': entity('zh-Hant', '錢俊君', '2022-03-01', '湘潭高新區獲授牌'),
  'zh-hans/entities/qian/index.html': entity('zh-Hans', '钱俊君', '2022-03-01', '湘潭高新区获授牌'),
};

/** Returns a new built site (pages only) with `changes` applied: a page's new HTML, or null to remove it. */
function builtSite(name: string, changes: Record<string, string | null> = {}): string {
  const dir = path.join(work, name);
  for (const [file, html] of Object.entries({ ...site, ...changes })) {
    if (html === null) continue;
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

/** Returns every file of the site's search index with its bytes, by path. */
function indexFiles(dir: string): Map<string, Buffer> {
  return new Map(filesUnder(path.join(dir, 'pagefind')).map((file) => [file, readFileSync(path.join(dir, 'pagefind', file))]));
}

/** Returns the paths whose bytes differ between two indexes, or that only one holds. */
function differing(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((file) => !a.get(file)?.equals(b.get(file) ?? Buffer.alloc(0)) || !b.has(file)).sort();
}

/** Returns the index a whole, fresh index of the same pages writes. */
async function wholeIndexOf(dir: string, name: string, options: IndexOptions = {}): Promise<Map<string, Buffer>> {
  const copy = path.join(work, name);
  cpSync(dir, copy, { recursive: true, filter: (source) => !source.startsWith(path.join(dir, 'pagefind')) });
  await writeSearchIndex(copy, undefined, undefined, options);
  return indexFiles(copy);
}

const longAgo = new Date('2001-01-01T00:00:00Z');

/** Sets every file of the index to a time long ago, so a file written again shows by its time. */
function ageIndex(dir: string): void {
  for (const file of filesUnder(path.join(dir, 'pagefind'))) utimesSync(path.join(dir, 'pagefind', file), longAgo, longAgo);
}

function untouched(dir: string): string[] {
  return filesUnder(path.join(dir, 'pagefind')).filter((file) => statSync(path.join(dir, 'pagefind', file)).mtimeMs === longAgo.getTime());
}

describe('an index split by period', () => {
  let dir: string;
  let cache: string;

  beforeAll(async () => {
    dir = builtSite('layout');
    cache = path.join(work, 'layout-cache.json');
    const update = await updateSearchIndex(dir, root, cache);
    expect(update.whole).toBe('there is no readable record of the last index');
  }, 60_000);

  it('has a bundle per year per variant, entity pages filed with their newest story, beside search.json and the name index', () => {
    for (const variant of ['zh-hant', 'zh-hans']) {
      expect(readdirSync(path.join(dir, 'pagefind', variant)).sort()).toEqual(['2021', '2022', '2023', 'names', 'search.json']);
    }
    expect(readdirSync(path.join(dir, 'pagefind'))).toEqual(['zh-hans', 'zh-hant']);
  });

  it('lists the periods newest first with their page counts, then the fold table, in one file', () => {
    const text = readFileSync(path.join(dir, 'pagefind/zh-hant/search.json'), 'utf8');
    expect(text.startsWith('{"periods":[{"period":"2023","pages":2},{"period":"2022","pages":3},{"period":"2021","pages":1}],"fold":"')).toBe(true);
    expect(text.endsWith('"}\n')).toBe(true);
    expect((JSON.parse(text) as { fold: string }).fold).toContain('錢钱');
    expect(readFileSync(path.join(dir, 'pagefind/zh-hans/search.json'), 'utf8')).toBe(text);
  });

  it('indexes each bundle under its own language, so every file and result id starts with it', () => {
    for (const [bundle, pages] of [['2021', 1], ['2022', 3], ['2023', 2]] as const) {
      const folder = path.join(dir, 'pagefind/zh-hant', bundle);
      const entry = JSON.parse(readFileSync(path.join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      expect(Object.keys(entry.languages)).toEqual([`und-${bundle}`]);
      expect(entry.languages[`und-${bundle}`]?.page_count).toBe(pages);
      expect(readdirSync(path.join(folder, 'fragment')).every((name) => name.startsWith(`und-${bundle}_`) && name.endsWith('.pf_fragment'))).toBe(true);
      expect(readdirSync(path.join(folder, 'fragment'))).toHaveLength(pages);
      expect(readdirSync(folder).filter((name) => name.endsWith('.pf_meta')).every((name) => name.startsWith(`pagefind.und-${bundle}_`))).toBe(true);
    }
  });

  it('leaves every file as it is when no page changed', async () => {
    const before = indexFiles(dir);
    ageIndex(dir);
    const update = await updateSearchIndex(dir, root, cache);
    expect(update.whole).toBeUndefined();
    expect(update.written).toEqual([]);
    expect(differing(before, indexFiles(dir))).toEqual([]);
    expect(untouched(dir)).toEqual([...before.keys()]);
  }, 60_000);
});

describe('publishing a change to one story of the middle year', () => {
  it('rewrites only that year’s bundle of that script, and leaves the index a whole index of the same site writes', async () => {
    const dir = builtSite('change');
    const cache = path.join(work, 'change-cache.json');
    await updateSearchIndex(dir, root, cache);
    const before = indexFiles(dir);
    ageIndex(dir);
    // A correction using only characters the site already has, so the fold table stays as it was.
    writeFileSync(path.join(dir, 'zh-hant/articles/c2022/index.html'), article('zh-Hant', '株洲舉辦車展', '2022-10-12', '株洲國際車展吸引人次十萬。'));

    const update = await updateSearchIndex(dir, root, cache);

    expect(update.whole).toBeUndefined();
    expect(update.written).toEqual(['zh-hant/2022']);
    const after = indexFiles(dir);
    const changed = differing(before, after);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((file) => !file.startsWith('zh-hant/2022/'))).toEqual([]);
    // Every file outside the rewritten bundle was left alone, not written again with the same bytes.
    expect(untouched(dir)).toEqual([...after.keys()].filter((file) => !file.startsWith('zh-hant/2022/')));
    expect(differing(after, await wholeIndexOf(dir, 'change-whole'))).toEqual([]);
  }, 120_000);
});

describe('publishing a story that changes older pages outside what the index reads', () => {
  it('rewrites no bundle for them', async () => {
    const dir = builtSite('outside');
    const cache = path.join(work, 'outside-cache.json');
    await updateSearchIndex(dir, root, cache);
    const before = indexFiles(dir);
    // A new story of 2023 is listed under an older one's related stories, after its indexed body.
    const related = '<aside><h2>相關報道</h2><a href="/zh-hant/articles/f2023/">長沙新開圖書館</a></aside></body>';
    writeFileSync(path.join(dir, 'zh-hant/articles/a2021/index.html'), site['zh-hant/articles/a2021/index.html']!.replace('</body>', related));
    writeFileSync(path.join(dir, 'zh-hant/articles/b2022/index.html'), site['zh-hant/articles/b2022/index.html']!.replace('</body>', related));
    mkdirSync(path.join(dir, 'zh-hant/articles/f2023'));
    writeFileSync(path.join(dir, 'zh-hant/articles/f2023/index.html'), article('zh-Hant', '長沙新開圖書館', '2023-11-11', '長沙圖書館今日開館。'));

    const update = await updateSearchIndex(dir, root, cache);

    expect(update.written).toEqual(['zh-hant/2023']);
    expect(differing(before, indexFiles(dir)).filter((file) => file.startsWith('zh-hant/2021/') || file.startsWith('zh-hant/2022/'))).toEqual([]);
    expect(differing(indexFiles(dir), await wholeIndexOf(dir, 'outside-whole'))).toEqual([]);
  }, 120_000);
});

describe('publishing after astro build emptied dist/', () => {
  it('puts back the last index from the copy kept of it and rewrites only the changed bundle', async () => {
    const dir = builtSite('rebuilt');
    const cache = path.join(work, 'rebuilt-cache.json');
    await updateSearchIndex(dir, root, cache);
    const before = indexFiles(dir);
    rmSync(path.join(dir, 'pagefind'), { recursive: true });
    writeFileSync(path.join(dir, 'zh-hans/articles/c2022/index.html'), article('zh-Hans', '株洲举办车展', '2022-10-12', '株洲国际车展吸引人次十万。'));

    const update = await updateSearchIndex(dir, root, cache);

    expect(update.whole).toBeUndefined();
    expect(update.written).toEqual(['zh-hans/2022']);
    const after = indexFiles(dir);
    expect(differing(before, after).filter((file) => !file.startsWith('zh-hans/2022/'))).toEqual([]);
    expect(differing(after, await wholeIndexOf(dir, 'rebuilt-whole'))).toEqual([]);
    // The copy kept for the next run is this index, not the last one.
    expect(differing(after, new Map(filesUnder(savedIndexFolder(cache)).map((file) => [file, readFileSync(path.join(savedIndexFolder(cache), file))])))).toEqual([]);
  }, 120_000);
});

describe('removing the only story of a year', () => {
  it('removes that year’s bundle and its entry in search.json, and leaves the other years alone', async () => {
    const dir = builtSite('remove');
    const cache = path.join(work, 'remove-cache.json');
    await updateSearchIndex(dir, root, cache);
    ageIndex(dir);
    rmSync(path.join(dir, 'zh-hant/articles/a2021'), { recursive: true });
    rmSync(path.join(dir, 'zh-hans/articles/a2021'), { recursive: true });

    const update = await updateSearchIndex(dir, root, cache);

    expect(update.written).toEqual([]);
    for (const variant of ['zh-hant', 'zh-hans']) {
      expect(readdirSync(path.join(dir, 'pagefind', variant)).sort()).toEqual(['2022', '2023', 'names', 'search.json']);
      expect(JSON.parse(readFileSync(path.join(dir, 'pagefind', variant, 'search.json'), 'utf8'))).toMatchObject({ periods: [{ period: '2023', pages: 2 }, { period: '2022', pages: 3 }] });
    }
    const after = indexFiles(dir);
    expect(untouched(dir).filter((file) => /^zh-han[st]\/20(22|23)\//.test(file))).toEqual([...after.keys()].filter((file) => /^zh-han[st]\/20(22|23)\//.test(file)));
    expect(differing(after, await wholeIndexOf(dir, 'remove-whole'))).toEqual([]);
  }, 120_000);
});

describe('a year that crosses the limit of pages per bundle', () => {
  // Two pages per bundle, rather than hundreds of pages: 2022 holds three (two stories and the person's page),
  // so it is split into quarters from the start; 2023 holds two until a third story is published.
  const small = { pagesPerBundle: 2 };
  const fresh = article('zh-Hant', '長沙新開圖書館', '2023-11-11', '長沙圖書館今日開館。');
  const bundlesOf = (dir: string, variant: string) => readdirSync(path.join(dir, 'pagefind', variant)).sort();
  const periodsOf = (dir: string, variant: string) => (JSON.parse(readFileSync(path.join(dir, 'pagefind', variant, 'search.json'), 'utf8')) as { periods: unknown }).periods;

  it('is split into quarters, and the whole year is written again when it crosses the limit, or falls back under it', async () => {
    const dir = builtSite('crossing');
    const cache = path.join(work, 'crossing-cache.json');
    await updateSearchIndex(dir, root, cache, undefined, small);
    for (const variant of ['zh-hant', 'zh-hans']) expect(bundlesOf(dir, variant)).toEqual(['2021', '2022q1', '2022q4', '2023', 'names', 'search.json']);
    ageIndex(dir);

    // A third story of 2023 in one script: that script's 2023 becomes 2023q1, 2023q3 and 2023q4.
    mkdirSync(path.join(dir, 'zh-hant/articles/f2023'));
    writeFileSync(path.join(dir, 'zh-hant/articles/f2023/index.html'), fresh);
    const crossed = await updateSearchIndex(dir, root, cache, undefined, small);

    expect(crossed.whole).toBeUndefined();
    expect(crossed.written).toEqual(['zh-hant/2023q4', 'zh-hant/2023q3', 'zh-hant/2023q1']);
    expect(bundlesOf(dir, 'zh-hant')).toEqual(['2021', '2022q1', '2022q4', '2023q1', '2023q3', '2023q4', 'names', 'search.json']);
    expect(periodsOf(dir, 'zh-hant')).toEqual([
      { period: '2023q4', pages: 1 },
      { period: '2023q3', pages: 1 },
      { period: '2023q1', pages: 1 },
      { period: '2022q4', pages: 1 },
      { period: '2022q1', pages: 2 },
      { period: '2021', pages: 1 },
    ]);
    expect(bundlesOf(dir, 'zh-hans')).toEqual(['2021', '2022q1', '2022q4', '2023', 'names', 'search.json']);
    const kept = (file: string) => /^zh-hant\/(2021|2022q1|2022q4)\/|^zh-hans\/20\d\d[^/]*\//.test(file);
    const after = indexFiles(dir);
    expect(untouched(dir).filter(kept)).toEqual([...after.keys()].filter(kept));
    expect(differing(after, await wholeIndexOf(dir, 'crossing-whole', small))).toEqual([]);

    // The story withdrawn: 2023 is one bundle again, and its quarters are gone.
    rmSync(path.join(dir, 'zh-hant/articles/f2023'), { recursive: true });
    const back = await updateSearchIndex(dir, root, cache, undefined, small);
    expect(back.written).toEqual(['zh-hant/2023']);
    expect(bundlesOf(dir, 'zh-hant')).toEqual(['2021', '2022q1', '2022q4', '2023', 'names', 'search.json']);
    expect(differing(indexFiles(dir), await wholeIndexOf(dir, 'crossing-back-whole', small))).toEqual([]);
  }, 180_000);
});

describe('an index whose record of the last run cannot be trusted', () => {
  let dir: string;
  let cache: string;
  let whole: Map<string, Buffer>;

  beforeAll(async () => {
    dir = builtSite('distrust');
    cache = path.join(work, 'distrust-cache.json');
    await updateSearchIndex(dir, root, cache);
    whole = indexFiles(dir);
  }, 60_000);

  /** Runs the index step and returns why it wrote the whole index; the index must come out whole and right either way. */
  async function reindex(): Promise<string | undefined> {
    const update = await updateSearchIndex(dir, root, cache);
    expect(differing(indexFiles(dir), whole)).toEqual([]);
    return update.whole;
  }

  it('is written whole when the record is not JSON', async () => {
    writeFileSync(cache, '{"code": "');
    expect(await reindex()).toBe('there is no readable record of the last index');
  }, 60_000);

  it('is written whole when the record names a bundle that is not one', async () => {
    const record = JSON.parse(readFileSync(cache, 'utf8')) as { pages: Record<string, [string, string | null, unknown]> };
    const [digest, , read] = record.pages['zh-hant/articles/a2021/index.html']!;
    record.pages['zh-hant/articles/a2021/index.html'] = [digest, 'zh-hant/../../etc', read];
    writeFileSync(cache, JSON.stringify(record));
    expect(await reindex()).toBe('there is no readable record of the last index');
  }, 60_000);

  it('is written whole when the record holds a page read that is not one', async () => {
    const record = JSON.parse(readFileSync(cache, 'utf8')) as { pages: Record<string, [string, string | null, unknown]> };
    const [digest, bundle] = record.pages['zh-hant/articles/a2021/index.html']!;
    record.pages['zh-hant/articles/a2021/index.html'] = [digest, bundle, { lang: 'zh-Hant', title: 1 }];
    writeFileSync(cache, JSON.stringify(record));
    expect(await reindex()).toBe('there is no readable record of the last index');
  }, 60_000);

  it('is written whole when the record is missing', async () => {
    rmSync(cache);
    expect(await reindex()).toBe('there is no readable record of the last index');
  }, 60_000);

  it('is written whole when other index code wrote the record', async () => {
    const record = JSON.parse(readFileSync(cache, 'utf8')) as { code: string };
    writeFileSync(cache, JSON.stringify({ ...record, code: 'older code' }));
    expect(await reindex()).toBe('the index code or its dependencies changed since the last index');
  }, 60_000);

  it('is written whole when pagefind/ is gone and so is the copy kept of it', async () => {
    rmSync(path.join(dir, 'pagefind'), { recursive: true });
    rmSync(savedIndexFolder(cache), { recursive: true });
    expect(await reindex()).toBe(`${path.join(dir, 'pagefind')} is missing`);
  }, 60_000);

  it('is written whole when pagefind/ is gone and the copy kept of it was changed', async () => {
    rmSync(path.join(dir, 'pagefind'), { recursive: true });
    writeFileSync(path.join(savedIndexFolder(cache), 'zh-hant/search.json'), '{"periods":[],"fold":""}\n');
    expect(await reindex()).toBe(`${path.join(dir, 'pagefind')} is missing`);
  }, 60_000);

  it('is written whole when a file of an untouched bundle was edited, or a stray file added', async () => {
    const fragment = path.join(dir, 'pagefind/zh-hans/2021/fragment', readdirSync(path.join(dir, 'pagefind/zh-hans/2021/fragment'))[0]!);
    writeFileSync(fragment, 'not a fragment');
    expect(await reindex()).toBe(`${path.join(dir, 'pagefind')} is not what the last index wrote`);
    writeFileSync(path.join(dir, 'pagefind/zh-hant/2023/index/stray.pf_index'), 'left from another run');
    expect(await reindex()).toBe(`${path.join(dir, 'pagefind')} is not what the last index wrote`);
    expect(existsSync(path.join(dir, 'pagefind/zh-hant/2023/index/stray.pf_index'))).toBe(false);
  }, 60_000);
});
