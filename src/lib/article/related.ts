import type { ArticleData } from './schema.ts';

/** An article as ranking needs it. */
export interface RelatedCandidate {
  slug: string;
  data: Pick<ArticleData, 'date' | 'entities'>;
}

/** How many related stories an article lists. */
export const relatedLimit = 5;

/**
 * Returns, for every article, the slugs of the other articles that share an
 * entity with it: most shared entities first, then newest, then by slug (so
 * builds are reproducible). Built from an index of entity → articles, so the
 * work grows with the mentions, not with the square of the archive.
 */
export function relatedArticles(articles: readonly RelatedCandidate[], limit: number = relatedLimit): Map<string, string[]> {
  const byEntity = new Map<string, string[]>();
  for (const article of articles) {
    for (const entity of new Set(article.data.entities.map((e) => e.id))) {
      const list = byEntity.get(entity) ?? [];
      list.push(article.slug);
      byEntity.set(entity, list);
    }
  }
  const dateOf = new Map(articles.map((a) => [a.slug, a.data.date.getTime()]));
  const related = new Map<string, string[]>();
  for (const article of articles) {
    const shared = new Map<string, number>();
    for (const entity of new Set(article.data.entities.map((e) => e.id))) {
      for (const other of byEntity.get(entity) ?? []) {
        if (other !== article.slug) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const ranked = [...shared].sort(([a, sa], [b, sb]) => sb - sa || (dateOf.get(b) ?? 0) - (dateOf.get(a) ?? 0) || a.localeCompare(b));
    related.set(article.slug, ranked.slice(0, limit).map(([slug]) => slug));
  }
  return related;
}
