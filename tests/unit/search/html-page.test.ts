import { describe, expect, it } from 'vitest';
import { decodeEntities, readIndexedPage } from '../../../src/lib/search/html-page.ts';
import { indexRecordOf, pageUrlOf } from '../../../src/lib/search/index-record.ts';

// Shaped like the built entity page of 長沙經開區 in Traditional.
const entityPage = `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>長沙經開區 | 華文新聞</title>
<style>.x{color:red}</style><script type="module" src="/_astro/a.js"></script></head>
<body><header class="masthead"><a class="brand" href="/zh-hant/">華文新聞</a><form><input name="q"></form></header>
<main id="main"><div data-pagefind-body data-pagefind-filter="type:place, type:recipient">
<p class="meta"><span class="type" data-pagefind-meta="type">地方</span></p>
<h1 data-pagefind-meta="title">長沙經開區</h1>
<p>又稱：<span data-pagefind-meta="alias">長沙經濟技術開發區</span></p>
<h2>獲授稱號</h2><ul class="list"><li><span data-pagefind-meta="award">湖南省商業秘密保護示範基地</span><span data-pagefind-ignore>（<a href="/zh-hant/articles/x/">湖南省市場監管局為……授牌</a>）</span></li></ul>
<p hidden>隱藏文字</p><script>var s = "<p>不是文字</p>";</script>
</div><h2>相關報道</h2><ul><li><a href="/zh-hant/articles/x/">不被索引</a></li></ul></main></body></html>`;

describe('reading a built page for the index', () => {
  const page = readIndexedPage(entityPage);

  it('takes only the visible text of data-pagefind-body, blocks apart', () => {
    expect(page?.text).toBe('地方 長沙經開區 又稱：長沙經濟技術開發區 獲授稱號 湖南省商業秘密保護示範基地');
  });

  it('reads Pagefind meta and filters in Pagefind’s syntax', () => {
    expect(page?.lang).toBe('zh-Hant');
    expect(page?.title).toBe('長沙經開區');
    expect(page?.meta).toEqual({ type: ['地方'], title: ['長沙經開區'], alias: ['長沙經濟技術開發區'], award: ['湖南省商業秘密保護示範基地'] });
    expect(page?.filters).toEqual({ type: ['place', 'recipient'] });
  });

  it('skips pages without data-pagefind-body', () => {
    expect(readIndexedPage('<html lang="zh-Hans"><body><h1>搜索</h1></body></html>')).toBeUndefined();
  });

  it('decodes character references in text and attributes', () => {
    expect(decodeEntities('A &amp; B &lt;i&gt; &#x9322;&#20426;君 &bogus;')).toBe('A & B <i> 錢俊君 &bogus;');
    const withEntities = readIndexedPage('<html lang="zh-Hans"><article data-pagefind-body data-pagefind-filter="type:article"><h1>R&amp;D &lt;中心&gt;</h1></article></html>');
    expect(withEntities?.title).toBe('R&D <中心>');
  });

  it('falls back to the first heading, then to <title>, for the title', () => {
    expect(readIndexedPage('<html><title>T</title><div data-pagefind-body><h1>標題</h1></div></html>')?.title).toBe('標題');
    expect(readIndexedPage('<html><title>T</title><div data-pagefind-body>文字</div></html>')?.title).toBe('T');
  });
});

describe('the index record of a page', () => {
  it('belongs to the variant of its lang and carries its types and entity details', () => {
    const page = readIndexedPage(entityPage);
    if (!page) throw new Error('no page');
    const record = indexRecordOf(page, '/zh-hant/entities/changsha-etdz/');
    expect(record.variant.key).toBe('hant');
    expect(record.types).toEqual(['place', 'recipient']);
    expect(record.record).toMatchObject({ kind: 'entity', title: '長沙經開區', typeLabel: '地方', aliases: ['長沙經濟技術開發區'], awards: ['湖南省商業秘密保護示範基地'] });
  });

  it('counts a group’s bare name as one of its names, apart from the counted title', () => {
    const page = readIndexedPage(
      '<html lang="zh-Hant"><div data-pagefind-body data-pagefind-filter="type:group, type:recipient"><h1 data-pagefind-meta="title">7家<span data-pagefind-meta="name">示範企業</span></h1></div></html>',
    );
    if (!page) throw new Error('no page');
    expect(page.title).toBe('7家示範企業');
    expect(indexRecordOf(page, '/zh-hant/entities/g/').record.aliases).toEqual(['示範企業']);
  });

  it('says which page lacks a type filter, and what to add', () => {
    const page = readIndexedPage('<html lang="zh-Hans"><article data-pagefind-body><h1>文</h1></article></html>');
    if (!page) throw new Error('no page');
    expect(() => indexRecordOf(page, '/zh-hans/articles/x/')).toThrow(/\/zh-hans\/articles\/x\/.*type:article/);
  });

  it('refuses a lang that is not a variant of the site', () => {
    const page = readIndexedPage('<html lang="en"><article data-pagefind-body data-pagefind-filter="type:article"><h1>x</h1></article></html>');
    if (!page) throw new Error('no page');
    expect(() => indexRecordOf(page, '/en/x/')).toThrow(/lang="en"/);
  });

  it('has the URL the site serves the file at', () => {
    expect(pageUrlOf('zh-hant/search/index.html')).toBe('/zh-hant/search/');
    expect(pageUrlOf('index.html')).toBe('/');
    expect(pageUrlOf('404.html')).toBe('/404.html');
  });
});
