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
const searchedOnce = (ranked: Candidate[]): CandidateSource => ({
  ranked,
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
  type Counts = { '2023': number; '2022': number; '2021': number; '2020': number };
  /**
   * A search over four periods, each of whose candidates are `示範企業` stories (a0…, b0…, c0…, d0…);
   * `loaded` periods were loaded before the search (by an earlier one), the others are searched as the
   * pages need them. Records the periods searched.
   */
  function periodSearch(counts: Counts, loaded: readonly (keyof Counts)[] = []) {
    const prefixes = { '2023': 'a', '2022': 'b', '2021': 'c', '2020': 'd' } as const;
    const of = (period: keyof Counts) => candidates(Array.from({ length: counts[period] }, (_, i) => article(`${period}年第${i}篇`, `示範企業 ${period}`)), prefixes[period]).list;
    const periods = ['2023', '2022', '2021', '2020'] as const;
    const searchedPeriods: string[] = [];
    const source: CandidateSource = {
      ranked: loaded.flatMap(of),
      searched: loaded,
      older: periods.filter((period) => !loaded.includes(period)),
      searchPeriod: async (period) => {
        searchedPeriods.push(period);
        return periods.includes(period as keyof Counts) ? of(period as keyof Counts) : [];
      },
    };
    return { pages: new ResultPages(source, searchTerms('示范企业', table), table), searchedPeriods };
  }
  const urls = (hits: readonly { url: string }[]) => hits.map((h) => h.url);
  const at = (...ids: string[]) => ids.map((id) => `/zh-hant/${id}/`);

  it('searches only the newest period while it fills the page, and says periods remain', async () => {
    const { pages, searchedPeriods } = periodSearch({ '2023': 12, '2022': 3, '2021': 2, '2020': 1 });
    expect(urls(await pages.page(10))).toEqual(at('a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9'));
    expect(searchedPeriods).toEqual(['2023']);
    expect(pages.periodsRemain).toBe(true);
    expect(pages.candidatesRemain).toBe(true);
    expect(pages.searchedSince).toBe('2023');
    expect(pages.done).toBe(false);
  });

  it('searches at most two periods it had not loaded for one page, shows what they hold, and searches on with the next page', async () => {
    const { pages, searchedPeriods } = periodSearch({ '2023': 1, '2022': 1, '2021': 1, '2020': 1 });
    expect(urls(await pages.page(10))).toEqual(at('a0', 'b0'));
    expect(searchedPeriods).toEqual(['2023', '2022']);
    expect(pages.searchedSince).toBe('2022');
    expect(pages.periodsRemain).toBe(true);
    expect(pages.candidatesRemain).toBe(false);
    expect(pages.done).toBe(false);
    expect(urls(await pages.page(10))).toEqual(at('c0', 'd0'));
    expect(searchedPeriods).toEqual(['2023', '2022', '2021', '2020']);
    expect(pages.periodsRemain).toBe(false);
    expect(pages.searchedSince).toBe('2020');
    expect(pages.done).toBe(true);
  });

  it('stops searching older periods as soon as the page is full', async () => {
    const { pages, searchedPeriods } = periodSearch({ '2023': 4, '2022': 8, '2021': 2, '2020': 1 });
    expect(urls(await pages.page(10))).toEqual(at('a0', 'a1', 'a2', 'a3', 'b0', 'b1', 'b2', 'b3', 'b4', 'b5'));
    expect(searchedPeriods).toEqual(['2023', '2022']);
    expect(pages.searchedSince).toBe('2022');
    expect(pages.periodsRemain).toBe(true);
  });

  it('does not count the periods loaded before the search: it starts with their candidates and searches two more', async () => {
    const { pages, searchedPeriods } = periodSearch({ '2023': 1, '2022': 1, '2021': 1, '2020': 1 }, ['2023']);
    expect(urls(await pages.page(10))).toEqual(at('a0', 'b0', 'c0'));
    expect(searchedPeriods).toEqual(['2022', '2021']);
    expect(pages.done).toBe(false);
  });

  it('searches each period once, even when "more" is pressed twice at once', async () => {
    const { pages, searchedPeriods } = periodSearch({ '2023': 1, '2022': 1, '2021': 1, '2020': 1 });
    const [one, two] = await Promise.all([pages.page(2), pages.page(2)]);
    expect(urls(one ?? [])).toEqual(at('a0', 'b0'));
    expect(urls(two ?? [])).toEqual(at('c0', 'd0'));
    expect(searchedPeriods).toEqual(['2023', '2022', '2021', '2020']);
  });

  it('finds a story of the oldest period for a query no newer period holds, two periods a page', async () => {
    const { pages, searchedPeriods } = periodSearch({ '2023': 0, '2022': 0, '2021': 0, '2020': 1 });
    expect(await pages.page(10)).toEqual([]);
    expect(searchedPeriods).toEqual(['2023', '2022']);
    expect(pages.done).toBe(false);
    expect(urls(await pages.page(10))).toEqual(at('d0'));
    expect(searchedPeriods).toEqual(['2023', '2022', '2021', '2020']);
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
