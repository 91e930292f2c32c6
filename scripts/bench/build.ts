import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pagefindDirectory } from '../../src/lib/search/bundle.ts';
import { variants } from '../../src/lib/site/variants.ts';
import { articlesDirOf } from '../../src/build/content-files.ts';
import { filesUnder } from '../../src/build/files-under.ts';
import { folderSize } from './files.ts';
import { sampleTreeMemory } from './process-memory.ts';

const GNU_TIME = '/usr/bin/time';

/** What one step of the build (Astro, or the search index) cost. */
export interface StepCost {
  /** From spawning the step to its exit. */
  wallMs: number;
  /** CPU time of the step and every process it waited for (user + system, GNU time), or null without /usr/bin/time. */
  cpuMs: number | null;
  /** Largest resident set of any one process of the step (GNU time), or null without /usr/bin/time. */
  peakProcessRssBytes: number | null;
  /** Highest summed resident memory of the step's process tree, sampled every 200 ms. */
  peakTreeRssBytes: number;
}

/**
 * Where a build's wall time went, in milliseconds, from marks Astro's own
 * hooks set (scripts/bench/astro.config.ts); null when a mark is missing.
 */
export interface BuildPhases {
  /** Astro's start, config and integrations' setup, until the content sync starts. */
  startMs: number | null;
  /** The content layer: the loader's checks, parsing and storing every article. */
  contentSyncMs: number | null;
  /** Vite bundling the pages (and, while articles are modules, every article). */
  bundleMs: number | null;
  /** Rendering every page and the photos' renderings. */
  renderMs: number | null;
  /** Writing _headers (the security-headers hook). */
  headersMs: number | null;
  /** The other build:done hooks (sitemap, not-found pages) and Astro's exit. */
  otherMs: number | null;
  /** The search index step (scripts/index-search.ts). */
  indexMs: number;
}

/** What one build (`astro build`, then the search index step) cost. */
export interface BuildMeasurement {
  /** Articles in the content folder. */
  articles: number;
  /** HTML pages written (the search index excluded). */
  pages: number;
  articlePages: number;
  entityPages: number;
  /** From spawning the build to the search index step's exit. */
  wallMs: number;
  /** Wall time of `astro build`. */
  astroMs: number;
  /** Wall time of the search index step (its own process, after Astro's). */
  pagefindMs: number | null;
  /** Each step on its own: time and memory. */
  steps: { astro: StepCost; index: StepCost };
  /** Where the wall time went. */
  phases: BuildPhases;
  /** Every timed build:done hook, by integration name. */
  hooks: { integration: string; ms: number }[];
  /** Wall time per HTML page. */
  msPerPage: number;
  /**
   * CPU time of both steps and every process they waited for (user + system, GNU
   * time), or null without /usr/bin/time. Unlike wall time it hardly changes
   * when other work shares the machine, so it is the cost to compare across runs.
   */
  cpuMs: number | null;
  /** Largest resident set of any one process of the build (GNU time), or null without /usr/bin/time. */
  peakProcessRssBytes: number | null;
  /** Highest summed resident memory of a step's process tree (the steps run one after the other), sampled every 200 ms. */
  peakTreeRssBytes: number;
  distBytes: number;
  distFiles: number;
  searchIndexBytes: number;
  searchIndexFiles: number;
  /** Lines Astro logged as warnings (left in the log file). */
  warnings: number;
  distDir: string;
  logFile: string;
}

/** Where and what to build. */
export interface BuildOptions {
  /** The project checkout (holds astro.config.ts and node_modules). */
  root: string;
  /** The content folder to build (CONTENT_DIR). */
  contentDir: string;
  /** A scratch folder inside `root` for dist/, Astro's cache, the log and timings. */
  workDir: string;
  /** Kill the build after this long: by default 90 minutes, half again the 60 the 100,000-article build is allowed, so a slow run is measured rather than cut off. */
  timeoutMs?: number;
}

/**
 * Builds `contentDir` as `npm run build` does, in two timed steps: `astro build`
 * through the benchmark config (own cache in `workDir`, so cold the first time
 * and warm when called again on the same folder; phases marked and
 * integration hooks timed), then the search index step; returns their cost. Throws, with the
 * end of the build log, when the build fails or loses articles.
 */
export async function measureBuild(options: BuildOptions): Promise<BuildMeasurement> {
  const { root, contentDir, workDir, timeoutMs = 90 * 60_000 } = options;
  mkdirSync(workDir, { recursive: true });
  const distDir = path.join(workDir, 'dist');
  const logFile = path.join(workDir, 'build.log');
  const timingFile = path.join(workDir, 'hooks.jsonl');
  const timeFile = path.join(workDir, 'time.txt');
  const articles = filesUnder(articlesDirOf(contentDir)).filter((f) => f.endsWith('.mdx')).length;
  // A second build in the same folder (publishing one story) keeps the cache but times only itself.
  rmSync(timingFile, { force: true });

  // Astro bundles its prerender code inside outDir only when outDir is under the working directory;
  // otherwise it uses <cwd>/.astro/.prerender/, which every other out-of-tree build in this checkout
  // shares (and deletes under a running build). That bundle must also see node_modules.
  if (path.relative(root, distDir).startsWith('..')) {
    throw new Error(`The benchmark's build folder ${workDir} must be inside the checkout ${root}, so Astro keeps its prerender bundle apart from other builds.`);
  }
  const env = {
    ...process.env,
    CONTENT_DIR: contentDir,
    DIST_DIR: distDir,
    BENCH_CACHE_DIR: path.join(workDir, 'cache'),
    SEARCH_INDEX_CACHE_DIR: path.join(workDir, 'cache', 'search-index'),
    BENCH_TIMING_FILE: timingFile,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const log = openSync(logFile, 'w');
  const step = (args: string[], limitMs: number) => runStep({ root, args, env, log, timeFile, timeoutMs: limitMs });
  // The two steps of `npm run build`, run by this Node (24): the machine's default node is too old for Astro 7.
  const astroStep = await step([path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', 'scripts/bench/astro.config.ts'], timeoutMs);
  const indexStep = astroStep.failure ? undefined : await step([path.join(root, 'scripts/index-search.ts')], Math.max(timeoutMs - astroStep.cost.wallMs, 60_000));
  closeSync(log);
  const output = readFileSync(logFile, 'utf8');
  const failure = astroStep.failure ?? indexStep?.failure;
  if (failure || !indexStep) {
    throw new Error(`The benchmark build of ${articles} articles ${failure}. Last lines of ${logFile}:\n${output.split('\n').slice(-25).join('\n')}`);
  }
  const astro = astroStep.cost;
  const index = indexStep.cost;
  const wallMs = astro.wallMs + index.wallMs;

  const hooks = existsSync(timingFile)
    ? readFileSync(timingFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { integration?: string; ms?: number })
        .flatMap(({ integration, ms }) => (integration !== undefined && ms !== undefined ? [{ integration, ms }] : []))
    : [];
  const marks = timingMarks(timingFile);
  const between = (from: number | undefined, to: number | undefined) => (from !== undefined && to !== undefined ? to - from : null);
  const headersMs = hooks.filter((h) => /security-headers/.test(h.integration)).reduce((sum, h) => sum + h.ms, 0);
  const phases: BuildPhases = {
    startMs: between(astroStep.startedAt, marks.get('config:done')),
    contentSyncMs: between(marks.get('config:done'), marks.get('build:start')),
    bundleMs: between(marks.get('build:start'), marks.get('bundle:end')),
    renderMs: between(marks.get('bundle:end'), marks.get('build:generated')),
    headersMs: hooks.length > 0 ? headersMs : null,
    otherMs: marks.has('build:generated') && hooks.length > 0 ? astroStep.startedAt + astro.wallMs - (marks.get('build:generated') as number) - headersMs : null,
    indexMs: index.wallMs,
  };

  const html = filesUnder(distDir).filter((f) => f.endsWith('.html') && !f.startsWith(`${pagefindDirectory}/`));
  const articlePages = html.filter((f) => variants.some((v) => f.startsWith(`${v.path}/articles/`) && f.split('/').length === 4)).length;
  const entityPages = html.filter((f) => variants.some((v) => f.startsWith(`${v.path}/entities/`) && f.split('/').length === 4)).length;
  if (articlePages !== articles * variants.length) {
    throw new Error(
      `The build of ${articles} articles wrote ${articlePages} article pages, not ${articles * variants.length} (${variants.length} variants): ` +
        `some articles were dropped. See ${logFile}.`,
    );
  }
  const dist = folderSize(distDir);
  const searchIndex = folderSize(path.join(distDir, pagefindDirectory));
  return {
    articles,
    pages: html.length,
    articlePages,
    entityPages,
    wallMs,
    astroMs: astro.wallMs,
    pagefindMs: index.wallMs,
    steps: { astro, index },
    phases,
    hooks,
    msPerPage: wallMs / html.length,
    cpuMs: astro.cpuMs !== null && index.cpuMs !== null ? astro.cpuMs + index.cpuMs : null,
    peakProcessRssBytes: astro.peakProcessRssBytes !== null && index.peakProcessRssBytes !== null ? Math.max(astro.peakProcessRssBytes, index.peakProcessRssBytes) : null,
    peakTreeRssBytes: Math.max(astro.peakTreeRssBytes, index.peakTreeRssBytes),
    distBytes: dist.bytes,
    distFiles: dist.files,
    searchIndexBytes: searchIndex.bytes,
    searchIndexFiles: searchIndex.files,
    warnings: output.split('\n').filter((line) => /\[WARN\]/.test(line)).length,
    distDir,
    logFile,
  };
}

/** Returns the phase marks of scripts/bench/astro.config.ts: the first time each phase was reached, in ms since the epoch. */
function timingMarks(timingFile: string): Map<string, number> {
  const marks = new Map<string, number>();
  if (!existsSync(timingFile)) return marks;
  for (const line of readFileSync(timingFile, 'utf8').split('\n').filter(Boolean)) {
    const entry = JSON.parse(line) as { phase?: string; at?: number };
    // Vite writes more than one bundle (server, client): rendering starts after the last.
    if (entry.phase !== undefined && entry.at !== undefined && (!marks.has(entry.phase) || entry.phase === 'bundle:end')) marks.set(entry.phase, entry.at);
  }
  return marks;
}

/**
 * Runs one step of the build under GNU time (when the machine has it) in its
 * own process group, so a timeout or Ctrl-C stops it and every process it
 * started; returns its cost, or why it failed.
 */
async function runStep(options: { root: string; args: string[]; env: NodeJS.ProcessEnv; log: number; timeFile: string; timeoutMs: number }): Promise<{ cost: StepCost; startedAt: number; failure?: string }> {
  const { root, args, env, log, timeFile, timeoutMs } = options;
  const hasTime = existsSync(GNU_TIME);
  rmSync(timeFile, { force: true });
  const [command, commandArgs] = hasTime ? [GNU_TIME, ['-v', '-o', timeFile, process.execPath, ...args]] : [process.execPath, args];
  const startedAt = performance.timeOrigin + performance.now();
  const start = performance.now();
  const child = spawn(command, commandArgs, { cwd: root, detached: true, stdio: ['ignore', log, log], env });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${command}.`);
  const stopGroup = () => {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const interrupt = () => {
    stopGroup();
    process.exit(130);
  };
  process.once('SIGINT', interrupt);
  const sampler = sampleTreeMemory(pid);
  const timer = setTimeout(stopGroup, timeoutMs);
  const status = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  const wallMs = performance.now() - start;
  clearTimeout(timer);
  process.off('SIGINT', interrupt);
  const peakTreeRssBytes = sampler.stop();
  const timeReport = hasTime && existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
  const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(timeReport);
  const seconds = (label: string) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(timeReport)?.[1] ?? Number.NaN);
  const cpuSeconds = seconds('User') + seconds('System');
  const cost = { wallMs, cpuMs: Number.isFinite(cpuSeconds) ? cpuSeconds * 1000 : null, peakProcessRssBytes: maxRss ? Number(maxRss[1]) * 1024 : null, peakTreeRssBytes };
  const step = path.relative(root, args[0] ?? '');
  if (status.code === 0) return { cost, startedAt };
  return { cost, startedAt, failure: status.signal ? `was stopped (${status.signal}) in ${step} after ${Math.round(wallMs / 1000)} s` : `exited with ${status.code} in ${step}` };
}
