/**
 * Listings (the front page, archive months, an entity's appearances, the
 * lists of each entity type) are cut into pages of a bounded size, so no page
 * grows with the archive: an entity in 2,000 stories has a first page of the
 * same size as one in 30.
 */

/** How many entries a listing page shows. */
export const listPageSize = 30;

/** One page of a listing. */
export interface ListPage<T> {
  /** 1-based. */
  readonly number: number;
  /** How many pages the listing has (at least 1, even when empty). */
  readonly count: number;
  readonly items: readonly T[];
}

/** Returns `items` cut into pages of `size`; an empty list is one empty page. */
export function paginate<T>(items: readonly T[], size: number = listPageSize): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`A page size must be a whole number of at least 1, not ${size}.`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, items: items.slice(i * size, (i + 1) * size) }));
}

/** Returns the path of page `number` of a listing whose first page is at `firstPath` (`/zh-hant/` → `/zh-hant/2/`). */
export function listPagePath(firstPath: string, number: number): string {
  return number === 1 ? firstPath : `${firstPath}${number}/`;
}

/** Returns the `[...page]` route parameter of page `number`: none for the first page. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : String(number);
}
