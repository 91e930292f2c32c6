import { describe, expect, it } from 'vitest';
import { excerpt, highlight } from '../../../src/lib/search/excerpt.ts';
import { foldKey, foldText } from '../../../src/lib/search/fold.ts';
import { fullFoldTable } from '../../../src/lib/search/fold-table.ts';
import { containsAll, matchRanges } from '../../../src/lib/search/match.ts';
import { orderCandidates } from '../../../src/lib/search/rank.ts';
import { searchTerms } from '../../../src/lib/search/query.ts';

const table = fullFoldTable();
const article =
  '2月17日，湖南省市場監管局黨組書記、局長錢俊君為獲評湖南省商業秘密保護示範基地的長沙經開區、湘潭高新區及基地內7家示範企業、2個示範站（點）授牌。';
const marked = (segments: readonly { text: string; mark: boolean }[]) => segments.filter((s) => s.mark).map((s) => s.text);

describe('the precision filter', () => {
  const key = foldKey(article, table);

  it('keeps a page that contains every term, typed in either script', () => {
    expect(containsAll(key, searchTerms('湘潭高新区', table))).toBe(true);
    expect(containsAll(key, searchTerms('錢俊君 示範企業', table))).toBe(true);
  });

  it('drops a page that merely shares characters with the query', () => {
    for (const query of ['湖北', '北京', '区块链', '经开湘潭', '区湘']) expect(containsAll(key, searchTerms(query, table)), query).toBe(false);
  });

  it('drops everything for a query with no terms', () => {
    expect(containsAll(key, [])).toBe(false);
  });
});

describe('highlights', () => {
  it('mark the matched words in the reader’s script, whichever script was typed', () => {
    const ranges = matchRanges(foldText(article, table), searchTerms('长沙经开区 示范企业', table));
    expect(marked(highlight(article, ranges))).toEqual(['長沙經開區', '示範企業']);
  });

  it('merge overlapping matches', () => {
    const text = '示範企業';
    expect(matchRanges(foldText(text, table), ['示范企', '范企业'])).toEqual([{ start: 0, end: 4 }]);
  });
});

describe('excerpts', () => {
  const long = `${'前文。'.repeat(40)}${article}${'後文。'.repeat(40)}`;

  it('are cut around the matches, with ellipses where the text goes on', () => {
    const segments = excerpt(long, matchRanges(foldText(long, table), ['钱俊君']), { length: 40, before: 10 });
    expect(segments[0]?.text).toBe('…');
    expect(segments.at(-1)?.text).toBe('…');
    expect(marked(segments)).toEqual(['錢俊君']);
    expect(segments.map((s) => s.text).join('').length).toBeLessThanOrEqual(42);
  });

  it('start at the beginning when nothing matched', () => {
    expect(excerpt(article, [], { length: 10 }).map((s) => s.text).join('')).toBe(`${article.slice(0, 10)}…`);
  });

  it('never split a character outside the BMP', () => {
    const text = `${'𠀀'.repeat(30)}錢俊君`;
    const joined = excerpt(text, matchRanges(foldText(text, table), ['钱俊君']), { length: 9, before: 5 }).map((s) => s.text).join('');
    expect(joined).not.toMatch(/^…[\udc00-\udfff]|[\ud800-\udbff]…$/);
  });
});

describe('the one order of all results', () => {
  // What the engine's three queries return, each list in the index's order (stories, then entity pages, newest first).
  const exact = [{ id: 'place:长沙经开区' }];
  const about = [{ id: 'story:2023-02-17' }, { id: 'story:2019-05-01' }];
  const all = [{ id: 'story:2024-01-03' }, { id: 'story:2023-02-17' }, { id: 'story:2019-05-01' }, { id: 'committee:长沙经开区管委会' }, { id: 'place:长沙经开区' }];

  it('puts the entity named exactly first, then the stories about the query, then mentions, then listing pages, newest first in each', () => {
    expect(orderCandidates({ exact, about, all }).map((c) => c.id)).toEqual([
      'place:长沙经开区',
      'story:2023-02-17',
      'story:2019-05-01',
      'story:2024-01-03',
      'committee:长沙经开区管委会',
    ]);
  });

  it('decides the order over the whole list: an exact name that is the 15th candidate is the first result', () => {
    const many = Array.from({ length: 14 }, (_, i) => ({ id: `story:${i}` }));
    const ordered = orderCandidates({ exact: [{ id: 'person:钱俊君' }], about: [], all: [...many, { id: 'person:钱俊君' }] });
    expect(ordered[0]?.id).toBe('person:钱俊君');
    expect(ordered).toHaveLength(15);
  });

  it('keeps the index\'s order when no page is named exactly and none is about the query', () => {
    expect(orderCandidates({ exact: [], about: [], all }).map((c) => c.id)).toEqual(all.map((c) => c.id));
  });
});
