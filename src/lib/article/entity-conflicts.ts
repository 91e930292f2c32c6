import type { Script } from '../site/variants.ts';
import type { ArticleSource } from './check-source.ts';

/** Returns a name as one script writes it, so that 钱俊君 and 錢俊君 compare equal: the converter, passed in by the loader. */
export type NameInOneScript = (name: string, script: Script) => string;

/**
 * Returns a message for every entity id that two articles describe
 * differently (name or type): an entity page can only show one of them.
 * Names are compared in one script, so 钱俊君 in a Simplified article and
 * 錢俊君 in a Traditional one are the same person. The article contract sits
 * below the converter, so the loader hands the conversion in (`inOneScript`).
 */
export function findEntityConflicts(articles: ReadonlyMap<string, ArticleSource>, inOneScript: NameInOneScript): string[] {
  const first = new Map<string, { file: string; name: string; key: string; type: string }>();
  const conflicts: string[] = [];
  for (const [file, article] of articles) {
    for (const entity of article.data.entities) {
      const key = inOneScript(entity.name, article.data.script);
      const earlier = first.get(entity.id);
      if (!earlier) {
        first.set(entity.id, { file, name: entity.name, key, type: entity.type });
      } else if (earlier.key !== key || earlier.type !== entity.type) {
        conflicts.push(
          `${file}: entities id "${entity.id}" is ${entity.name} (${entity.type}) here but ${earlier.name} (${earlier.type}) in ${earlier.file}: use one name and type, or a different id.`,
        );
      }
    }
  }
  return conflicts;
}
