import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { keepOutputReason } from '../lib/site/output-folder.ts';

/**
 * Runs a build step that completes the output folder `outDir` of the project
 * at `root` (the search index, written after `astro build` has exited), and
 * keeps the build all or nothing, as `src/integrations/failed-build.ts` does
 * for Astro's own steps: when the step throws, or the process is stopped while
 * it runs (Ctrl-C, a CI timeout's SIGTERM), `outDir` is removed, so no site
 * without its search index is left for a deploy to pick up. A folder that is
 * or holds the project, its sources or public/ is never removed; `warn` says so.
 */
export async function finishOrRemove(outDir: string, root: string, step: () => Promise<void>, warn: (message: string) => void): Promise<void> {
  const folder = (dir: string) => pathToFileURL(`${path.resolve(root, dir)}/`);
  const reason = keepOutputReason(folder(outDir), { root: folder('.'), srcDir: folder('src'), publicDir: folder('public') });
  if (reason !== undefined) warn(`${outDir} will not be removed if this step fails: ${reason}.`);
  const remove = () => {
    if (reason === undefined) rmSync(outDir, { recursive: true, force: true });
  };
  // A signal ends the process without running 'exit' listeners: exit with the signal's usual status instead.
  const stop = (signal: NodeJS.Signals) => process.exit(signal === 'SIGINT' ? 130 : 143);
  process.once('exit', remove);
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await step();
  } catch (error) {
    remove();
    throw error;
  }
  process.off('exit', remove);
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
}
