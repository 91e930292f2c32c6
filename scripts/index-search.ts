/**
 * `node scripts/index-search.ts`: the second step of `npm run build`, after
 * `astro build` has exited: writes the search index of the built site (DIST_DIR,
 * as astro.config.ts reads it, else dist/). It runs in its own process so the
 * indexer's memory never adds to Astro's, which held every page of the archive;
 * a failure or an interruption removes the half-built dist/ (src/build/finish-or-remove.ts).
 *
 * It rewrites only the search bundles whose pages changed since the last index
 * of the same dist/ (what it knew, and a copy of the pagefind/ folder it wrote,
 * since astro build empties dist/, are kept in node_modules/.cache/search-index/:
 * src/integrations/update-search-index.ts), and writes the index whole when that
 * record is missing, from other code, or does not match dist/pagefind/.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createNodeLoggerFromFlags } from 'astro/logger/node';
import { finishOrRemove } from '../src/build/finish-or-remove.ts';
import { updateSearchIndex } from '../src/integrations/update-search-index.ts';

const root = process.cwd();
const outDir = path.resolve(root, process.env.DIST_DIR ?? 'dist');
const logger = createNodeLoggerFromFlags({}).forkIntegrationLogger('search-index');
// SEARCH_INDEX_CACHE_DIR: the benchmark keeps each throwaway build's cache (with its copy of pagefind/) in that build's folder.
const cacheDir = process.env.SEARCH_INDEX_CACHE_DIR ? path.resolve(root, process.env.SEARCH_INDEX_CACHE_DIR) : path.join(root, 'node_modules/.cache/search-index');
const cacheFile = path.join(cacheDir, `${createHash('sha256').update(outDir).digest('hex').slice(0, 16)}.json`);

if (!existsSync(path.join(outDir, 'index.html'))) {
  logger.error(`${outDir} holds no built site (no index.html): run astro build first, or npm run build for both steps.`);
  process.exit(1);
}

try {
  await finishOrRemove(
    outDir,
    root,
    async () => {
      const started = performance.now();
      await updateSearchIndex(outDir, root, cacheFile, logger);
      logger.info(`The search index took ${Math.round(performance.now() - started)} ms.`);
    },
    (message) => logger.warn(message),
  );
} catch (error) {
  logger.error(`The search index of ${outDir} could not be written, so the build is removed: fix the cause below and run npm run build again.`);
  console.error(error);
  process.exitCode = 1;
}
