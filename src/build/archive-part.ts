import { readdirSync } from 'node:fs';
import { archivePartVariable, buildsListings, parseArchivePart } from '../lib/site/archive-part.ts';

/**
 * The part of the archive this build writes (ARCHIVE_PART; see
 * src/lib/site/archive-part.ts). The one place that reads the variable.
 */
export const archivePart = parseArchivePart(process.env[archivePartVariable]);

/**
 * Returns `paths` when this build writes the pages that list across the
 * archive, and none in a build of some years' articles: every listing page's
 * getStaticPaths goes through it, so listings come from one part only.
 */
export function listingPaths<T>(paths: T[]): T[] {
  return buildsListings(archivePart) ? paths : [];
}

/**
 * Returns the slug of every article file in `articlesDir` (its name without
 * `.mdx`, which the source check holds to lower-case ASCII words, so it is
 * the article's id): the listings part names every article page in the
 * sitemap without building it.
 */
export function articleSlugsIn(articlesDir: string): string[] {
  return readdirSync(articlesDir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -'.mdx'.length))
    .sort();
}
