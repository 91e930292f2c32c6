import { displayName, type EntityRecord } from './entities.ts';
import { fillMessage } from '../site/fill-message.ts';
import { formatMonth, formatYear } from '../site/dates.ts';
import { ui } from '../site/ui.ts';
import type { Variant } from '../site/variants.ts';

/**
 * Returns a position as of the story that gave it, in a variant's wording:
 * 2023年2月時任湖南省市場監管局黨組書記、局長. A title read later is history,
 * not a present fact; the month says when it was true. `position` must
 * already be in the variant's script.
 */
export function datedPosition(variant: Variant, position: string, date: Date): string {
  return fillMessage(ui(variant, 'positionAt'), { month: formatMonth(date.toISOString().slice(0, 7), variant), position });
}

/**
 * Returns the title of an entity's page in its source script, for the
 * converter to localize: a group of unnamed members carries the year of the
 * story that named it and the award it received, which names the place
 * (2023年湖南省商业秘密保护示范企业（7家）); anything else its name.
 */
export function entityTitle(variant: Variant, entity: EntityRecord): string {
  if (entity.type !== 'group') return entity.name;
  const awarded = entity.roles.find((r) => r.award !== undefined);
  const story = entity.appearances.find((a) => a.slug === awarded?.slug) ?? entity.appearances[entity.appearances.length - 1];
  const year = story ? formatYear(String(story.date.getUTCFullYear()), variant) : '';
  const count = `${entity.count ?? ''}${entity.unit ?? ''}`;
  return awarded?.award !== undefined ? fillMessage(ui(variant, 'groupTitle'), { year, award: awarded.award, count }) : `${year}${displayName(entity)}`;
}
