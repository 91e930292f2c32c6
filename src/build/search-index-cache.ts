/**
 * What the last index of a built site knew, kept in node_modules/.cache so
 * the next index of the same site rewrites only the search bundles whose
 * pages changed (src/integrations/update-search-index.ts): every page's
 * digest, what the index read from it and the bundle it went to; the code
 * that indexed it; a digest of the `pagefind/` folder it wrote; and a copy of
 * that folder, because `astro build` empties dist/ before the index step
 * runs. A cache that is missing, unreadable, from other code, or whose
 * `pagefind/` is not the one on disk, is not used: the index is then written
 * whole.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isPeriod } from '../lib/search/bundle.ts';
import type { IndexedPage } from '../lib/search/html-page.ts';
import { variants } from '../lib/site/variants.ts';
import type { PageDigests } from './changed-pages.ts';
import { filesUnder } from './files-under.ts';

/** One page of the site as the last index saw it. */
export interface CachedPage {
  readonly digest: string;
  /** The bundle it went to (`zh-hant/2023`), or undefined when it is not indexed. */
  readonly bundle: string | undefined;
  /** What the index read from it (null: nothing to index), so an unchanged page is not read and parsed again. */
  readonly read: IndexedPage | null;
}

/** What the last index of a site knew. */
export interface SearchIndexCache {
  /** The digest of the index code that wrote it (code-digest.ts). */
  readonly code: string;
  /** The digest of the `pagefind/` folder it wrote (`pagefindTreeDigest`). */
  readonly tree: string;
  /** Every HTML page of the site, by its path in the site. */
  readonly pages: ReadonlyMap<string, CachedPage>;
}

/** Returns a digest of every file under `dir` (the `pagefind/` folder), by path and bytes: the same only for the same tree. */
export function pagefindTreeDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(dir)) hash.update(`${file}\0`).update(readFileSync(path.join(dir, file))).update('\0');
  return hash.digest('hex');
}

// A bundle named in the cache is only ever compared with the bundles of the pages on disk, never made a path;
// checked all the same, so a damaged cache reads as no cache rather than as an odd plan.
function isBundleKey(bundle: string): boolean {
  const [variant, period, ...rest] = bundle.split('/');
  return rest.length === 0 && variants.some((v) => v.path === variant) && period !== undefined && isPeriod(period);
}

function isStringLists(value: unknown): value is Record<string, string[]> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((list) => Array.isArray(list) && list.every((item) => typeof item === 'string'));
}

function isIndexedPage(value: unknown): value is IndexedPage {
  const page = value as Partial<Record<keyof IndexedPage, unknown>> | null;
  return (
    typeof page === 'object' && page !== null &&
    typeof page.lang === 'string' && typeof page.title === 'string' && typeof page.text === 'string' &&
    isStringLists(page.meta) && isStringLists(page.filters) && isStringLists(page.sorts)
  );
}

function parsed(text: string): SearchIndexCache | undefined {
  const value = JSON.parse(text) as { code?: unknown; tree?: unknown; pages?: unknown };
  if (typeof value.code !== 'string' || typeof value.tree !== 'string' || typeof value.pages !== 'object' || value.pages === null) return undefined;
  const pages = new Map<string, CachedPage>();
  for (const [file, entry] of Object.entries(value.pages)) {
    if (!Array.isArray(entry) || entry.length !== 3) return undefined;
    const [digest, bundle, read] = entry as unknown[];
    if (typeof digest !== 'string' || !(bundle === null || (typeof bundle === 'string' && isBundleKey(bundle)))) return undefined;
    if (!(read === null || isIndexedPage(read))) return undefined;
    pages.set(file, { digest, bundle: bundle ?? undefined, read });
  }
  return { code: value.code, tree: value.tree, pages };
}

/** Returns the cache saved by the last index of the site, or undefined when there is none or it cannot be read. */
export function readSearchIndexCache(file: string): SearchIndexCache | undefined {
  try {
    return parsed(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Saves what an index of the site knew, for the next one. */
export function writeSearchIndexCache(file: string, cache: SearchIndexCache): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const pages = Object.fromEntries([...cache.pages].map(([page, { digest, bundle, read }]) => [page, [digest, bundle ?? null, read]]));
  writeFileSync(file, JSON.stringify({ code: cache.code, tree: cache.tree, pages }));
}

/** Returns the page digests the cache holds. */
export function cachedDigests(cache: SearchIndexCache): PageDigests {
  return new Map([...cache.pages].map(([file, { digest }]) => [file, digest]));
}

/**
 * Returns why the index of a site whose `pagefind/` folder is `pagefindDir`
 * must be written whole rather than from `cache`, or undefined when the cache
 * can be trusted: it exists, the same code wrote it, and `pagefind/` is
 * exactly what it left (nobody removed, edited or half-wrote a bundle since).
 */
export function reasonToIndexWhole(cache: SearchIndexCache | undefined, code: string, pagefindDir: string): string | undefined {
  if (!cache) return 'there is no readable record of the last index';
  if (cache.code !== code) return 'the index code or its dependencies changed since the last index';
  if (filesUnder(pagefindDir).length === 0) return `${pagefindDir} is missing`;
  if (pagefindTreeDigest(pagefindDir) !== cache.tree) return `${pagefindDir} is not what the last index wrote`;
  return undefined;
}

/** Returns the folder, beside the cache file, that keeps a copy of the `pagefind/` folder the last index wrote. */
export function savedIndexFolder(cacheFile: string): string {
  return cacheFile.replace(/\.json$/, '') + '.pagefind';
}

/**
 * Makes `to` a copy of the folder `from`, file by file: hard links where the
 * two are on one file system (no bytes copied; the index step never writes a
 * file in place, it writes a new file and renames it or removes the folder
 * first, so a link is never changed through the other name), copies elsewhere.
 */
export function copyTree(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  for (const file of filesUnder(from)) {
    const target = path.join(to, file);
    mkdirSync(path.dirname(target), { recursive: true });
    try {
      linkSync(path.join(from, file), target);
    } catch {
      copyFileSync(path.join(from, file), target);
    }
  }
}
