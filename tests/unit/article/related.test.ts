import { describe, expect, it } from 'vitest';
import { relatedArticles, type RelatedCandidate } from '../../../src/lib/article/related.ts';
import { creditedPhotosMissing, showsPhotos } from '../../../src/lib/article/photos.ts';
import { displayName } from '../../../src/lib/article/entities.ts';

const story = (slug: string, date: string, ids: string[]): RelatedCandidate => ({
  slug,
  data: { date: new Date(`${date}T00:00:00Z`), entities: ids.map((id) => ({ id, name: id, type: 'person', aliases: [], positions: [], roles: [{ role: 'mentioned' }] })) },
});

describe('related stories', () => {
  const stories = [
    story('a', '2024-01-01', ['x', 'y', 'z']),
    story('b', '2023-01-01', ['x', 'y']),
    story('c', '2024-06-01', ['x']),
    story('d', '2024-05-01', ['z']),
    story('e', '2025-01-01', ['w']),
  ];

  it('ranks by entities shared, then newest first, and leaves out stories sharing none', () => {
    const related = relatedArticles(stories);
    expect(related.get('a')).toEqual(['b', 'c', 'd']);
    expect(related.get('b')).toEqual(['a', 'c']);
    expect(related.get('e')).toEqual([]);
  });

  it('lists at most the limit', () => {
    expect(relatedArticles(stories, 1).get('a')).toEqual(['b']);
  });
});

describe('photos', () => {
  const authors = [{ name: '周欣', role: 'photo' as const }];

  it('says the credited photos are missing only when the story shows none', () => {
    expect(creditedPhotosMissing({ authors }, '正文')).toBe(true);
    expect(creditedPhotosMissing({ authors }, '正文\n\n![两人](./a.jpg "说明")\n')).toBe(false);
    expect(creditedPhotosMissing({ authors, image: { src: './a.jpg', alt: 'a', caption: 'c', credit: '周欣' } }, '正文')).toBe(false);
    expect(creditedPhotosMissing({ authors: [{ name: '黄星星', role: 'text' }] }, '正文')).toBe(false);
    expect(showsPhotos({}, '见 [链接](https://example.org)')).toBe(false);
  });
});

describe('an entity’s display name', () => {
  it('counts the unnamed members of a group, and is the name of anything else', () => {
    expect(displayName({ type: 'group', name: '示范站（点）', count: 2, unit: '个' })).toBe('2个示范站（点）');
    expect(displayName({ type: 'person', name: '钱俊君' })).toBe('钱俊君');
  });
});
