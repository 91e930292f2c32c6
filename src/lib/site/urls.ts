import { variants, type Variant } from './variants.ts';

// Top-level plural words, outside /entities/, so a listing never meets an entity id.
// Keyed by the article contract's entity types (src/lib/article/schema.ts checks
// each has one), without importing it: the contract sits above this folder.
const listingSegments = {
  person: 'people',
  organization: 'organizations',
  place: 'places',
  group: 'groups',
  recipient: 'recipients',
} as const satisfies Record<string, string>;

/** A listing of entities: one type, or everyone who received an award. */
export type EntityListing = keyof typeof listingSegments;

/** The form of an article slug or entity id, each a URL segment: lower-case ASCII words joined by hyphens. */
export const urlIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Returns true when `text` can be an article slug or entity id (see `urlIdPattern`). */
export function isUrlId(text: string): boolean {
  return urlIdPattern.test(text);
}

/** Returns the home page path of a variant: `/zh-hant/`. */
export function homePath(variant: Variant): string {
  return `/${variant.path}/`;
}

/** Returns the path of an article in a variant: `/zh-hant/articles/<slug>/`. */
export function articlePath(variant: Variant, slug: string): string {
  return `/${variant.path}/articles/${slug}/`;
}

/** Returns the path of the entity index of a variant. */
export function entityIndexPath(variant: Variant): string {
  return `/${variant.path}/entities/`;
}

/** Returns the path of an entity page in a variant. */
export function entityPath(variant: Variant, id: string): string {
  return `/${variant.path}/entities/${id}/`;
}

/** Returns the path of the full, paginated list of one entity type (or of recipients): `/zh-hant/people/`. */
export function entityListingPath(variant: Variant, listing: EntityListing): string {
  return `/${variant.path}/${listingSegments[listing]}/`;
}

/** Returns the URL segment of an entity listing (`people`), for route parameters. */
export function entityListingSegment(listing: EntityListing): string {
  return listingSegments[listing];
}

/** Returns the path of a variant's archive: the list of months. */
export function archivePath(variant: Variant): string {
  return `/${variant.path}/archive/`;
}

/** Returns the path of one month of a variant's archive: `/zh-hant/archive/2023-02/`. */
export function archiveMonthPath(variant: Variant, month: string): string {
  return `/${variant.path}/archive/${month}/`;
}

/** Returns the path of a variant's search page. */
export function searchPath(variant: Variant): string {
  return `/${variant.path}/search/`;
}

/** The site's own pages, linked from every page's footer. */
export const infoPages = ['about', 'contact', 'corrections', 'copyright'] as const;
export type InfoPage = (typeof infoPages)[number];

/** Returns the path of one of the site's own pages: `/zh-hant/corrections/`. */
export function infoPath(variant: Variant, page: InfoPage): string {
  return `/${variant.path}/${page}/`;
}

/** Returns the path of a variant's RSS feed. */
export function feedPath(variant: Variant): string {
  return `/${variant.path}/rss.xml`;
}

/** Returns the variant a site path belongs to, or undefined for `/` and other shared pages. */
export function variantOfPath(pathname: string): Variant | undefined {
  const first = pathname.split('/')[1] ?? '';
  return variants.find((v) => v.path === first);
}

/**
 * Returns the same page in another variant: only the first path segment
 * changes, because slugs and entity ids are shared by all variants. A
 * variant's not-found page has no counterpart (the page the reader asked for
 * is missing in every script): it leads to the other variant's front page.
 */
export function pathInVariant(pathname: string, target: Variant): string {
  const current = variantOfPath(pathname);
  if (!current || /^\/[^/]+\/404(\/|\.html)$/.test(pathname)) return homePath(target);
  return `/${target.path}${pathname.slice(current.path.length + 1)}`;
}

/** Returns an absolute URL on the deployed site (Astro's `site`) for a site path. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
