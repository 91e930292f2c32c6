import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../../src/integrations/pagefind.ts';
import { bundleBase, pagefindBase, searchFile } from '../../../src/lib/search/bundle.ts';
import { parseFoldTable } from '../../../src/lib/search/fold.ts';
import { variants } from '../../../src/lib/site/variants.ts';

// A two-page site as Astro builds it: the same article in both scripts, plus a page with nothing to index.
const page = (lang: string, title: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><header><form><input name="q"></form></header>` +
  `<main><article data-pagefind-body data-pagefind-filter="type:article"><h1 data-pagefind-meta="title">${title}</h1>` +
  `<time datetime="2023-02-24" data-pagefind-sort="date:2023-02-24">2023-02-24</time><p>${body}</p></article></main></body></html>`;

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'search-index-'));
  for (const [folder, html] of [
    ['zh-hant/articles/a', page('zh-Hant', '湘潭高新區獲授牌', '錢俊君為長沙經開區、湘潭高新區授牌。')],
    ['zh-hans/articles/a', page('zh-Hans', '湘潭高新区获授牌', '钱俊君为长沙经开区、湘潭高新区授牌。')],
    ['zh-hans/search', '<html lang="zh-Hans"><body><h1>搜索</h1></body></html>'],
  ] as const) {
    mkdirSync(path.join(dir, folder), { recursive: true });
    writeFileSync(path.join(dir, folder, 'index.html'), html);
  }
  await writeSearchIndex(dir);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fragmentsOf(bundle: string): { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }[] {
  const folder = path.join(bundle, 'fragment');
  return readdirSync(folder).map((name) => {
    const raw = readFileSync(path.join(folder, name));
    const json = (raw[0] === 0x1f ? gunzipSync(raw) : raw).toString('utf8').replace(/^pagefind_dcd/, '');
    return JSON.parse(json) as { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> };
  });
}

describe('the search index of a built site', () => {
  it('has one bundle per variant and period holding only that variant’s pages of the period', () => {
    for (const variant of variants) {
      expect(readdirSync(path.join(dir, pagefindBase(variant))).sort()).toEqual(['2023', 'names', 'search.json']);
      const bundle = path.join(dir, bundleBase(variant, '2023'));
      expect(existsSync(path.join(bundle, 'pagefind.js'))).toBe(true);
      const fragments = fragmentsOf(bundle);
      expect(fragments.map((f) => f.url)).toEqual([`/${variant.path}/articles/a/`]);
      expect(fragments[0]?.filters).toEqual({ type: ['article'] });
    }
  });

  /** Returns the bundle's index chunks, unzipped: Pagefind's CBOR, whose words are plain UTF-8 strings. */
  function indexBytes(bundle: string): Buffer {
    const folder = path.join(bundle, 'index');
    return Buffer.concat(readdirSync(folder).sort().map((name) => gunzipSync(readFileSync(path.join(folder, name)))));
  }

  it('indexes folded text, so both scripts hold the same words, and keeps the reader’s text to show', () => {
    const [hant] = fragmentsOf(path.join(dir, bundleBase({ path: 'zh-hant' }, '2023')));
    const [hans] = fragmentsOf(path.join(dir, bundleBase({ path: 'zh-hans' }, '2023')));
    // Character pairs of the folded (Simplified) text, the title's marked as what the story is about, in both bundles.
    for (const bundle of ['zh-hant', 'zh-hans']) {
      const index = indexBytes(path.join(dir, bundleBase({ path: bundle }, '2023')));
      for (const word of ['钱俊', '俊君', '君为', '长沙', '湘潭', '湘潭1', '授牌1']) expect(index.includes(Buffer.from(word)), `${bundle} ${word}`).toBe(true);
      expect(index.includes(Buffer.from('錢俊')), bundle).toBe(false);
    }
    expect(hant?.meta['title']).toBe('湘潭高新區獲授牌');
    expect(hant?.meta['text']).toContain('錢俊君為長沙經開區');
    expect(hans?.meta['text']).toContain('钱俊君为长沙经开区');
  });

  it('keeps no copy of the indexed words in a record: the page shows and checks the text', () => {
    for (const variant of variants) for (const fragment of fragmentsOf(path.join(dir, bundleBase(variant, '2023')))) expect(fragment.content).toBe('');
  });

  it('ships the periods and the fold table the queries need in one file, and none of Pagefind’s unused interfaces', () => {
    const bundle = path.join(dir, pagefindBase({ path: 'zh-hant' }));
    const manifest = JSON.parse(readFileSync(path.join(bundle, searchFile), 'utf8')) as { periods: unknown; fold: string };
    expect(manifest.periods).toEqual([{ period: '2023', pages: 1 }]);
    const table = parseFoldTable(manifest.fold);
    expect(table.get('錢')).toBe('钱');
    expect(table.get('區')).toBe('区');
    expect(readdirSync(path.join(bundle, '2023')).filter((name) => /ui|highlight|worker/.test(name))).toEqual([]);
  });
});

describe('a page without a date', () => {
  /** Indexes a site of one page at `folder` and returns what the index step threw; nothing is written. */
  async function refusal(folder: string, html: string): Promise<unknown> {
    const undated = mkdtempSync(path.join(tmpdir(), 'search-index-undated-'));
    try {
      mkdirSync(path.join(undated, folder), { recursive: true });
      writeFileSync(path.join(undated, folder, 'index.html'), html);
      const error = await writeSearchIndex(undated).then(() => undefined, (thrown: unknown) => thrown);
      expect(existsSync(path.join(undated, 'pagefind'))).toBe(false);
      return error;
    } finally {
      rmSync(undated, { recursive: true, force: true });
    }
  }

  it('is refused, naming the page: an article belongs to no period', async () => {
    const error = await refusal(
      'zh-hant/articles/b',
      '<!doctype html><html lang="zh-Hant"><body><article data-pagefind-body data-pagefind-filter="type:article"><h1>無日期</h1><p>正文</p></article></body></html>',
    );
    expect(String(error)).toContain('/zh-hant/articles/b/: the article has no data-pagefind-sort="date:…", so it belongs to no period of the search index.');
  });

  it('is refused, naming the page: an entity page is filed under its newest story’s date', async () => {
    const error = await refusal(
      'zh-hans/entities/e',
      '<!doctype html><html lang="zh-Hans"><body><div data-pagefind-body data-pagefind-filter="type:person" data-pagefind-sort="date:2023-13-01"><h1>钱俊君</h1></div></body></html>',
    );
    expect(String(error)).toContain(
      '/zh-hans/entities/e/: the entity page has data-pagefind-sort="date:2023-13-01", which is not a date, so it belongs to no period of the search index. ' +
        'Give its data-pagefind-body element data-pagefind-sort="date:YYYY-MM-DD", its newest story\'s date',
    );
  });
});
