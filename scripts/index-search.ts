/**
 * `node scripts/index-search.ts`: the second step of `npm run build`, after
 * `astro build` has exited: writes the search index of the built site (DIST_DIR,
 * as astro.config.ts reads it, else dist/). It runs in its own process so the
 * indexer's memory never adds to Astro's, which held every page of the archive;
 * a failure or an interruption removes the half-built dist/ (src/build/finish-or-remove.ts).
 *
 * It also says which pages changed since the last index of the same dist/
 * (digests kept in node_modules/.cache/search-index/): what an index split by
 * period (CONTRACTS §2) needs to rebuild only the periods holding them.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createNodeLoggerFromFlags } from 'astro/logger/node';
import { changedPages, pageDigests, readPageDigests, writePageDigests } from '../src/build/changed-pages.ts';
import { finishOrRemove } from '../src/build/finish-or-remove.ts';
import { writeSearchIndex } from '../src/integrations/pagefind.ts';
import { pagefindDirectory } from '../src/lib/search/bundle.ts';

const root = process.cwd();
const outDir = path.resolve(root, process.env.DIST_DIR ?? 'dist');
const logger = createNodeLoggerFromFlags({}).forkIntegrationLogger('search-index');
const digestsFile = path.join(root, 'node_modules/.cache/search-index', `${createHash('sha256').update(outDir).digest('hex').slice(0, 16)}.json`);

if (!existsSync(path.join(outDir, 'index.html'))) {
  logger.error(`${outDir} holds no built site (no index.html): run astro build first, or npm run build for both steps.`);
  process.exit(1);
}

try {
  await finishOrRemove(
    outDir,
    root,
    async () => {
      const digests = pageDigests(outDir, pagefindDirectory);
      const previous = readPageDigests(digestsFile);
      if (previous) logger.info(`${changedPages(previous, digests).size} of ${digests.size} pages changed since the last index of ${outDir}.`);
      // The index is split by period now, but every bundle is still written again until writeSearchIndex
      // takes the changed pages, to rebuild only the bundles holding them.
      await writeSearchIndex(outDir, logger);
      writePageDigests(digestsFile, digests);
    },
    (message) => logger.warn(message),
  );
} catch (error) {
  logger.error(`The search index of ${outDir} could not be written, so the build is removed: fix the cause below and run npm run build again.`);
  console.error(error);
  process.exitCode = 1;
}
