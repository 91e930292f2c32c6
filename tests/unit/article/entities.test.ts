import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedSlug } from '../../../scripts/bench/seed.ts';
import { articleFileOf, contentDirOf } from '../../../src/build/content-files.ts';
import { checkArticleSource } from '../../../src/lib/article/check-source.ts';
import { findEntityConflicts } from '../../../src/lib/article/entity-conflicts.ts';
import { convertText } from '../../../src/lib/convert/converter.ts';
import { defaultVariant } from '../../../src/lib/site/variants.ts';

const inSimplified = (name: string, script: 'hans' | 'hant') => convertText(name, { from: script, to: defaultVariant });
import { collectEntities, entityTypeOrder, isRecipient } from '../../../src/lib/article/entities.ts';
import { storyPanelSections } from '../../../src/lib/article/story-panel.ts';

const file = articleFileOf(contentDirOf('.'), seedSlug);
const seed = checkArticleSource(file, readFileSync(file, 'utf8'));

describe("an article's story panel", () => {
  it('lists recipients first (named, then counted groups), then people, organisations and places, each once', () => {
    const sections = storyPanelSections(seed.data.entities);
    expect(sections.recipients.map((e) => e.id)).toEqual(['changsha-etdz', 'xiangtan-hi-tech-zone', '2023-hunan-demonstration-enterprises', '2023-hunan-demonstration-stations']);
    expect(sections.people.map((e) => e.name)).toEqual(['钱俊君', '丁珍良', '刘学如']);
    expect(sections.places.map((e) => e.name)).toEqual(['长沙市']);
    const all = Object.values(sections).flat();
    expect(all.length).toBe(seed.data.entities.length);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('an award recipient', () => {
  it('is an entity with a recipient role among its roles, whatever else it did', () => {
    expect(isRecipient({ roles: [{ role: 'recipient' }] })).toBe(true);
    expect(isRecipient({ roles: [{ role: 'attendee' }, { role: 'recipient' }] })).toBe(true);
    expect(isRecipient({ roles: [{ role: 'presenter' }, { role: 'mentioned' }] })).toBe(false);
    expect(isRecipient({ roles: [] })).toBe(false);
  });
});

describe('the entity index across articles', () => {
  const later = structuredClone(seed.data);
  later.date = new Date('2024-03-01T00:00:00Z');
  later.entities = later.entities.filter((e) => e.id === 'qian-junjun').map((e) => ({ ...e, positions: ['湖南省市场监管局局长'], roles: [{ role: 'attendee' as const }] }));
  const entities = collectEntities([
    { slug: 'seed', data: seed.data },
    { slug: 'later', data: later },
  ]);

  it('merges an entity mentioned by two articles, newest article first', () => {
    const qian = entities.find((e) => e.id === 'qian-junjun');
    expect(qian?.articles).toEqual(['later', 'seed']);
    expect(qian?.positions.map((p) => p.position)).toEqual(['湖南省市场监管局局长', '湖南省市场监管局党组书记、局长']);
  });

  it('keeps one appearance per article, newest first, with what the entity was in that story', () => {
    const qian = entities.find((e) => e.id === 'qian-junjun');
    expect(qian?.appearances).toEqual([
      { slug: 'later', date: new Date('2024-03-01T00:00:00Z'), positions: ['湖南省市场监管局局长'], roles: [{ role: 'attendee' }] },
      { slug: 'seed', date: new Date('2023-02-24T00:00:00Z'), positions: ['湖南省市场监管局党组书记、局长'], roles: [{ role: 'presenter' }] },
    ]);
    const stations = entities.find((e) => e.id === '2023-hunan-demonstration-stations');
    expect(stations?.appearances).toEqual([{ slug: 'seed', date: new Date('2023-02-24T00:00:00Z'), positions: [], roles: [{ role: 'recipient', award: '湖南省商业秘密保护示范站（点）' }] }]);
  });

  it('orders types people first, as readers look a story up by who was in it: the index’s headings follow this order', () => {
    expect(entityTypeOrder).toEqual(['person', 'organization', 'place', 'group']);
    const firstNonRecipient = entities.findIndex((e) => !isRecipient(e));
    expect(entities[firstNonRecipient]?.type).toBe('person');
  });

  it('puts award recipients first', () => {
    const firstNonRecipient = entities.findIndex((e) => !isRecipient(e));
    expect(entities.slice(0, firstNonRecipient).every(isRecipient)).toBe(true);
    expect(entities.slice(firstNonRecipient).some(isRecipient)).toBe(false);
    expect(firstNonRecipient).toBe(4);
  });

  it('accepts one entity written in Simplified in one article and Traditional in another', () => {
    const traditional = structuredClone(seed);
    traditional.data.script = 'hant';
    traditional.data.entities = traditional.data.entities.map((e) => (e.id === 'qian-junjun' ? { ...e, name: '錢俊君' } : e));
    expect(findEntityConflicts(new Map([['a.mdx', seed], ['b.mdx', traditional]]), inSimplified)).toEqual([]);
  });

  it('refuses one id used for two different names', () => {
    const clash = structuredClone(seed);
    clash.data.entities = clash.data.entities.map((e) => (e.id === 'qian-junjun' ? { ...e, name: '钱军君' } : e));
    const conflicts = findEntityConflicts(new Map([['a.mdx', seed], ['b.mdx', clash]]), inSimplified);
    expect(conflicts).toEqual([expect.stringMatching(/^b\.mdx: entities id "qian-junjun" is 钱军君 \(person\) here but 钱俊君 \(person\) in a\.mdx/)]);
  });
});
