import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Returns the Astro integration that makes a build all or nothing: when
 * `astro build` ends without every `astro:build:done` hook having finished
 * (a refused article, a page that failed to render, a CSP check that found
 * inline code), the output directory is removed as the process exits, so no
 * half-written site, and no `_headers` with unfilled `{{…}}` placeholders, is
 * left for a deploy step to pick up. List it last.
 */
export function removeFailedBuild(): AstroIntegration {
  let building = false;
  let outDir: string | undefined;
  const removeOutput = () => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  };
  return {
    name: 'huawen:remove-failed-build',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config, logger }) => {
        if (!building) return;
        const candidate = fileURLToPath(config.outDir);
        const kept = [config.root, config.srcDir, config.publicDir].map((url) => fileURLToPath(url));
        // Only ever a folder of its own: never the project, its sources or public/, nor a folder holding them.
        if (kept.some((dir) => dir === candidate || dir.startsWith(candidate.endsWith(sep) ? candidate : candidate + sep))) {
          logger.warn(`outDir ${candidate} holds the project's own files, so a failed build will not remove it.`);
          return;
        }
        outDir = candidate;
        // 'exit' runs on every way the CLI ends (process.exit after an error included), synchronously.
        process.once('exit', removeOutput);
      },
      'astro:build:done': () => {
        process.off('exit', removeOutput);
      },
    },
  };
}
