/**
 * The index step of a build: writes the search index of a built site,
 * rewriting only the bundles whose pages changed since the last index of the
 * same site when what that index knew (search-index-cache.ts) can be trusted,
 * else the whole index.
 */
import type { AstroIntegrationLogger } from 'astro';
import path from 'node:path';
import { writeSearchIndex, type BundleKey, type PreviousIndex, type WrittenIndex } from './pagefind.ts';
import { pagefindDirectory } from '../lib/search/bundle.ts';
import { pageUrlOf } from '../lib/search/index-record.ts';
import { changedPages, pageDigests } from '../build/changed-pages.ts';
import { searchIndexCodeDigest } from '../build/code-digest.ts';
import { cachedDigests, pagefindTreeDigest, readSearchIndexCache, reasonToIndexWhole, writeSearchIndexCache } from '../build/search-index-cache.ts';

/** What one run of the index step did. */
export interface IndexUpdate extends WrittenIndex {
  /** Why the whole index was written, or undefined when only changed bundles were. */
  readonly whole: string | undefined;
}

/**
 * Writes the search index of the site built in `dir`, with the code of the
 * project at `root`, and saves what it knew to `cacheFile` for the next run.
 */
export async function updateSearchIndex(dir: string, root: string, cacheFile: string, logger?: AstroIntegrationLogger): Promise<IndexUpdate> {
  const code = searchIndexCodeDigest(root);
  const digests = pageDigests(dir, pagefindDirectory);
  const cache = readSearchIndexCache(cacheFile);
  const whole = reasonToIndexWhole(cache, code, path.join(dir, pagefindDirectory));
  let previous: PreviousIndex | undefined;
  if (whole !== undefined || cache === undefined) logger?.info(`Writing the whole search index: ${whole}.`);
  else {
    const changed = changedPages(cachedDigests(cache), digests);
    logger?.info(`${changed.size} of ${digests.size} pages changed since the last index of ${dir}.`);
    const bundleOf = new Map<string, BundleKey>();
    for (const [file, { bundle }] of cache.pages) if (bundle !== undefined) bundleOf.set(pageUrlOf(file), bundle);
    const unchanged = new Map([...cache.pages].filter(([file, { digest }]) => digests.get(file) === digest).map(([file, { read }]) => [file, read]));
    previous = { bundleOf, changed: new Set([...changed].map(pageUrlOf)), unchanged };
  }
  const written = await writeSearchIndex(dir, logger, previous);
  const pages = new Map([...digests].map(([file, digest]) => [file, { digest, bundle: written.bundleOf.get(pageUrlOf(file)), read: written.read.get(file) ?? null }]));
  writeSearchIndexCache(cacheFile, { code, tree: pagefindTreeDigest(path.join(dir, pagefindDirectory)), pages });
  return { ...written, whole };
}
