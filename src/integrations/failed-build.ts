import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { keepOutputReason } from '../lib/site/output-folder.ts';

/**
 * Returns the Astro integration that makes a build all or nothing: when
 * `astro build` ends without every `astro:build:done` hook having finished
 * (a refused article, a page that failed to render, a CSP check that found
 * inline code), the output directory is removed as the process exits, so no
 * half-written site, and no `_headers` with unfilled `{{…}}` placeholders, is
 * left for a deploy step to pick up. List it last.
 */
export function removeFailedBuild(): AstroIntegration {
  // Stryker disable next-line BooleanLiteral: equivalent; Astro always runs astro:config:setup, which sets it, before astro:config:done reads it.
  let building = false;
  let outDir: string | undefined;
  const removeOutput = () => {
    // Stryker disable next-line ConditionalExpression: equivalent; the listener is added only once outDir is set.
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
        // Only ever a folder of its own: never the project, its sources or public/, nor a folder holding them.
        const reason = keepOutputReason(config.outDir, config);
        if (reason !== undefined) {
          logger.warn(`outDir ${fileURLToPath(config.outDir)} will not be removed if the build fails: ${reason}.`);
          return;
        }
        outDir = fileURLToPath(config.outDir);
        // 'exit' runs on every way the CLI ends (process.exit after an error included), synchronously.
        process.once('exit', removeOutput);
      },
      'astro:build:done': () => {
        process.off('exit', removeOutput);
      },
    },
  };
}
