import type { Entity } from './schema.ts';
import { isRecipient } from './entities.ts';

/** The entities of one article, sorted into the sections of its panel. */
export interface StoryPanelSections {
  recipients: Entity[];
  people: Entity[];
  organizations: Entity[];
  places: Entity[];
}

/**
 * Returns an article's entities in panel sections: award recipients first
 * (named ones, then counted groups), then people, organisations and places.
 * Every entity appears in exactly one section.
 */
export function storyPanelSections(entities: readonly Entity[]): StoryPanelSections {
  const recipients = entities
    .filter(isRecipient)
    .sort((a, b) => Number(a.type === 'group') - Number(b.type === 'group'));
  const rest = entities.filter((e) => !recipients.includes(e));
  return {
    recipients,
    people: rest.filter((e) => e.type === 'person'),
    organizations: rest.filter((e) => e.type === 'organization' || e.type === 'group'),
    places: rest.filter((e) => e.type === 'place'),
  };
}
