import { describe, expect, it } from 'vitest';
import { excerpt, highlight } from '../../../src/lib/search/excerpt.ts';
import { foldKey, foldText } from '../../../src/lib/search/fold.ts';
import { fullFoldTable } from '../../../src/lib/search/fold-table.ts';
import { containsAll, matchRanges } from '../../../src/lib/search/match.ts';
import { rankResults, relevanceTier } from '../../../src/lib/search/rank.ts';
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

describe('ranking', () => {
  const entity = { title: '钱俊君', names: ['钱俊君'], body: '人物 钱俊君 职务 湖南省市场监管局党组书记、局长' };
  const articleResult = { title: '湖南省市场监管局为省商业秘密保护示范基地授牌', names: [], body: foldKey(article, table) };
  const committee = { title: '长沙经开区管委会', names: ['长沙经开区管委会', '长沙经济技术开发区管理委员会'], body: '机构 长沙经开区管委会' };
  const place = { title: '长沙经开区', names: ['长沙经开区', '长沙经济技术开发区'], body: '地方 长沙经开区 又称 长沙经济技术开发区' };

  it('puts an exact name or alias first, the rest in the index\'s order', () => {
    expect(relevanceTier(entity, ['钱俊君'])).toBe(0);
    expect(relevanceTier(place, ['长沙经济技术开发区'])).toBe(0);
    expect(rankResults([committee, articleResult, place], ['长沙经开区'])).toEqual([place, committee, articleResult]);
  });

  it('keeps the index\'s order (entity pages, then newest stories) for everything that is not an exact name', () => {
    expect(relevanceTier(articleResult, ['示范基地'])).toBe(1);
    expect(relevanceTier(articleResult, ['钱俊君'])).toBe(3);
    const older = { ...articleResult, title: '钱俊君为示范基地授牌' };
    expect(rankResults([articleResult, older], ['钱俊君'])).toEqual([articleResult, older]);
    expect(rankResults([articleResult, entity], ['钱俊君'])).toEqual([entity, articleResult]);
  });
});
