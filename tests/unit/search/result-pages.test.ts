import { describe, expect, it } from 'vitest';
import { fullFoldTable } from '../../../src/lib/search/fold-table.ts';
import { ResultPages, holdsTerms, hitOf, type Candidate } from '../../../src/lib/search/results.ts';
import type { SearchRecord } from '../../../src/lib/search/record.ts';
import { searchTerms } from '../../../src/lib/search/query.ts';

const table = fullFoldTable();

const article = (title: string, text: string): SearchRecord => ({ kind: 'article', title, text, typeLabel: '', aliases: [], awards: [], position: '', names: [], entities: [] });
const entity = (title: string, aliases: string[] = []): SearchRecord => ({ kind: 'entity', title, text: `地方 ${title}`, typeLabel: '地方', aliases, awards: [], position: '', names: [], entities: [] });

/** Candidates whose loads are counted: every load is a fragment download in the browser. */
function candidates(records: (SearchRecord | undefined)[]): { list: Candidate[]; loads: string[] } {
  const loads: string[] = [];
  const list = records.map((record, i) => ({
    id: `p${i}`,
    load: async () => {
      loads.push(`p${i}`);
      return record && { url: `/zh-hant/p${i}/`, record };
    },
  }));
  return { list, loads };
}

describe('results shown a page at a time', () => {
  it('loads only the records of the page shown when every candidate holds the terms', async () => {
    const { list, loads } = candidates(Array.from({ length: 30 }, (_, i) => article(`第${i}篇`, `示範企業 第${i}篇`)));
    const pages = new ResultPages(list, searchTerms('示范企业', table), table);
    expect((await pages.page(10)).map((h) => h.url)).toEqual(Array.from({ length: 10 }, (_, i) => `/zh-hant/p${i}/`));
    expect(loads).toHaveLength(10);
    expect(pages.done).toBe(false);
    expect(pages.candidateCount).toBe(30);
    await pages.page(10);
    expect(loads).toHaveLength(20);
  });

  it('never shows a candidate without the phrase, and loads more to fill the page', async () => {
    // 示范 … 企业 apart: both pairs are in the page, the phrase is not.
    const records = [article('甲', '示範基地的企業'), article('乙', '示範企業'), article('丙', '企業示範'), article('丁', '示範企業授牌')];
    const { list, loads } = candidates(records);
    const pages = new ResultPages(list, searchTerms('示範企業', table), table);
    expect((await pages.page(2)).map((h) => h.record.title)).toEqual(['乙', '丁']);
    expect(loads).toEqual(['p0', 'p1', 'p2', 'p3']);
    expect(pages.done).toBe(true);
    expect(await pages.page(2)).toEqual([]);
  });

  it('keeps the candidates\' order (rank.ts decided it for the whole list) and only the pages that hold the terms', async () => {
    const { list } = candidates([entity('長沙經開區管委會'), article('新聞', '長沙經開區'), entity('長沙經開區', ['長沙經濟技術開發區'])]);
    const hits = await new ResultPages(list, searchTerms('长沙经济技术开发区', table), table).page(10);
    expect(hits.map((h) => h.record.title)).toEqual(['長沙經開區']);
    const byName = await new ResultPages(list, searchTerms('长沙经开区', table), table).page(10);
    expect(byName.map((h) => h.record.title)).toEqual(['長沙經開區管委會', '新聞', '長沙經開區']);
  });

  it('keeps every candidate of a listing (a filter with no query) and skips pages the engine says not to show', async () => {
    const { list } = candidates([entity('甲'), undefined, entity('乙')]);
    const hits = await new ResultPages(list, [], table).page(10);
    expect(hits.map((h) => h.record.title)).toEqual(['甲', '乙']);
  });
});

describe('a hit', () => {
  it('is judged on its folded title, names and text together', () => {
    const hit = hitOf('/x/', entity('湘潭高新區', ['湘潭高新技術產業開發區']), table);
    expect(hit.names).toEqual(['湘潭高新区', '湘潭高新技术产业开发区']);
    expect(holdsTerms(hit, ['湘潭高新技术产业开发区'])).toBe(true);
    expect(holdsTerms(hit, ['湘潭', '开发区'])).toBe(true);
    expect(holdsTerms(hit, ['湘潭', '北京'])).toBe(false);
  });
});
