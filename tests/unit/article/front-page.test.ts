import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedSlug } from '../../../scripts/bench/seed.ts';
import { articleFileOf, contentDirOf } from '../../../src/build/content-files.ts';
import { checkArticleSource } from '../../../src/lib/article/check-source.ts';
import { collectEntities } from '../../../src/lib/article/entities.ts';
import { frontPage, laterPages } from '../../../src/lib/article/front-page.ts';

const file = articleFileOf(contentDirOf('.'), seedSlug);
const seed = checkArticleSource(file, readFileSync(file, 'utf8'));
const seedEntities = collectEntities([{ slug: 'seed', data: seed.data }]);

/** A story as the front page needs it: a name, and whether it has a photo. */
interface Story {
  slug: string;
  photo: boolean;
}
const stories = (count: number, withPhoto: readonly number[] = []): Story[] => Array.from({ length: count }, (_, i) => ({ slug: `story-${i}`, photo: withPhoto.includes(i) }));
const slugs = (list: readonly Story[]) => list.map((s) => s.slug);

describe('the front page at one story (the seed)', () => {
  const one = [{ slug: 'seed', photo: false }];
  const front = frontPage(one, (s) => s.photo, seedEntities, ['2023-02']);

  it('leads with the story, with no latest list and no further page', () => {
    expect(front.lead?.slug).toBe('seed');
    expect(front.latest).toEqual([]);
    expect(laterPages(one, front)).toEqual([]);
  });

  it('lists named recipients before counted groups, and people by their part in the story', () => {
    expect(front.recipients.map((e) => e.id)).toEqual(['changsha-etdz', 'xiangtan-hi-tech-zone', '2023-hunan-demonstration-enterprises', '2023-hunan-demonstration-stations']);
    // 钱俊君 presented the awards, 刘学如 hosted, 丁珍良 attended.
    expect(front.people.map((e) => e.id)).toEqual(['qian-junjun', 'liu-xueru', 'ding-zhenliang']);
    expect(front.organizations.map((e) => e.id)).toEqual(['hunan-amr', 'changsha-amr', 'changsha-etdz-committee', 'changsha-ipa', 'xiangtan-amr', 'xiangtan-hi-tech-zone-committee']);
    expect(front.places.map((e) => e.id)).toEqual(['changsha-etdz', 'xiangtan-hi-tech-zone', 'changsha']);
    expect(front.months).toEqual(['2023-02']);
  });
});

describe('the front page of a newsroom', () => {
  it('leads with the newest story that has a photo among those the front shows, the others following in order', () => {
    const all = stories(66, [6, 20]);
    const front = frontPage(all, (s) => s.photo, [], []);
    expect(front.lead?.slug).toBe('story-6');
    expect(slugs(front.latest)).toEqual(['story-0', 'story-1', 'story-2', 'story-3', 'story-4', 'story-5', 'story-7', 'story-8']);
  });

  it('never reaches past the front for a photo: the newest story leads when none of the first nine has one', () => {
    const front = frontPage(stories(66, [9, 20]), (s) => s.photo, [], []);
    expect(front.lead?.slug).toBe('story-0');
    expect(slugs(front.latest)).toEqual(['story-1', 'story-2', 'story-3', 'story-4', 'story-5', 'story-6', 'story-7', 'story-8']);
  });

  it('lists the stories the front leaves out on pages 2 and on, thirty a page, none twice and none lost', () => {
    const all = stories(66, [6]);
    const front = frontPage(all, (s) => s.photo, [], []);
    const later = laterPages(all, front);
    expect(later.map((p) => [p.number, p.count, p.items.length])).toEqual([
      [2, 3, 30],
      [3, 3, 27],
    ]);
    expect(slugs(later[0]!.items).slice(0, 2)).toEqual(['story-9', 'story-10']);
    const seen = [front.lead!, ...front.latest, ...later.flatMap((p) => p.items)];
    expect(new Set(seen).size).toBe(66);
  });

  it('shows at most six names a section and six months', () => {
    const front = frontPage(stories(3), () => false, seedEntities, ['2024-03', '2024-02', '2024-01', '2023-12', '2023-11', '2023-10', '2023-09']);
    expect(front.organizations).toHaveLength(6);
    expect(front.months).toEqual(['2024-03', '2024-02', '2024-01', '2023-12', '2023-11', '2023-10']);
  });
});
