/** What orders articles: the publication date, then the slug. */
export interface DatedSlug {
  readonly date: Date;
  readonly slug: string;
}

/**
 * Returns a sorted copy of `articles`, newest first; articles of one day are
 * ordered by slug, so every build lists them the same way.
 */
export function newestFirst<T>(articles: readonly T[], datedSlug: (article: T) => DatedSlug): T[] {
  return [...articles].sort((a, b) => {
    const [left, right] = [datedSlug(a), datedSlug(b)];
    return right.date.getTime() - left.date.getTime() || left.slug.localeCompare(right.slug);
  });
}
