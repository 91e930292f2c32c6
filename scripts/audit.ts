/**
 * `npm run audit`: Lighthouse (mobile, its default config) on the seed
 * article page of every script variant, served from the built dist/ over
 * 127.0.0.1. Fails below 100 for accessibility, best practices and SEO, or
 * below 98 for performance, listing the audits that cost points.
 *
 *   npm run audit                 # builds dist/ first if it is missing
 *   npm run audit -- --dist path  # audit another build
 *   npm run audit -- --runs 5     # Lighthouse runs per page (default 3); the median performance run is reported
 *   npm run audit -- --every-kind # one page of every kind (front, article, entity, lists, archive, search, 404, about) in every script
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse, { type Result } from 'lighthouse';
import { articlesDirOf, contentDirOf } from '../src/build/content-files.ts';
import { archiveMonthPath, archivePath, articlePath, entityIndexPath, entityListingPath, entityPath, homePath, infoPath, searchPath } from '../src/lib/site/urls.ts';
import type { Variant } from '../src/lib/site/variants.ts';
import { variants } from '../src/lib/site/variants.ts';
import { seedSlug } from './bench/seed.ts';
import { formatTable } from './bench/table.ts';
import { launchDebugChromium } from './chromium.ts';
import { startServer } from './serve.ts';

/** The lowest score (0–100) each category may have. */
const thresholds: Record<string, number> = {
  performance: 98,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

const root = path.resolve(import.meta.dirname, '..');
const { values: flags } = parseArgs({ options: { dist: { type: 'string' }, runs: { type: 'string', default: '3' }, 'every-kind': { type: 'boolean', default: false } } });
const runs = Number(flags.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number of Lighthouse runs per page; got "${flags.runs}".`);
const distDir = path.resolve(root, flags.dist ?? process.env['DIST_DIR'] ?? 'dist');

if (!existsSync(path.join(distDir, 'index.html'))) {
  console.error(`No build in ${path.relative(root, distDir) || '.'}: building the site first (astro build, then the search index) …`);
  // The two steps of `npm run build`: Astro, then the search index in its own process.
  const env = { ...process.env, DIST_DIR: distDir, ASTRO_TELEMETRY_DISABLED: '1' };
  const astro = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, stdio: 'inherit', env });
  const index = astro.status === 0 ? spawnSync(process.execPath, [path.join(root, 'scripts/index-search.ts')], { cwd: root, stdio: 'inherit', env }) : astro;
  if (index.status !== 0) {
    console.error('The build failed, so there is nothing to audit. Fix the build (npm run build) and run the audit again.');
    process.exit(1);
  }
}

interface PageResult {
  path: string;
  scores: Record<string, number>;
  /** The performance score of every run, in run order (the reported one is their median). */
  performanceRuns: number[];
  /** The browser's style and layout work (ms, simulated mobile) in each run: Lighthouse's main-thread breakdown, `styleLayout`. */
  styleLayoutRuns: number[];
  /** Audits that cost points in a category below its threshold. */
  failures: { category: string; id: string; title: string; score: number; displayValue?: string; items: string[] }[];
}

/** Returns one readable line per row of an audit's details table (what failed, where), at most `limit`. */
function detailLines(details: unknown, limit = 5): string[] {
  const items = (details as { items?: unknown[] } | undefined)?.items ?? [];
  const text = (value: unknown): string | undefined => {
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      return text(record['snippet'] ?? record['url'] ?? record['text'] ?? record['value']);
    }
    return undefined;
  };
  return items.slice(0, limit).flatMap((item) => {
    if (!item || typeof item !== 'object') return [];
    const record = item as Record<string, unknown>;
    const parts = ['description', 'issueType', 'source', 'node', 'sourceLocation', 'url', 'label']
      .map((key) => text(record[key]))
      .filter((part): part is string => Boolean(part));
    const sub = (record['subItems'] as { items?: unknown[] } | undefined)?.items ?? [];
    const subParts = sub.slice(0, 3).map((s) => Object.values(s as Record<string, unknown>).map(text).filter(Boolean).join(' '));
    return [[...new Set(parts)].join(' — ') + (subParts.length > 0 ? ` (${subParts.join('; ')})` : '')];
  });
}

/** Returns the audits of a category that did not score full marks, worst first. */
function lostPoints(lhr: Result, category: string): PageResult['failures'] {
  const scored = ['binary', 'numeric', 'metricSavings'];
  return (lhr.categories[category]?.auditRefs ?? [])
    .flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1 || !scored.includes(audit.scoreDisplayMode)) return [];
      return [
        { category, id: ref.id, title: audit.title, score: audit.score, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}), items: detailLines(audit.details) },
      ];
    })
    .sort((a, b) => a.score - b.score);
}

/** Returns the milliseconds of style and layout work in a report's main-thread breakdown. */
function styleLayoutMs(lhr: Result): number {
  const items = (lhr.audits['mainthread-work-breakdown']?.details as { items?: { group?: string; duration?: number }[] } | undefined)?.items ?? [];
  return Math.round(items.filter((item) => item.group === 'styleLayout').reduce((sum, item) => sum + (item.duration ?? 0), 0));
}

/** Runs Lighthouse once on `url` in a fresh Chromium (nothing cached from an earlier run) and returns its report. */
async function runLighthouseOnce(url: string): Promise<Result> {
  const chromium = await launchDebugChromium();
  try {
    const result = await lighthouse(url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(thresholds) });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}.`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    await chromium.close();
  }
}

const attemptsPerRun = 3;

/**
 * Returns a Lighthouse report for `url`. A run that Lighthouse itself could
 * not complete (a lost trace such as NO_NAVSTART on a busy machine) measured
 * nothing, so it is tried again, and said; a low score is never retried.
 */
async function runLighthouse(url: string): Promise<Result> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runLighthouseOnce(url);
    } catch (error) {
      if (attempt >= attemptsPerRun) throw error;
      console.error(`  attempt ${attempt} measured nothing (${error instanceof Error ? error.message : String(error)}); trying again`);
    }
  }
}

/** Returns the report whose performance score is the median: the other categories do not vary between runs, performance does. */
function medianRun(reports: readonly Result[]): Result {
  const sorted = [...reports].sort((a, b) => (a.categories['performance']?.score ?? 0) - (b.categories['performance']?.score ?? 0));
  return sorted[Math.floor((sorted.length - 1) / 2)] as Result;
}

// The project's own server: the headers of dist/_headers (CSP included) and gzip, as the static host sends them.
const server = await startServer({ root: distDir, port: 0 });
const origin = new URL(server.url).origin;
const results: PageResult[] = [];
let lighthouseVersion = '';
try {
  // One page of every kind the site builds, from the seed's build (its entities and month).
  const everyKind = (variant: Variant) => [
    homePath(variant),
    articlePath(variant, seedSlug),
    entityPath(variant, 'qian-junjun'),
    entityPath(variant, '2023-hunan-demonstration-enterprises'),
    entityIndexPath(variant),
    entityListingPath(variant, 'recipient'),
    archivePath(variant),
    archiveMonthPath(variant, '2023-02'),
    searchPath(variant),
    `/${variant.path}/404.html`,
    infoPath(variant, 'about'),
  ];
  const pagePaths = variants.flatMap((variant) => (flags['every-kind'] ? everyKind(variant) : [articlePath(variant, seedSlug)]));
  for (const pagePath of pagePaths) {
    const file = pagePath.endsWith('.html') ? path.join(distDir, pagePath) : path.join(distDir, pagePath, 'index.html');
    if (!existsSync(file)) {
      throw new Error(`${file} is not in the build: is the seed article ${seedSlug} still in ${articlesDirOf(contentDirOf('.'))}?`);
    }
    const reports: Result[] = [];
    for (let run = 1; run <= runs; run++) {
      console.error(`Lighthouse (mobile) ${run}/${runs}: ${pagePath} …`);
      reports.push(await runLighthouse(`${origin}${pagePath}`));
    }
    const lhr = medianRun(reports);
    lighthouseVersion = lhr.lighthouseVersion;
    const scores: Record<string, number> = {};
    const failures: PageResult['failures'] = [];
    for (const [id, minimum] of Object.entries(thresholds)) {
      const score = lhr.categories[id]?.score;
      if (score === null || score === undefined) throw new Error(`Lighthouse gave ${pagePath} no ${id} score (${lhr.runWarnings.join('; ') || 'no warning given'}).`);
      scores[id] = Math.round(score * 100);
      if (scores[id] < minimum) failures.push(...lostPoints(lhr, id));
    }
    for (const warning of lhr.runWarnings) console.error(`  Lighthouse warning: ${warning}`);
    results.push({ path: pagePath, scores, performanceRuns: reports.map((r) => Math.round((r.categories['performance']?.score ?? 0) * 100)), styleLayoutRuns: reports.map(styleLayoutMs), failures });
  }
} finally {
  await server.close();
}

console.log(`\nLighthouse ${lighthouseVersion} (mobile, simulated throttling), served by scripts/serve.ts; median of ${runs} run${runs === 1 ? '' : 's'} per page`);
console.log(
  formatTable(
    ['page', ...Object.keys(thresholds).map((id) => `${id} (≥${thresholds[id]})`), 'performance runs', 'style & layout ms (runs)'],
    results.map((r) => [r.path, ...Object.keys(thresholds).map((id) => String(r.scores[id])), r.performanceRuns.join(' '), r.styleLayoutRuns.join(' ')]),
  ),
);
const failing = results.filter((r) => Object.entries(thresholds).some(([id, minimum]) => (r.scores[id] ?? 0) < minimum));
for (const result of failing) {
  console.log(`\n${result.path} is below the bar:`);
  for (const [id, minimum] of Object.entries(thresholds)) {
    const score = result.scores[id] ?? 0;
    if (score >= minimum) continue;
    console.log(`  ${id} ${score} < ${minimum}:`);
    const lost = result.failures.filter((f) => f.category === id);
    if (lost.length === 0) console.log('    (no single audit failed; see the Lighthouse report for this page)');
    for (const f of lost) {
      console.log(`    - ${f.title}${f.displayValue ? ` (${f.displayValue})` : ''} [${f.id}, score ${Math.round(f.score * 100)}]`);
      for (const item of f.items) console.log(`        ${item}`);
    }
  }
}
if (failing.length > 0) process.exit(1);
console.log('\nEvery page meets the bar.');
