import { describe, expect, it } from 'vitest';
import { fullFoldTable } from '../../../src/lib/search/fold-table.ts';
import { ResultPages, holdsTerms, hitOf, type Candidate, type CandidateSource } from '../../../src/lib/search/results.ts';
import type { SearchRecord } from '../../../src/lib/search/record.ts';
import { searchTerms } from '../../../src/lib/search/query.ts';

const table = fullFoldTable();

const article = (title: string, text: string): SearchRecord => ({ kind: 'article', title, text, typeLabel: '', aliases: [], awards: [], position: '', names: [], entities: [] });
const entity = (title: string, aliases: string[] = []): SearchRecord => ({ kind: 'entity', title, text: `地方 ${title}`, typeLabel: '地方', aliases, awards: [], position: '', names: [], entities: [] });

/** Candidates whose loads are counted: every load is a fragment download in the browser. */
function candidates(records: (SearchRecord | undefined)[], prefix = 'p'): { list: Candidate[]; loads: string[] } {
  const loads: string[] = [];
  const list = records.map((record, i) => ({
    id: `${prefix}${i}`,
    load: async () => {
      loads.push(`${prefix}${i}`);
      return record && { url: `/zh-hant/${prefix}${i}/`, record };
    },
  }));
  return { list, loads };
}

/** A search over one period (or none) with nothing older to search. */
const searchedOnce = (first: Candidate[], last: Candidate[] = []): CandidateSource => ({
  ranked: { first, last },
  searched: ['2023'],
  older: [],
  searchPeriod: () => Promise.reject(new Error('no older period')),
});

describe('results shown a page at a time', () => {
  it('loads only the records of the page shown when every candidate holds the terms', async () => {
    const { list, loads } = candidates(Array.from({ length: 30 }, (_, i) => article(`第${i}篇`, `示範企業 第${i}篇`)));
    const pages = new ResultPages(searchedOnce(list), searchTerms('示范企业', table), table);
    expect((await pages.page(10)).map((h) => h.url)).toEqual(Array.from({ length: 10 }, (_, i) => `/zh-hant/p${i}/`));
    expect(loads).toHaveLength(10);
    expect(pages.done).toBe(false);
    await pages.page(10);
    expect(loads).toHaveLength(20);
  });

  it('never shows a candidate without the phrase, and loads more to fill the page', async () => {
    // 示范 … 企业 apart: both pairs are in the page, the phrase is not.
    const records = [article('甲', '示範基地的企業'), article('乙', '示範企業'), article('丙', '企業示範'), article('丁', '示範企業授牌')];
    const { list, loads } = candidates(records);
    const pages = new ResultPages(searchedOnce(list), searchTerms('示範企業', table), table);
    expect((await pages.page(2)).map((h) => h.record.title)).toEqual(['乙', '丁']);
    expect(loads).toEqual(['p0', 'p1', 'p2', 'p3']);
    expect(pages.done).toBe(true);
    expect(await pages.page(2)).toEqual([]);
  });

  it('keeps the candidates\' order (rank.ts decided it for the whole list) and only the pages that hold the terms', async () => {
    const { list } = candidates([entity('長沙經開區管委會'), article('新聞', '長沙經開區'), entity('長沙經開區', ['長沙經濟技術開發區'])]);
    const hits = await new ResultPages(searchedOnce(list), searchTerms('长沙经济技术开发区', table), table).page(10);
    expect(hits.map((h) => h.record.title)).toEqual(['長沙經開區']);
    const byName = await new ResultPages(searchedOnce(list), searchTerms('长沙经开区', table), table).page(10);
    expect(byName.map((h) => h.record.title)).toEqual(['長沙經開區管委會', '新聞', '長沙經開區']);
  });

  it('keeps every candidate of a listing (a filter with no query) and skips pages the engine says not to show', async () => {
    const { list } = candidates([entity('甲'), undefined, entity('乙')]);
    const hits = await new ResultPages(searchedOnce(list), [], table).page(10);
    expect(hits.map((h) => h.record.title)).toEqual(['甲', '乙']);
  });
});

describe('results paged through periods', () => {
  /** A search that started on 2023 with 2022 and 2021 still to search; records the periods searched. */
  function periodSearch(counts: { '2023': number; '2022': number; '2021': number; entities: number }) {
    const story = (year: string) => (_: unknown, i: number) => article(`${year}年第${i}篇`, `示範企業 ${year}`);
    const in2023 = candidates(Array.from({ length: counts['2023'] }, story('2023')), 'a');
    const in2022 = candidates(Array.from({ length: counts['2022'] }, story('2022')), 'b');
    const in2021 = candidates(Array.from({ length: counts['2021'] }, story('2021')), 'c');
    const entities = candidates(Array.from({ length: counts.entities }, (_, i) => entity(`示範企業${i}號`)), 'e');
    const searchedPeriods: string[] = [];
    const source: CandidateSource = {
      ranked: { first: in2023.list, last: entities.list },
      searched: ['2023'],
      older: ['2022', '2021'],
      searchPeriod: async (period) => {
        searchedPeriods.push(period);
        return { '2022': in2022.list, '2021': in2021.list }[period] ?? [];
      },
    };
    return { pages: new ResultPages(source, searchTerms('示范企业', table), table), searchedPeriods };
  }
  const urls = (hits: readonly { url: string }[]) => hits.map((h) => h.url);

  it('searches no older period while the newest one fills the page, and says periods remain', async () => {
    const { pages, searchedPeriods } = periodSearch({ '2023': 12, '2022': 3, '2021': 2, entities: 1 });
    expect(urls(await pages.page(10))).toEqual(Array.from({ length: 10 }, (_, i) => `/zh-hant/a${i}/`));
    expect(searchedPeriods).toEqual([]);
    expect(pages.periodsRemain).toBe(true);
    expect(pages.candidatesRemain).toBe(true);
    expect(pages.searchedSince).toBe('2023');
    expect(pages.done).toBe(false);
  });

  it('searches the next older period when the page is not full, appends its stories, and the entity pages after the last period', async () => {
    const { pages, searchedPeriods } = periodSearch({ '2023': 12, '2022': 3, '2021': 2, entities: 1 });
    await pages.page(10);
    expect(urls(await pages.page(10))).toEqual([
      '/zh-hant/a10/',
      '/zh-hant/a11/',
      '/zh-hant/b0/',
      '/zh-hant/b1/',
      '/zh-hant/b2/',
      '/zh-hant/c0/',
      '/zh-hant/c1/',
      '/zh-hant/e0/',
    ]);
    expect(searchedPeriods).toEqual(['2022', '2021']);
    expect(pages.periodsRemain).toBe(false);
    expect(pages.searchedSince).toBe('2021');
    expect(pages.done).toBe(true);
  });

  it('stops searching older periods as soon as the page is full', async () => {
    const { pages, searchedPeriods } = periodSearch({ '2023': 4, '2022': 8, '2021': 2, entities: 1 });
    expect(urls(await pages.page(10))).toEqual([...['a0', 'a1', 'a2', 'a3'], ...['b0', 'b1', 'b2', 'b3', 'b4', 'b5']].map((id) => `/zh-hant/${id}/`));
    expect(searchedPeriods).toEqual(['2022']);
    expect(pages.searchedSince).toBe('2022');
    expect(pages.periodsRemain).toBe(true);
  });

  it('searches each period once, even when "more" is pressed twice at once', async () => {
    const { pages, searchedPeriods } = periodSearch({ '2023': 1, '2022': 1, '2021': 1, entities: 0 });
    const [one, two] = await Promise.all([pages.page(2), pages.page(2)]);
    expect(urls(one ?? [])).toEqual(['/zh-hant/a0/', '/zh-hant/b0/']);
    expect(urls(two ?? [])).toEqual(['/zh-hant/c0/']);
    expect(searchedPeriods).toEqual(['2022', '2021']);
  });

  it('finds a story of the oldest period for a query no newer period holds', async () => {
    const { pages, searchedPeriods } = periodSearch({ '2023': 0, '2022': 0, '2021': 1, entities: 0 });
    expect(urls(await pages.page(10))).toEqual(['/zh-hant/c0/']);
    expect(searchedPeriods).toEqual(['2022', '2021']);
    expect(pages.done).toBe(true);
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
