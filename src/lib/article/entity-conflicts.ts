import type { ArticleSource } from './check-source.ts';

/**
 * Returns a message for every entity id that two articles describe
 * differently (name or type): an entity page can only show one of them.
 */
export function findEntityConflicts(articles: ReadonlyMap<string, ArticleSource>): string[] {
  const first = new Map<string, { file: string; name: string; type: string }>();
  const conflicts: string[] = [];
  for (const [file, article] of articles) {
    for (const entity of article.data.entities) {
      const earlier = first.get(entity.id);
      if (!earlier) {
        first.set(entity.id, { file, name: entity.name, type: entity.type });
      } else if (earlier.name !== entity.name || earlier.type !== entity.type) {
        conflicts.push(
          `${file}: entities id "${entity.id}" is ${entity.name} (${entity.type}) here but ${earlier.name} (${earlier.type}) in ${earlier.file}: use one name and type, or a different id.`,
        );
      }
    }
  }
  return conflicts;
}
