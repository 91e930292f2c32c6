import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../../src/lib/article/newest-first.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('newest first', () => {
  const articles = [
    { slug: 'b-older', date: day('2023-02-24') },
    { slug: 'z-newest', date: day('2024-03-01') },
    { slug: 'a-older', date: day('2023-02-24') },
    { slug: 'oldest', date: day('2021-12-31') },
  ];

  it('puts the newest article first and orders one day’s articles by slug', () => {
    expect(newestFirst(articles, (a) => a).map((a) => a.slug)).toEqual(['z-newest', 'a-older', 'b-older', 'oldest']);
  });

  it('gives the same order whatever order the articles arrive in', () => {
    expect(newestFirst([...articles].reverse(), (a) => a)).toEqual(newestFirst(articles, (a) => a));
  });

  it('leaves the list it was given untouched', () => {
    const before = articles.map((a) => a.slug);
    newestFirst(articles, (a) => a);
    expect(articles.map((a) => a.slug)).toEqual(before);
  });
});
