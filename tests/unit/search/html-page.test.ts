import { describe, expect, it } from 'vitest';
import { decodeEntities, readIndexedPage } from '../../../src/lib/search/html-page.ts';
import { indexedTextOf, indexRecordOf, leadOf, pageUrlOf, resultOrderOf } from '../../../src/lib/search/index-record.ts';

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

  // Shaped like a built article: the byline, source and panel are ignored text, their names meta on the <article>.
  const articlePage = `<html lang="zh-Hans"><article data-pagefind-body data-pagefind-filter="type:article" data-pagefind-meta="names[data-search-names], entities[data-search-entities]"
    data-search-names="黄星星&#10;图片社&#10;中国质量万里行" data-search-entities="长沙经开区&#10;长沙经济技术开发区&#10;钱俊君">
    <p class="meta" data-pagefind-ignore><time data-pagefind-sort="date:2023-02-24">2023年2月24日</time> 来源：中国质量万里行</p>
    <h1 data-pagefind-meta="title" data-pagefind-ignore>湖南省商业秘密保护示范基地授牌</h1>
    <div data-pagefind-ignore><p class="byline">文／黄星星</p></div>
    <p>2月17日，钱俊君为长沙经开区授牌。会议要求加强保护。</p></article></html>`;

  it('carries an article\'s byline, credits and source, and its entities with their aliases, outside its text', () => {
    const page = readIndexedPage(articlePage);
    if (!page) throw new Error('no page');
    const { record, order } = indexRecordOf(page, '/zh-hans/articles/x/');
    expect(record.text).toBe('2月17日，钱俊君为长沙经开区授牌。会议要求加强保护。');
    expect(record.names).toEqual(['黄星星', '图片社', '中国质量万里行']);
    expect(record.entities).toEqual(['长沙经开区', '长沙经济技术开发区', '钱俊君']);
    expect(order).toBe('b2023-02-24');
    expect(indexedTextOf(record)).toEqual({
      all: '湖南省商业秘密保护示范基地授牌 2月17日，钱俊君为长沙经开区授牌。会议要求加强保护。 黄星星 图片社 中国质量万里行 长沙经开区 长沙经济技术开发区 钱俊君',
      about: '湖南省商业秘密保护示范基地授牌 2月17日，钱俊君为长沙经开区授牌。 长沙经开区 长沙经济技术开发区 钱俊君',
      names: [],
    });
  });

  it('gives an entity page its names to match whole, and nothing it is "about"', () => {
    const page = readIndexedPage(entityPage);
    if (!page) throw new Error('no page');
    expect(indexedTextOf(indexRecordOf(page, '/zh-hant/entities/changsha-etdz/').record)).toMatchObject({ about: '', names: ['長沙經開區', '長沙經濟技術開發區'] });
  });

  it('sorts stories before entity pages, newest first, with keys Pagefind compares as strings', () => {
    const keys = [resultOrderOf('entity', '2024-01-01'), resultOrderOf('article', '2023-01-01'), resultOrderOf('article', '2023-01-02'), resultOrderOf('article', undefined)];
    expect(keys).toEqual(['a2024-01-01', 'b2023-01-01', 'b2023-01-02', 'b0000-00-00']);
    expect([...keys].sort().reverse()).toEqual(['b2023-01-02', 'b2023-01-01', 'b0000-00-00', 'a2024-01-01']);
  });

  it('takes a story\'s first sentence as its lead, at most 120 characters', () => {
    expect(leadOf('第一句。第二句。')).toBe('第一句。');
    expect(leadOf('沒有句號')).toBe('沒有句號');
    expect([...leadOf('長'.repeat(300))]).toHaveLength(120);
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
