import { describe, expect, it } from 'vitest';
import { groupByMonth, monthOf } from '../../../src/lib/site/archive.ts';
import { formatMonth, formatYear } from '../../../src/lib/site/dates.ts';
import { listPagePath, pageParam, paginate } from '../../../src/lib/site/pagination.ts';
import { archiveMonthPath, entityListingPath } from '../../../src/lib/site/urls.ts';
import { getVariant } from '../../../src/lib/site/variants.ts';

describe('pagination', () => {
  it('cuts any number of items into pages of the same bounded size', () => {
    const pages = paginate(Array.from({ length: 2000 }, (_, i) => i), 30);
    expect(pages).toHaveLength(67);
    expect(pages.every((p) => p.items.length <= 30 && p.count === 67)).toBe(true);
    expect(pages[0]?.items).toHaveLength(30);
    expect(pages.at(-1)?.items).toEqual([1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999]);
    expect(pages.flatMap((p) => p.items)).toHaveLength(2000);
  });

  it('makes an empty listing one empty page, and refuses a page size that is not a whole positive number', () => {
    expect(paginate([], 30)).toEqual([{ number: 1, count: 1, items: [] }]);
    expect(() => paginate([1], 0)).toThrow(/at least 1/);
  });

  it('puts the first page at the listing’s own path and the others under it', () => {
    expect(listPagePath('/zh-hant/', 1)).toBe('/zh-hant/');
    expect(listPagePath('/zh-hant/entities/hunan-amr/', 3)).toBe('/zh-hant/entities/hunan-amr/3/');
    expect([pageParam(1), pageParam(2)]).toEqual([undefined, '2']);
  });
});

describe('the archive', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it('groups stories by calendar month, newest month first, keeping their order', () => {
    const stories = ['2024-03-02', '2023-12-31', '2024-03-01', '2024-01-15'].map((d) => ({ d }));
    expect(groupByMonth(stories, (s) => day(s.d))).toEqual([
      { month: '2024-03', items: [{ d: '2024-03-02' }, { d: '2024-03-01' }] },
      { month: '2024-01', items: [{ d: '2024-01-15' }] },
      { month: '2023-12', items: [{ d: '2023-12-31' }] },
    ]);
    expect(monthOf(day('2023-02-28'))).toBe('2023-02');
  });

  it('names months and years as each script writes them, with paths per variant', () => {
    expect(formatMonth('2023-02', getVariant('hant'))).toBe('2023年2月');
    expect(formatYear('2023', getVariant('hans'))).toBe('2023年');
    expect(archiveMonthPath(getVariant('hant'), '2023-02')).toBe('/zh-hant/archive/2023-02/');
    expect(entityListingPath(getVariant('hans'), 'recipient')).toBe('/zh-hans/recipients/');
    expect(entityListingPath(getVariant('hans'), 'person')).toBe('/zh-hans/people/');
  });
});
