/**
 * Parts of the archive: a build of some years' article pages, or of the pages
 * that list across the archive, so that parts run as separate CI jobs and
 * `npm run merge-parts` unions their outputs into one site (README,
 * "Building in parts"). This module only reads the part's name; the build
 * reads the environment once (src/build/archive-part.ts).
 */

/**
 * What one build writes: every page (`whole`), the article pages of the
 * articles dated in the years `from`–`to` (`articles`), or every page but
 * the article pages (`listings`: front pages, entity pages, months, RSS,
 * sitemap, search, not-found and info pages).
 */
export type ArchivePart = { kind: 'whole' } | { kind: 'articles'; from: number; to: number } | { kind: 'listings' };

/** The environment variable that names the part. */
export const archivePartVariable = 'ARCHIVE_PART';

const usage = `Set ${archivePartVariable} to "listings", to "articles:2021" or "articles:2019-2021" (a year or a range of years, oldest first), or leave it unset to build the whole archive`;

/** Returns the part named by `value` (the ARCHIVE_PART variable); throws a message that says what to write. */
export function parseArchivePart(value: string | undefined): ArchivePart {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'whole') return { kind: 'whole' };
  if (text === 'listings') return { kind: 'listings' };
  const match = /^articles:(\d{4})(?:-(\d{4}))?$/.exec(text);
  if (!match) throw new Error(`${archivePartVariable}="${text}" names no part of the archive. ${usage}.`);
  const from = Number(match[1]);
  const to = Number(match[2] ?? match[1]);
  if (to < from) throw new Error(`${archivePartVariable}="${text}": the years run backwards; write the older year first (articles:${to}-${from}).`);
  return { kind: 'articles', from, to };
}

/** Returns whether the part writes the article pages of an article dated `date` (frontmatter dates are UTC midnights). */
export function buildsArticle(part: ArchivePart, date: Date): boolean {
  if (part.kind === 'whole') return true;
  if (part.kind === 'listings') return false;
  const year = date.getUTCFullYear();
  return year >= part.from && year <= part.to;
}

/** Returns whether the part writes the pages that list across the archive (everything but article pages). */
export function buildsListings(part: ArchivePart): boolean {
  return part.kind !== 'articles';
}

/** Returns the part as people name it in logs: "the whole archive", "the listings", "the articles of 2019–2021". */
export function describeArchivePart(part: ArchivePart): string {
  if (part.kind === 'whole') return 'the whole archive';
  if (part.kind === 'listings') return 'the listings (every page but the article pages)';
  return `the articles of ${part.from === part.to ? part.from : `${part.from}–${part.to}`}`;
}
