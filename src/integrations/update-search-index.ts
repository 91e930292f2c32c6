/**
 * The index step of a build: writes the search index of a built site,
 * rewriting only the bundles whose pages changed since the last index of the
 * same site when what that index knew (search-index-cache.ts) can be trusted,
 * else the whole index.
 */
import type { AstroIntegrationLogger } from 'astro';
import path from 'node:path';
import { writeSearchIndex, type IndexOptions, type PreviousIndex, type WrittenIndex } from './pagefind.ts';
import { pagefindDirectory } from '../lib/search/bundle.ts';
import { pageUrlOf } from '../lib/search/index-record.ts';
import { changedPages, pageDigests } from '../build/changed-pages.ts';
import { searchIndexCodeDigest } from '../build/code-digest.ts';
import { filesUnder } from '../build/files-under.ts';
import { cachedDigests, copyTree, pagefindTreeDigest, readSearchIndexCache, reasonToIndexWhole, savedIndexFolder, writeSearchIndexCache } from '../build/search-index-cache.ts';

/** What one run of the index step did. */
export interface IndexUpdate extends WrittenIndex {
  /** Why the whole index was written, or undefined when only changed bundles were. */
  readonly whole: string | undefined;
}

/**
 * Writes the search index of the site built in `dir`, with the code of the
 * project at `root`, and saves what it knew to `cacheFile` for the next run.
 */
export async function updateSearchIndex(dir: string, root: string, cacheFile: string, logger?: AstroIntegrationLogger, options: IndexOptions = {}): Promise<IndexUpdate> {
  const code = searchIndexCodeDigest(root);
  const digests = pageDigests(dir, pagefindDirectory);
  const cache = readSearchIndexCache(cacheFile);
  const pagefindDir = path.join(dir, pagefindDirectory);
  const saved = savedIndexFolder(cacheFile);
  // `astro build` empties dist/, the last index with it: put back the copy kept of it, if it is the one the cache describes.
  if (cache?.code === code && filesUnder(pagefindDir).length === 0 && filesUnder(saved).length > 0 && pagefindTreeDigest(saved) === cache.tree) {
    copyTree(saved, pagefindDir);
    logger?.info(`Put back the last search index of ${dir} from ${saved}.`);
  }
  const whole = reasonToIndexWhole(cache, code, pagefindDir);
  let previous: PreviousIndex | undefined;
  if (whole !== undefined || cache === undefined) logger?.info(`Writing the whole search index: ${whole}.`);
  else {
    const changed = changedPages(cachedDigests(cache), digests);
    logger?.info(`${changed.size} of ${digests.size} pages changed since the last index of ${dir}.`);
    previous = new Map([...cache.pages].map(([file, { digest, bundle, read }]) => [file, { read, bundle, same: digests.get(file) === digest }]));
  }
  const written = await writeSearchIndex(dir, logger, previous, options);
  const pages = new Map([...digests].map(([file, digest]) => [file, { digest, bundle: written.bundleOf.get(pageUrlOf(file)), read: written.read.get(file) ?? null }]));
  // The cache goes first: a copy left half made by an interruption then fails its check against the tree digest.
  writeSearchIndexCache(cacheFile, { code, tree: pagefindTreeDigest(pagefindDir), pages });
  copyTree(pagefindDir, saved);
  return { ...written, whole };
}
