import type { ArticleData, Entity, EntityType, StoryRole } from './schema.ts';
import type { Script } from '../site/variants.ts';
import type { Override } from './override-schema.ts';
import { newestFirst } from './newest-first.ts';

/** An article as the entity index needs it. */
export interface ArticleRef {
  slug: string;
  data: ArticleData;
}

/** One entity across every article that mentions it. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  count?: number;
  unit?: string;
  /** The script the names above are written in, and the overrides that apply to them. */
  script: Script;
  overrides: readonly Override[];
  /** Each position with the story that gave it and that story's date: a title is true as of then, not now. */
  positions: { position: string; slug: string; date: Date }[];
  roles: { role: StoryRole; award?: string; slug: string }[];
  /** Slugs of the articles that mention it, newest first. */
  articles: string[];
  /** What it was in each article that mentions it, newest first. */
  appearances: EntityAppearance[];
}

/** One article an entity appears in, with what it was there. */
export interface EntityAppearance {
  slug: string;
  date: Date;
  /** Positions the article gives it, in the article's script. */
  positions: string[];
  roles: { role: StoryRole; award?: string }[];
}

/**
 * Returns the name readers see for an entity, in its source script: a group
 * of unnamed members carries its count (7家示范企业), anything else its name.
 */
export function displayName(entity: Pick<Entity, 'type' | 'name' | 'count' | 'unit'>): string {
  return entity.type === 'group' ? `${entity.count ?? ''}${entity.unit ?? ''}${entity.name}` : entity.name;
}

/** Returns true when an entity received an award: in its article, or in any article for a merged record. */
export function isRecipient(entity: { readonly roles: readonly { readonly role: StoryRole }[] }): boolean {
  return entity.roles.some((r) => r.role === 'recipient');
}

/** Returns every entity of every article, merged by id, award recipients first, then by type and name. */
export function collectEntities(articles: readonly ArticleRef[]): EntityRecord[] {
  const byId = new Map<string, EntityRecord>();
  for (const { slug, data } of newestFirst(articles, (a) => ({ date: a.data.date, slug: a.slug }))) {
    for (const entity of data.entities) {
      const record = byId.get(entity.id) ?? newRecord(entity, data);
      byId.set(entity.id, record);
      for (const alias of entity.aliases) if (!record.aliases.includes(alias)) record.aliases.push(alias);
      for (const position of entity.positions) record.positions.push({ position, slug, date: data.date });
      for (const role of entity.roles) record.roles.push(role.award === undefined ? { role: role.role, slug } : { role: role.role, award: role.award, slug });
      // Articles arrive one at a time: a repeat can only be the last one added.
      if (record.articles[record.articles.length - 1] !== slug) {
        record.articles.push(slug);
        record.appearances.push({ slug, date: data.date, positions: [...entity.positions], roles: entity.roles.map((r) => (r.award === undefined ? { role: r.role } : { role: r.role, award: r.award })) });
      }
    }
  }
  return [...byId.values()].sort(
    (a, b) =>
      Number(isRecipient(b)) - Number(isRecipient(a)) ||
      entityTypeOrder.indexOf(a.type) - entityTypeOrder.indexOf(b.type) ||
      a.id.localeCompare(b.id),
  );
}

/** The order entity groups appear in on the index and in an article's panel. */
// People first: readers look a story up by who was in it.
export const entityTypeOrder: readonly EntityType[] = ['person', 'organization', 'place', 'group'];

function newRecord(entity: Entity, data: ArticleData): EntityRecord {
  const record: EntityRecord = {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: [],
    script: data.script,
    overrides: data.overrides,
    positions: [],
    roles: [],
    articles: [],
    appearances: [],
  };
  if (entity.count !== undefined) record.count = entity.count;
  if (entity.unit !== undefined) record.unit = entity.unit;
  return record;
}
