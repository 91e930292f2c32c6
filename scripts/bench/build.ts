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

/** What one `astro build` cost. */
export interface BuildMeasurement {
  /** Articles in the content folder. */
  articles: number;
  /** HTML pages written (the search index excluded). */
  pages: number;
  articlePages: number;
  entityPages: number;
  /** From spawning the build to its exit. */
  wallMs: number;
  /** Wall time minus the Pagefind integration's build:done hook. */
  astroMs: number;
  /** The Pagefind integration's build:done hook, or null when no integration indexes for search. */
  pagefindMs: number | null;
  /** Every timed build:done hook, by integration name. */
  hooks: { integration: string; ms: number }[];
  /** Wall time per HTML page. */
  msPerPage: number;
  /**
   * CPU time of the build and every process it waited for (user + system, GNU
   * time), or null without /usr/bin/time. Unlike wall time it hardly changes
   * when other work shares the machine, so it is the cost to compare across runs.
   */
  cpuMs: number | null;
  /** Largest resident set of any one process of the build (GNU time), or null without /usr/bin/time. */
  peakProcessRssBytes: number | null;
  /** Highest summed resident memory of the whole process tree, sampled every 200 ms. */
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
  /** Kill the build after this long. */
  timeoutMs?: number;
}

/**
 * Runs one `astro build` of `contentDir` through the benchmark config (own
 * cache in `workDir`, so cold the first time and warm when called again on the
 * same folder; timed integration hooks) and returns its cost. Throws, with the
 * end of the build log, when the build fails or loses articles.
 */
export async function measureBuild(options: BuildOptions): Promise<BuildMeasurement> {
  const { root, contentDir, workDir, timeoutMs = 45 * 60_000 } = options;
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
  // Astro's own launcher, run by this Node (24): the machine's default node is too old for Astro 7.
  const astro = [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', 'scripts/bench/astro.config.ts'];
  const hasTime = existsSync(GNU_TIME);
  const [command, args] = hasTime ? [GNU_TIME, ['-v', '-o', timeFile, process.execPath, ...astro]] : [process.execPath, astro];
  const log = openSync(logFile, 'w');
  const start = performance.now();
  const child = spawn(command, args, {
    cwd: root,
    // Its own process group, so a timeout or Ctrl-C stops Astro and Pagefind too, not just GNU time.
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      DIST_DIR: distDir,
      BENCH_CACHE_DIR: path.join(workDir, 'cache'),
      BENCH_TIMING_FILE: timingFile,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
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
  closeSync(log);

  const output = readFileSync(logFile, 'utf8');
  if (status.code !== 0) {
    const why = status.signal ? `was stopped (${status.signal}) after ${Math.round(wallMs / 1000)} s` : `exited with ${status.code}`;
    throw new Error(`The benchmark build of ${articles} articles ${why}. Last lines of ${logFile}:\n${output.split('\n').slice(-25).join('\n')}`);
  }

  const hooks = existsSync(timingFile)
    ? readFileSync(timingFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { integration: string; ms: number })
    : [];
  const pagefindHooks = hooks.filter((h) => /pagefind/i.test(h.integration));
  const pagefindMs = pagefindHooks.length > 0 ? pagefindHooks.reduce((sum, h) => sum + h.ms, 0) : null;

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
  const index = folderSize(path.join(distDir, pagefindDirectory));
  const timeReport = hasTime ? readFileSync(timeFile, 'utf8') : '';
  const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(timeReport);
  const seconds = (label: string) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(timeReport)?.[1] ?? Number.NaN);
  const cpuSeconds = seconds('User') + seconds('System');
  return {
    articles,
    pages: html.length,
    articlePages,
    entityPages,
    wallMs,
    astroMs: wallMs - (pagefindMs ?? 0),
    pagefindMs,
    hooks,
    msPerPage: wallMs / html.length,
    cpuMs: Number.isFinite(cpuSeconds) ? cpuSeconds * 1000 : null,
    peakProcessRssBytes: maxRss ? Number(maxRss[1]) * 1024 : null,
    peakTreeRssBytes,
    distBytes: dist.bytes,
    distFiles: dist.files,
    searchIndexBytes: index.bytes,
    searchIndexFiles: index.files,
    warnings: output.split('\n').filter((line) => /\[WARN\]/.test(line)).length,
    distDir,
    logFile,
  };
}
