import { describe, expect, it } from 'vitest';
import { resultOrder } from '../../../src/lib/search/bundle.ts';
import { fullFoldTable } from '../../../src/lib/search/fold-table.ts';
import { historyStep, searchTitle, searchUrl, withSearch } from '../../../src/lib/search/history.ts';
import { planSearch } from '../../../src/lib/search/plan.ts';
import { readSearchState } from '../../../src/lib/search/url-state.ts';

const table = fullFoldTable();

describe('a search plan', () => {
  it('is idle with nothing typed and no type chosen', () => {
    expect(planSearch({ query: '  ', type: undefined }, table)).toEqual({ kind: 'idle' });
  });

  it('looks up the covering pairs of every term, and the same pairs marked for the stories about them, in the index\'s order', () => {
    expect(planSearch({ query: '示範企業 湘潭', type: undefined }, table)).toEqual({
      kind: 'search',
      terms: ['示范企业', '湘潭'],
      queries: { all: '示范 企业 湘潭', about: '示范1 企业1 湘潭1' },
      filters: {},
      sort: { [resultOrder]: 'desc' },
    });
  });

  it('narrows to a type, and lists the type when nothing searchable was typed', () => {
    expect(planSearch({ query: '湘潭', type: 'recipient' }, table)).toMatchObject({ queries: { all: '湘潭', about: '湘潭1', exact: '"湘潭2"' }, filters: { type: 'recipient' } });
    expect(planSearch({ query: '', type: 'recipient' }, table)).toMatchObject({ terms: [], queries: null, filters: { type: 'recipient' } });
    expect(planSearch({ query: '！？', type: 'person' }, table)).toMatchObject({ terms: [], queries: null });
  });

  it('finds nothing, rather than everything, for punctuation alone', () => {
    expect(planSearch({ query: '！？', type: undefined }, table)).toMatchObject({ terms: [], queries: { all: '' } });
  });
});

describe('the search page history', () => {
  it('writes the state into the URL and reads it back', () => {
    const url = searchUrl('/zh-hant/search/', { query: '錢俊君', type: 'person' });
    expect(readSearchState(new URL(url, 'https://x.test').search)).toEqual({ query: '錢俊君', type: 'person' });
    expect(searchUrl('/zh-hant/search/', { query: '', type: undefined })).toBe('/zh-hant/search/');
  });

  it('replaces the entry while typing and adds one for a submitted search or a chosen type, never for the same URL', () => {
    expect(historyStep('/s/?q=a', '/s/?q=ab', 'typing')).toBe('replace');
    expect(historyStep('/s/?q=a', '/s/?q=ab', 'submit')).toBe('push');
    expect(historyStep('/s/?q=a', '/s/?q=a&type=person', 'type')).toBe('push');
    expect(historyStep('/s/?q=a', '/s/?q=a', 'submit')).toBe('none');
  });

  it('names the query in the title and carries the search to the other script', () => {
    expect(searchTitle('湘潭', '搜尋 | 華文新聞')).toBe('湘潭 | 搜尋 | 華文新聞');
    expect(searchTitle('', '搜尋')).toBe('搜尋');
    expect(withSearch('https://x.test/zh-hans/search/?q=old', '?q=%E6%B9%98')).toBe('https://x.test/zh-hans/search/?q=%E6%B9%98');
  });
});

describe('the status line', async () => {
  const { statusText } = await import('../../../src/browser/search-view.ts');
  const messages = {
    found: '“{query}”：找到 {count} 条结果。',
    foundSince: '“{query}”：在 {period}以来的报道中已找到 {count} 条结果；更早的报道尚未搜索。',
    listedSince: '{period}以来的报道中已列出 {count} 条结果；更早的报道尚未列出。',
    listed: '共 {count} 条结果。', none: '没有找到与“{query}”相关的结果。', noneListed: '没有这一类的结果。', prompt: '输入', failed: '失败' } as Parameters<typeof statusText>[1];

  it('counts what is shown, with a + while more candidates remain, and names the query as text', () => {
    expect(statusText({ kind: 'results', query: '湘潭', listing: false, shown: 10, more: true }, messages)).toBe('“湘潭”：找到 10+ 条结果。');
    expect(statusText({ kind: 'results', query: '{count}', listing: false, shown: 0, more: false }, messages)).toBe('没有找到与“{count}”相关的结果。');
    expect(statusText({ kind: 'results', query: '', listing: true, shown: 3, more: false }, messages)).toBe('共 3 条结果。');
    expect(statusText({ kind: 'results', query: '', listing: true, shown: 0, more: false }, messages)).toBe('没有这一类的结果。');
    expect(statusText({ kind: 'failed' }, messages)).toBe('失败');
  });

  it('says from when results were searched while older periods remain, a quarter by its first month', () => {
    expect(statusText({ kind: 'results', query: '湘潭', listing: false, shown: 0, more: false, since: '2022' }, messages)).toBe('“湘潭”：在 2022 年以来的报道中已找到 0 条结果；更早的报道尚未搜索。');
    expect(statusText({ kind: 'results', query: '湘潭', listing: false, shown: 10, more: true, since: '2023q2' }, messages)).toBe('“湘潭”：在 2023 年 4 月以来的报道中已找到 10+ 条结果；更早的报道尚未搜索。');
    expect(statusText({ kind: 'results', query: '', listing: true, shown: 7, more: false, since: '2023m02' }, messages)).toBe('2023 年 2 月以来的报道中已列出 7 条结果；更早的报道尚未列出。');
  });
});
