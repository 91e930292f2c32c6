import { appendFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import config from '../../astro.config.ts';

const timingFile = process.env.BENCH_TIMING_FILE;
const cacheDir = process.env.BENCH_CACHE_DIR;

/** Returns the integration with its `astro:build:done` hook timed into BENCH_TIMING_FILE (one JSON line per hook run). */
function timed(integration: AstroIntegration): AstroIntegration {
  const done = integration.hooks['astro:build:done'];
  if (!done || !timingFile) return integration;
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:build:done': async (options) => {
        const start = performance.now();
        try {
          await done(options);
        } finally {
          appendFileSync(timingFile, `${JSON.stringify({ integration: integration.name, hook: 'astro:build:done', ms: performance.now() - start })}\n`);
        }
      },
    },
  };
}

// The project's config, unchanged except that (1) Astro's and Vite's caches live
// in BENCH_CACHE_DIR, so every benchmark build starts cold and never touches the
// caches of a build someone else runs in this checkout, and (2) each
// integration's build:done hook is timed, which is how the benchmark separates
// Pagefind's indexing from Astro's own work without parsing anyone's log lines.
const benchConfig: typeof config = {
  ...config,
  ...(cacheDir ? { cacheDir, vite: { ...config.vite, cacheDir: `${cacheDir}/vite` } } : {}),
  integrations: (config.integrations ?? [])
    .flat()
    .filter((integration): integration is AstroIntegration => Boolean(integration))
    .map((integration) => timed(integration)),
};

export default benchConfig;
