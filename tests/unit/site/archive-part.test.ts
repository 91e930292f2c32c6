import { describe, expect, it } from 'vitest';
import { buildsArticle, buildsListings, describeArchivePart, parseArchivePart } from '../../../src/lib/site/archive-part.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('ARCHIVE_PART, the part of the archive a build writes', () => {
  it('builds everything when unset, empty or "whole"', () => {
    for (const value of [undefined, '', '  ', 'whole']) expect(parseArchivePart(value)).toEqual({ kind: 'whole' });
    const whole = parseArchivePart(undefined);
    expect([buildsArticle(whole, day('1999-12-31')), buildsListings(whole)]).toEqual([true, true]);
  });

  it('reads a year or a range of years of articles, bounds included, by the date of the article', () => {
    expect(parseArchivePart('articles:2021')).toEqual({ kind: 'articles', from: 2021, to: 2021 });
    const part = parseArchivePart('articles:2019-2021');
    expect(part).toEqual({ kind: 'articles', from: 2019, to: 2021 });
    expect(['2018-12-31', '2019-01-01', '2020-06-15', '2021-12-31', '2022-01-01'].map((d) => buildsArticle(part, day(d)))).toEqual([false, true, true, true, false]);
    expect(buildsListings(part)).toBe(false);
    expect(describeArchivePart(part)).toBe('the articles of 2019–2021');
    expect(describeArchivePart(parseArchivePart('articles:2021'))).toBe('the articles of 2021');
  });

  it('reads the listings part: every page but the article pages', () => {
    const part = parseArchivePart('listings');
    expect([buildsArticle(part, day('2023-02-24')), buildsListings(part)]).toEqual([false, true]);
  });

  it('refuses what names no part, saying what to write', () => {
    expect(() => parseArchivePart('articles:2021-2019')).toThrow('ARCHIVE_PART="articles:2021-2019": the years run backwards; write the older year first (articles:2019-2021).');
    for (const value of ['articles', 'articles:21', 'years:2019', 'listing', 'articles:2019-']) {
      expect(() => parseArchivePart(value)).toThrow(`ARCHIVE_PART="${value}" names no part of the archive. Set ARCHIVE_PART to "listings", to "articles:2021" or "articles:2019-2021"`);
    }
  });
});
