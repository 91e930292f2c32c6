/**
 * `npm run bench`: what the site costs to build as the archive grows, and what
 * the seed article page costs a reader. Not a test: it prints tables and
 * writes bench/results/latest.json.
 *
 *   npm run bench                       # corpora of 1, 100 and 1,000 articles, then the seed page
 *   npm run bench -- --sizes 1,100      # fewer corpora
 *   npm run bench -- --runs 3           # build each corpus three times, report the median
 *   npm run bench -- --no-page          # builds only
 *   npm run bench -- --keep             # keep the temporary corpora and builds (their path is printed)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirOf } from '../src/build/content-files.ts';
import { checkArticleSource } from '../src/lib/article/check-source.ts';
import { isRecipient } from '../src/lib/article/entities.ts';
import { convertPlainText } from '../src/lib/convert/text.ts';
import { articlePath, searchPath } from '../src/lib/site/urls.ts';
import { sourceLocaleOf, variants } from '../src/lib/site/variants.ts';
import { checkSearchBudgets, type BudgetCheck } from './bench/budgets.ts';
import { measureBuild, type BuildMeasurement } from './bench/build.ts';
import { generateCorpus, writeCorpus } from './bench/corpus.ts';
import { loadedPage, staticPageWeight, type LoadedPage, type StaticPageWeight } from './bench/page-weight.ts';
import { seedFile as seedFileIn, seedSlug } from './bench/seed.ts';
import { formatBytes, formatMs, formatSeconds, formatTable } from './bench/table.ts';
import { launchChromium } from './chromium.ts';
import { measureSearch, type SearchMeasurement } from './measure-search.ts';
import { startServer } from './serve.ts';

const root = path.resolve(import.meta.dirname, '..');

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,100,1000' },
    runs: { type: 'string', default: '1' },
    'no-page': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = flags.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  throw new Error(`--sizes takes whole numbers of articles separated by commas, such as --sizes 1,100,1000; got "${flags.sizes}".`);
}
const runs = Number(flags.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number of builds per corpus; got "${flags.runs}".`);

const seedFile = seedFileIn(root);
if (!existsSync(seedFile)) throw new Error(`The benchmark generates its corpora from the seed article ${seedFile}, which is missing.`);
const seedSource = readFileSync(seedFile, 'utf8');
const seed = checkArticleSource(seedFile, seedSource);

// Corpora live in the system's temp folder; builds inside the checkout (see build.ts), where nothing else looks.
const corpusRoot = mkdtempSync(path.join(tmpdir(), 'huawen-bench-'));
const buildParent = path.join(root, 'node_modules/.cache/huawen-bench');
mkdirSync(buildParent, { recursive: true });
const buildRoot = mkdtempSync(path.join(buildParent, 'run-'));
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Returns the build with the median wall time of `runs` cold builds. */
async function medianBuild(label: string, contentDir: string, dir: string): Promise<BuildMeasurement & { wallRunsMs: number[] }> {
  const results: BuildMeasurement[] = [];
  for (let run = 1; run <= runs; run++) {
    log(`  ${label}: build ${run}/${runs} …`);
    const result = await measureBuild({ root, contentDir, workDir: path.join(dir, `run-${run}`) });
    log(`  ${label}: ${result.pages} pages in ${formatSeconds(result.wallMs)}`);
    results.push(result);
  }
  const sorted = [...results].sort((a, b) => a.wallMs - b.wallMs);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] as BuildMeasurement;
  return { ...median, wallRunsMs: results.map((r) => r.wallMs) };
}

/** Returns the seed's first named award recipient and its presenter, in the seed's script: the searches a reader of this story makes. */
function searchQueries(): [string, string] {
  const recipient = seed.data.entities.find((e) => e.type !== 'group' && isRecipient(e));
  const presenter = seed.data.entities.find((e) => e.type === 'person' && e.roles.some((r) => r.role === 'presenter'));
  if (!recipient || !presenter) throw new Error(`The seed article ${seedFile} names no award recipient or no presenter; the search benchmark queries both.`);
  return [recipient.name, presenter.name];
}

interface SeedPageReport {
  variant: string;
  path: string;
  static: StaticPageWeight;
  loaded: LoadedPage;
  /** All JavaScript the page loaded: bytes on the wire and the gzip size of the files. */
  javascript: { transferred: number; gzip: number; files: number };
  search: SearchMeasurement;
  /** The search's figures against their budgets. */
  searchBudgets: BudgetCheck[];
}

async function measureSeedPage(distDir: string): Promise<SeedPageReport[]> {
  const server = await startServer({ root: distDir, port: 0 });
  const origin = new URL(server.url).origin;
  const browser = await launchChromium();
  try {
    const pages: SeedPageReport[] = [];
    const from = sourceLocaleOf[seed.data.script];
    const [recipient, presenter] = searchQueries();
    for (const variant of variants) {
      const pagePath = articlePath(variant, seedSlug);
      log(`  ${pagePath}: page weight …`);
      const loaded = await loadedPage(browser, origin, pagePath, distDir);
      const scripts = loaded.resources.filter((r) => r.type === 'Script');
      log(`  ${searchPath(variant)}: first search …`);
      const search = await measureSearch({
        browser,
        origin,
        pagePath: searchPath(variant),
        query: convertPlainText(recipient, from, variant.opencc),
        secondQuery: convertPlainText(presenter, from, variant.opencc),
      });
      pages.push({
        variant: variant.lang,
        path: pagePath,
        static: staticPageWeight(distDir, pagePath),
        loaded,
        javascript: {
          transferred: scripts.reduce((sum, r) => sum + r.transferred, 0),
          gzip: scripts.reduce((sum, r) => sum + (r.gzip ?? 0), 0),
          files: scripts.length,
        },
        search,
        searchBudgets: checkSearchBudgets(search),
      });
    }
    return pages;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Returns a build measurement without its scratch paths, which are gone once the benchmark ends (unless --keep). */
function withoutScratchPaths<T extends BuildMeasurement>(build: T): Omit<T, 'distDir' | 'logFile'> | T {
  if (flags.keep) return build;
  const { distDir: _dist, logFile: _log, ...rest } = build;
  return rest;
}

function versionOf(pkg: string): string {
  return (JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

// Other work on the machine slows every build: the load is recorded so a reader can judge the numbers.
const loadAtStart = loadavg()[0] ?? 0;
try {
  log(`Benchmark scratch folders: ${corpusRoot} (corpora), ${buildRoot} (builds)`);
  const corpora: (BuildMeasurement & { wallRunsMs: number[] })[] = [];
  for (const size of sizes) {
    const contentDir = path.join(corpusRoot, `corpus-${size}`);
    const buildDir = path.join(buildRoot, `corpus-${size}`);
    writeCorpus(contentDirOf(root), contentDir, generateCorpus(seedSlug, seedSource, size));
    corpora.push(await medianBuild(`${size} articles`, contentDir, buildDir));
    // A thousand articles' worth of dist/ is over a hundred megabytes: free it before the next size.
    if (!flags.keep) {
      rmSync(contentDir, { recursive: true, force: true });
      rmSync(buildDir, { recursive: true, force: true });
    }
  }

  const at = (n: number) => corpora.find((c) => c.articles === n);
  const [hundred, thousand] = [at(100), at(1000)];
  const ratio = (a: number | null | undefined, b: number | null | undefined) => (a && b ? b / a : null);
  const growth =
    hundred && thousand
      ? {
          wall: ratio(hundred.wallMs, thousand.wallMs),
          astro: ratio(hundred.astroMs, thousand.astroMs),
          pagefind: ratio(hundred.pagefindMs, thousand.pagefindMs),
          pages: ratio(hundred.pages, thousand.pages),
          msPerPage: ratio(hundred.msPerPage, thousand.msPerPage),
          peakTreeRss: ratio(hundred.peakTreeRssBytes, thousand.peakTreeRssBytes),
        }
      : null;

  // What each added article costs between consecutive corpora: flat means linear growth, rising means worse.
  const bySize = [...corpora].sort((a, b) => a.articles - b.articles);
  const marginal = bySize.slice(1).map((c, i) => {
    const previous = bySize[i] as BuildMeasurement;
    return { from: previous.articles, to: c.articles, msPerArticle: (c.wallMs - previous.wallMs) / (c.articles - previous.articles) };
  });

  let seedPage: { build: BuildMeasurement; pages: SeedPageReport[] } | null = null;
  if (!flags['no-page']) {
    log('The real site (content/):');
    const build = await measureBuild({ root, contentDir: contentDirOf(root), workDir: path.join(buildRoot, 'site') });
    seedPage = { build, pages: await measureSeedPage(build.distDir) };
  }

  const pagefindNote = corpora.some((c) => c.pagefindMs === null) ? ' (no Pagefind integration ran)' : '';
  const out: string[] = [];
  out.push(`Build cost per corpus (cold cache; ${runs === 1 ? 'one build each' : `median of ${runs} builds`})${pagefindNote}`);
  out.push(
    formatTable(
      ['articles', 'pages', 'entity pages', 'total', 'Astro', 'Pagefind', 'ms/page', 'peak RSS (tree)', 'peak RSS (1 proc)', 'dist/', 'search index'],
      [...corpora.map((c) => ({ label: String(c.articles), c })), ...(seedPage ? [{ label: `${seedPage.build.articles} (content/)`, c: seedPage.build }] : [])].map(({ label, c }) => [
        label,
        String(c.pages),
        String(c.entityPages),
        formatSeconds(c.wallMs),
        formatSeconds(c.astroMs),
        formatSeconds(c.pagefindMs),
        c.msPerPage.toFixed(1),
        formatBytes(c.peakTreeRssBytes),
        formatBytes(c.peakProcessRssBytes),
        formatBytes(c.distBytes),
        `${formatBytes(c.searchIndexBytes)} (${c.searchIndexFiles} files)`,
      ]),
    ),
  );
  if (growth) {
    const x = (value: number | null) => (value === null ? '—' : `×${value.toFixed(2)}`);
    out.push('');
    out.push(
      `Growth 100 → 1,000 articles: build time ${x(growth.wall)} (Astro ${x(growth.astro)}, Pagefind ${x(growth.pagefind)}) for ${x(growth.pages)} pages; ` +
        `ms/page ${x(growth.msPerPage)}; memory ${x(growth.peakTreeRss)}. ` +
        `${growth.wall !== null && growth.wall <= 10 ? 'At or under ×10: build time grows no faster than the archive.' : 'Above ×10: build time grows faster than the archive.'}`,
    );
  }
  if (marginal.length > 0) {
    out.push(`Cost of each added article: ${marginal.map((m) => `${m.from} → ${m.to}: ${m.msPerArticle.toFixed(0)} ms`).join('; ')}.`);
  }
  if (seedPage) {
    out.push('');
    out.push(`Seed article page (real site served by scripts/serve.ts; gzip = zlib level 6 of the file, wire = bytes Chromium received, headers included)`);
    out.push(
      formatTable(
        ['page', 'HTML gzip', 'linked CSS gzip', 'HTML+CSS gzip', 'inline CSS (raw)', 'JS gzip', 'JS wire', 'JS files', 'all wire'],
        seedPage.pages.map((p) => [
          p.path,
          formatBytes(p.static.html.gzip),
          formatBytes(p.static.stylesheets.reduce((sum, s) => sum + s.gzip, 0)),
          formatBytes(p.static.htmlCssGzip),
          formatBytes(p.static.inlineCssBytes),
          formatBytes(p.javascript.gzip),
          formatBytes(p.javascript.transferred),
          String(p.javascript.files),
          formatBytes(p.loaded.resources.reduce((sum, r) => sum + r.transferred, 0)),
        ]),
      ),
    );
    out.push('');
    out.push('First search in Chromium (scripts/measure-search.ts: search page loaded, nothing of the engine cached, the query entered as one input-method commit)');
    out.push(
      formatTable(
        ['page', 'query', 'results', 'first-search gzip', 'requests', 'before searching', 'keystroke → results (cold)', 'second query (warm)'],
        seedPage.pages.map(({ search: s }) => [
          s.pagePath,
          s.query,
          String(s.results),
          formatBytes(s.firstSearchGzipBytes),
          String(s.firstSearchRequests.length),
          `${s.requestsBeforeSearching.length} requests`,
          formatMs(s.coldKeystrokeToResultsMs),
          formatMs(s.warmKeystrokeToResultsMs),
        ]),
      ),
    );
    const checks = seedPage.pages.flatMap((p) => p.searchBudgets.map((check) => ({ page: p.search.pagePath, check })));
    const over = checks.filter(({ check }) => !check.within);
    out.push('');
    out.push('Search budgets (held here, not in the tests: milliseconds vary with the machine’s load)');
    out.push(
      formatTable(
        ['page', 'figure', 'measured', 'budget', 'result', 'budget from'],
        checks.map(({ page, check }) => {
          const format = check.unit === 'bytes' ? formatBytes : formatMs;
          return [page, check.figure, format(check.measured), format(check.budget), check.within ? 'pass' : 'FAIL', check.basis];
        }),
      ),
    );
    out.push(
      over.length === 0
        ? `Every search figure is within its budget (${checks.length} checked).`
        : `${over.length} of ${checks.length} search figures over budget: ${over.map(({ page, check }) => `${page} ${check.figure}`).join('; ')}.`,
    );
  }
  const loadAtEnd = loadavg()[0] ?? 0;
  // Only the load before the first build says something: by the end, the benchmark's own builds are in it.
  if (loadAtStart > cpus().length) {
    out.push('');
    out.push(`Note: the machine was busy before the benchmark started (1-minute load ${loadAtStart.toFixed(1)} on ${cpus().length} CPUs): times are inflated; run again on an idle machine.`);
  }
  process.stdout.write(`\n${out.join('\n')}\n`);

  const results = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null, memoryBytes: totalmem(), node: process.version, loadAverage1m: { start: loadAtStart, end: loadAtEnd } },
    versions: { astro: versionOf('astro'), pagefind: versionOf('pagefind'), 'playwright-core': versionOf('playwright-core') },
    method: {
      builds: 'astro build through scripts/bench/astro.config.ts: the project config with a fresh cache folder per build and each integration\'s build:done hook timed; Pagefind time is the Pagefind integration\'s hook, Astro time is the rest of the wall time.',
      memory: 'peakTreeRssBytes: highest sum of VmRSS over the build\'s process tree, sampled every 200 ms; peakProcessRssBytes: GNU time\'s maximum resident set size (largest single process).',
      gzip: 'zlib gzip level 6 of the file in dist/; transferred: CDP Network.loadingFinished encodedDataLength (headers included).',
      runsPerCorpus: runs,
    },
    corpora: corpora.map(withoutScratchPaths),
    growth100to1000: growth,
    marginalCostPerArticle: marginal,
    seedPage: seedPage && { ...seedPage, build: withoutScratchPaths(seedPage.build) },
  };
  const resultsDir = path.join(root, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  log(`\nWrote ${path.relative(root, path.join(resultsDir, 'latest.json'))}`);
} finally {
  if (flags.keep) log(`Kept ${corpusRoot} and ${buildRoot}`);
  else {
    for (const dir of [corpusRoot, buildRoot]) rmSync(dir, { recursive: true, force: true });
    // Left in place when another benchmark is running beside this one.
    if (readdirSync(buildParent).length === 0) rmdirSync(buildParent);
  }
}
