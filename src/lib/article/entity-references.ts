/** A mention of an entity in an article body: `<Entity id="…">name</Entity>`. */
export interface EntityReference {
  id: string;
  index: number;
}

/** Returns every `<Entity id="…">` reference in an MDX body, in order. */
export function findEntityReferences(body: string): EntityReference[] {
  return [...body.matchAll(/<Entity\s+id=["']([^"']*)["']/g)].map((match) => ({ id: match[1] ?? '', index: match.index }));
}
