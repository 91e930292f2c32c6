import { describe, expect, it } from 'vitest';
import { excerpt, highlight } from '../../../src/lib/search/excerpt.ts';
import { foldKey, foldText } from '../../../src/lib/search/fold.ts';
import { fullFoldTable } from '../../../src/lib/search/fold-table.ts';
import { containsAll, matchRanges } from '../../../src/lib/search/match.ts';
import { rankCandidates } from '../../../src/lib/search/rank.ts';
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
  // Result ids as Pagefind gives them: the bundle's language code (bundle.ts), then the page's hash. What the
  // merged search returns, each list sorted by score, which interleaves the bundles (a score is a position in
  // one bundle's page list): within a bundle, the index's order (stories newest first, then entity pages
  // newest first). Entity pages are filed under the period of their newest story.
  const exact = [{ id: 'und-2022_place1' }];
  const about = [{ id: 'und-2022_may01' }, { id: 'und-2023_feb17' }, { id: 'und-2023_jan05' }];
  const all = [
    { id: 'und-2022_jun30' },
    { id: 'und-2023_mar03' },
    { id: 'und-2022_may01' },
    { id: 'und-2023_feb17' },
    { id: 'und-2023_jan05' },
    { id: 'und-2022_jan09' },
    { id: 'und-2023_committee1' },
    { id: 'und-2022_place1' },
    { id: 'und-2022_person1' },
  ];
  const ids = (list: readonly { id: string }[]) => list.map((c) => c.id);

  it('goes period by period; in each, the entity named exactly, the stories about the query, the mentions, then the entity pages', () => {
    expect(ids(rankCandidates({ exact, about, all }, ['2023', '2022']))).toEqual([
      'und-2023_feb17',
      'und-2023_jan05',
      'und-2023_mar03',
      'und-2023_committee1',
      'und-2022_place1',
      'und-2022_may01',
      'und-2022_jun30',
      'und-2022_jan09',
      'und-2022_person1',
    ]);
  });

  it('leaves out the candidates of a period not searched, so an older period searched later is appended after everything shown', () => {
    expect(ids(rankCandidates({ exact, about, all }, ['2023']))).toEqual(['und-2023_feb17', 'und-2023_jan05', 'und-2023_mar03', 'und-2023_committee1']);
    // The 2022 bundle searched later: the engine keeps only its candidates.
    const in2022 = (list: readonly { id: string }[]) => list.filter((c) => c.id.startsWith('und-2022_'));
    expect(ids(rankCandidates({ exact: in2022(exact), about: in2022(about), all: in2022(all) }, ['2022']))).toEqual([
      'und-2022_place1',
      'und-2022_may01',
      'und-2022_jun30',
      'und-2022_jan09',
      'und-2022_person1',
    ]);
  });

  it('takes periods split finer like years: a quarter and a month are periods of their own', () => {
    const split = { exact: [{ id: 'und-2023m02_qian' }], about: [{ id: 'und-2023m02_feb17' }], all: [{ id: 'und-2023q1_x' }, { id: 'und-2023m02_feb17' }, { id: 'und-2023m03_mar03' }, { id: 'und-2023m02_qian' }] };
    expect(ids(rankCandidates(split, ['2023m03', '2023m02']))).toEqual(['und-2023m03_mar03', 'und-2023m02_qian', 'und-2023m02_feb17']);
  });

  it('decides the order over the whole list: an exact name that is the 15th candidate of its period is its first result', () => {
    const many = Array.from({ length: 14 }, (_, i) => ({ id: `und-2023_story${i}` }));
    const ranked = rankCandidates({ exact: [{ id: 'und-2023_qian' }], about: [], all: [...many, { id: 'und-2023_qian' }] }, ['2023']);
    expect(ranked[0]?.id).toBe('und-2023_qian');
    expect(ranked).toHaveLength(15);
  });

  it('keeps the index\'s order within a period when no page is named exactly and none is about the query', () => {
    expect(ids(rankCandidates({ exact: [], about: [], all }, ['2023', '2022']))).toEqual([
      'und-2023_mar03',
      'und-2023_feb17',
      'und-2023_jan05',
      'und-2023_committee1',
      'und-2022_jun30',
      'und-2022_may01',
      'und-2022_jan09',
      'und-2022_place1',
      'und-2022_person1',
    ]);
  });
});
