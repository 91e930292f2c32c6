import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listBuiltHtml } from './built-site.ts';

/** The digest of every HTML page of a built site, by its path in the site. */
export type PageDigests = Map<string, string>;

/** Returns the sha256 of every HTML page under `dir`, leaving out the folder `skip` (the search bundles). */
export function pageDigests(dir: string, skip: string): PageDigests {
  return new Map(
    listBuiltHtml(dir)
      .filter((file) => file.split('/')[0] !== skip)
      .map((file) => [file, createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex')]),
  );
}

/**
 * Returns the pages that differ between two digests of a site: changed, new,
 * and gone (a removed story must leave its search bundle too).
 */
export function changedPages(before: PageDigests, after: PageDigests): Set<string> {
  const changed = new Set<string>();
  for (const [file, digest] of after) if (before.get(file) !== digest) changed.add(file);
  for (const file of before.keys()) if (!after.has(file)) changed.add(file);
  return changed;
}
