/**
 * `node scripts/index-search.ts`: the second step of `npm run build`, after
 * `astro build` has exited: writes the search index of the built site (DIST_DIR,
 * as astro.config.ts reads it, else dist/). It runs in its own process so the
 * indexer's memory never adds to Astro's, which held every page of the archive;
 * a failure or an interruption removes the half-built dist/ (src/build/finish-or-remove.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createNodeLoggerFromFlags } from 'astro/logger/node';
import { finishOrRemove } from '../src/build/finish-or-remove.ts';
import { writeSearchIndex } from '../src/integrations/pagefind.ts';

const root = process.cwd();
const outDir = path.resolve(root, process.env.DIST_DIR ?? 'dist');
const logger = createNodeLoggerFromFlags({}).forkIntegrationLogger('search-index');

if (!existsSync(path.join(outDir, 'index.html'))) {
  logger.error(`${outDir} holds no built site (no index.html): run astro build first, or npm run build for both steps.`);
  process.exit(1);
}

try {
  await finishOrRemove(outDir, root, async () => {
    await writeSearchIndex(outDir, logger);
  }, (message) => logger.warn(message));
} catch (error) {
  logger.error(`The search index of ${outDir} could not be written, so the build is removed: fix the cause below and run npm run build again.`);
  console.error(error);
  process.exitCode = 1;
}
