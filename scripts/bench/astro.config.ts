import { appendFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import config from '../../astro.config.ts';

const timingFile = process.env.BENCH_TIMING_FILE;
const cacheDir = process.env.BENCH_CACHE_DIR;

/** Appends one JSON line to BENCH_TIMING_FILE. */
function record(entry: Record<string, unknown>): void {
  if (timingFile) appendFileSync(timingFile, `${JSON.stringify(entry)}\n`);
}

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
          record({ integration: integration.name, hook: 'astro:build:done', ms: performance.now() - start });
        }
      },
    },
  };
}

/**
 * Returns an integration that marks, on Astro's own clock, where a build's
 * phases meet: config done (the content sync starts), build start (the sync
 * has ended), the end of the last bundle Vite writes (rendering starts) and
 * the pages generated (the build:done hooks start). scripts/bench/build.ts
 * turns the marks into content sync, bundling and render times.
 */
function phaseMarks(): AstroIntegration {
  const mark = (phase: string) => record({ phase, at: performance.timeOrigin + performance.now() });
  return {
    name: 'bench:phase-marks',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [{ name: 'bench:bundle-end', closeBundle: () => mark('bundle:end') }] } });
      },
      'astro:config:done': () => mark('config:done'),
      'astro:build:start': () => mark('build:start'),
      'astro:build:generated': () => mark('build:generated'),
    },
  };
}

// The project's config, unchanged except that (1) Astro's and Vite's caches live
// in BENCH_CACHE_DIR, so every benchmark build starts cold and never touches the
// caches of a build someone else runs in this checkout, and (2) each
// integration's build:done hook is timed and the phases of the build marked,
// which is how the benchmark says where Astro's time goes without parsing anyone's log lines.
const benchConfig: typeof config = {
  ...config,
  ...(cacheDir ? { cacheDir, vite: { ...config.vite, cacheDir: `${cacheDir}/vite` } } : {}),
  integrations: [
    ...(timingFile ? [phaseMarks()] : []),
    ...(config.integrations ?? [])
      .flat()
      .filter((integration): integration is AstroIntegration => Boolean(integration))
      .map((integration) => timed(integration)),
  ],
};

export default benchConfig;
