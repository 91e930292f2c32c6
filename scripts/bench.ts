/**
 * `npm run bench`: what the site costs to build as the archive grows, and what
 * the seed article page costs a reader. Not a test: it prints tables and
 * writes bench/results/latest.json (every detail of this run) and adds its
 * figures to bench/results/history.json (committed; `npm run bench:chart`
 * draws the README's growth chart from it).
 *
 *   npm run bench                       # corpora of 1,000 and 10,000 articles (build, then search), then the seed page
 *   npm run bench -- --sizes 100,1000   # other corpora
 *   npm run bench -- --no-publish       # skip the rebuild after adding one article to the largest corpus
 *   npm run bench -- --no-search        # builds only
 *   npm run bench -- --runs 3           # build each corpus three times, report the median
 *   npm run bench -- --no-page          # builds only
 *   npm run bench -- --keep             # keep the temporary corpora and builds (their path is printed)
 *   npm run bench -- --newest-of 100000 # also: the first search of a 100,000-article archive, from its newest two search periods built alone
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { articleFileOf, contentDirOf } from '../src/build/content-files.ts';
import { checkArticleSource } from '../src/lib/article/check-source.ts';
import { isRecipient } from '../src/lib/article/entities.ts';
import { convertPlainText } from '../src/lib/convert/text.ts';
import { articlePath, searchPath } from '../src/lib/site/urls.ts';
import { sourceLocaleOf, variants } from '../src/lib/site/variants.ts';
import { checkSearchBudgets, type BudgetCheck } from './bench/budgets.ts';
import { measureBuild, type BuildMeasurement } from './bench/build.ts';
import { changedFiles, fileDigests, type ChangedFiles } from './bench/files.ts';
import { historyRunsOf, readHistory, withRuns, writeHistory } from './bench/history.ts';
import { benchQueries, generateCorpus, writeCorpus } from './bench/corpus.ts';
import { benchSearches, measureBenchSearches, requestsByKind, type BenchSearchResult } from './bench/search-cost.ts';
import { factsOf, missingByName, samplePhrases, wrongPhrases } from './bench/recall.ts';
import { seededRandom } from './seeded-random.ts';
import { periodsFor } from '../src/lib/search/periods.ts';
import { serveSite } from './measure-search.ts';
import { loadedPage, staticPageWeight, type LoadedPage, type StaticPageWeight } from './bench/page-weight.ts';
import { seedFile as seedFileIn, seedSlug } from './bench/seed.ts';
import { formatBytes, formatMs, formatSeconds, formatTable } from './bench/table.ts';
import { launchChromium } from './chromium.ts';
import { measureSearch, type SearchMeasurement } from './measure-search.ts';
import { startServer } from './serve.ts';

const root = path.resolve(import.meta.dirname, '..');

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    'no-search': { type: 'boolean', default: false },
    'no-publish': { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    'no-page': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'newest-of': { type: 'string' },
  },
});
const newestOf = flags['newest-of'] === undefined ? null : Number(flags['newest-of']);
if (newestOf !== null && (!Number.isInteger(newestOf) || newestOf < 1)) throw new Error(`--newest-of takes a whole number of articles, such as --newest-of 100000; got "${flags['newest-of']}".`);
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

/**
 * Stories whose names are searched for recall at each size, and body phrases checked against the whole
 * archive. Fewer past 2,000 articles: each query is paged to its end, through every period bundle two at
 * a time, and searched in every loaded bundle (at 10,000 articles, 125 per script), so the full sample
 * had not finished after 17 minutes.
 */
const recallSample = (articles: number) => (articles > 2_000 ? { stories: 20, phrases: 50 } : { stories: 100, phrases: 200 });

/** What recall found wrong at one size (see scripts/bench/recall.ts); every list is empty when recall is whole. */
interface Recall {
  readonly stories: number;
  readonly nameQueries: number;
  readonly missing: string[];
  readonly phrases: number;
  readonly wrongPhrases: string[];
}

/**
 * Returns recall on a built corpus, in real Chromium through the search page:
 * the names of a sample of stories picked with a fixed seed (`recallSample`),
 * typed in each script, must list their story; body phrases must list exactly
 * the stories of the whole corpus that hold them (substring truth).
 */
async function measureRecall(browser: Awaited<ReturnType<typeof launchChromium>>, distDir: string, corpus: readonly { slug: string; source: string }[]): Promise<Recall> {
  const facts = corpus.map(factsOf);
  const rand = seededRandom(0x22);
  const picked = new Set<number>();
  const sample = recallSample(facts.length);
  while (picked.size < Math.min(sample.stories, facts.length)) picked.add(Math.floor(rand() * facts.length));
  const stories = [...picked].map((i) => facts[i]!);
  const server = await serveSite(distDir);
  try {
    let nameQueries = 0;
    const missing: string[] = [];
    for (const variant of variants) {
      const byName = await missingByName(browser, server.url, variant, stories);
      nameQueries += byName.queries;
      missing.push(...byName.missing);
    }
    const phrases = samplePhrases(facts, sample.phrases, 0x22);
    const hans = variants.find((v) => v.key === 'hans') ?? variants[0];
    const wrong = await wrongPhrases(browser, server.url, hans, facts, phrases);
    return { stories: stories.length, nameQueries, missing, phrases: phrases.length, wrongPhrases: wrong };
  } finally {
    await server.close();
  }
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
  const corpora: (BuildMeasurement & { wallRunsMs: number[]; load1m: number; searches: (BenchSearchResult & { variant: string })[]; recall: Recall | null })[] = [];
  let publish: { articles: number; cold: BuildMeasurement; rebuild: BuildMeasurement; load1m: number; files: ChangedFiles & { total: number } } | null = null;
  const largest = Math.max(...sizes);
  const searches = benchSearches(benchQueries());
  for (const size of sizes) {
    const contentDir = path.join(corpusRoot, `corpus-${size}`);
    const buildDir = path.join(buildRoot, `corpus-${size}`);
    const corpus = generateCorpus(seedSlug, seedSource, size + 1);
    // The last article is held back: the publishing measurement adds it to the built archive.
    writeCorpus(contentDirOf(root), contentDir, corpus.slice(0, size));
    const load1m = loadavg()[0] ?? 0;
    const built = await medianBuild(`${size} articles`, contentDir, buildDir);
    const measured: (BenchSearchResult & { variant: string })[] = [];
    let recall: Recall | null = null;
    if (!flags['no-search']) {
      const browser = await launchChromium();
      try {
        for (const variant of variants) {
          log(`  ${size} articles: searches on ${variant.path} …`);
          for (const result of await measureBenchSearches(browser, built.distDir, variant, searches)) measured.push({ ...result, variant: variant.path });
        }
        log(`  ${size} articles: recall …`);
        recall = await measureRecall(browser, built.distDir, corpus.slice(0, size));
      } finally {
        await browser.close();
      }
    }
    corpora.push({ ...built, load1m, searches: measured, recall });
    if (size === largest && !flags['no-publish']) {
      // Publishing one story: the same project, Astro's cache (content store, Vite) kept from the cold build.
      const added = corpus[size];
      if (added) {
        log(`  ${size} articles: add one and rebuild with the cache kept …`);
        writeFileSync(articleFileOf(contentDir, added.slug), added.source);
        const before = fileDigests(built.distDir);
        const publishLoad = loadavg()[0] ?? 0;
        const rebuild = await measureBuild({ root, contentDir, workDir: path.dirname(built.distDir) });
        const files = changedFiles(before, fileDigests(rebuild.distDir));
        publish = { articles: size + 1, cold: built, rebuild, load1m: publishLoad, files: { ...files, total: before.size } };
      }
    }
    // Ten thousand articles' worth of dist/ is gigabytes: free it before the next size.
    if (!flags.keep) {
      rmSync(contentDir, { recursive: true, force: true });
      rmSync(buildDir, { recursive: true, force: true });
    }
  }

  // What a reader of a far larger archive downloads first: the search bundles a first search can open (the
  // newest period, and the one before when the newest does not fill a page) hold the same pages whatever
  // lies behind them, so those periods' articles are built alone and searched. The name index and the
  // fold table come out smaller than the whole archive's would (README, "First search").
  let newestPeriods: { articles: number; of: number; periods: string[]; built: BuildMeasurement; searches: (BenchSearchResult & { variant: string })[] } | null = null;
  if (newestOf !== null && !flags['no-search']) {
    const corpus = generateCorpus(seedSlug, seedSource, newestOf);
    const dateOf = (source: string) => /\ndate: (\S+)/.exec(source)?.[1] ?? '';
    const periodOf = periodsFor(corpus.map((a) => dateOf(a.source)));
    const periods = [...new Set(corpus.map((a) => periodOf(dateOf(a.source))))].sort().reverse().slice(0, 2);
    const kept = corpus.filter((a) => periods.includes(periodOf(dateOf(a.source))));
    log(`Newest search periods of ${newestOf.toLocaleString('en')} articles (${periods.join(', ')}): ${kept.length} articles, built alone …`);
    const contentDir = path.join(corpusRoot, `newest-of-${newestOf}`);
    writeCorpus(contentDirOf(root), contentDir, kept);
    const built = await measureBuild({ root, contentDir, workDir: path.join(buildRoot, `newest-of-${newestOf}`) });
    const measured: (BenchSearchResult & { variant: string })[] = [];
    const browser = await launchChromium();
    try {
      for (const variant of variants) for (const result of await measureBenchSearches(browser, built.distDir, variant, searches)) measured.push({ ...result, variant: variant.path });
    } finally {
      await browser.close();
    }
    newestPeriods = { articles: kept.length, of: newestOf, periods, built, searches: measured };
  }

  // Growth between the two largest corpora: ×(size ratio) or less is linear or better.
  const bySize = [...corpora].sort((a, b) => a.articles - b.articles);
  const [smaller, larger] = bySize.slice(-2);
  const ratio = (a: number | null | undefined, b: number | null | undefined) => (a && b ? b / a : null);
  const growth =
    smaller && larger && bySize.length >= 2
      ? {
          from: smaller.articles,
          to: larger.articles,
          wall: ratio(smaller.wallMs, larger.wallMs),
          astro: ratio(smaller.astroMs, larger.astroMs),
          pagefind: ratio(smaller.pagefindMs, larger.pagefindMs),
          pages: ratio(smaller.pages, larger.pages),
          msPerPage: ratio(smaller.msPerPage, larger.msPerPage),
          peakTreeRss: ratio(smaller.peakTreeRssBytes, larger.peakTreeRssBytes),
        }
      : null;

  // What each added article costs between consecutive corpora: flat means linear growth, rising means worse.
  const marginal = bySize.slice(1).map((c, i) => {
    const previous = bySize[i] as BuildMeasurement;
    const span = c.articles - previous.articles;
    const cpuMsPerArticle = c.cpuMs !== null && previous.cpuMs !== null ? (c.cpuMs - previous.cpuMs) / span : null;
    return { from: previous.articles, to: c.articles, msPerArticle: (c.wallMs - previous.wallMs) / span, cpuMsPerArticle, bytesPerArticle: (c.peakTreeRssBytes - previous.peakTreeRssBytes) / span };
  });
  // Straight-line estimates from the last measured step: what 100,000 articles would cost, and where one machine stops.
  const last = marginal[marginal.length - 1];
  const estimate =
    last && larger
      ? (() => {
          const at = (n: number) => ({ ms: larger.wallMs + (n - larger.articles) * last.msPerArticle, bytes: larger.peakTreeRssBytes + (n - larger.articles) * last.bytesPerArticle });
          const articlesAt = (limit: number, base: number, per: number) => (per > 0 ? Math.floor(larger.articles + (limit - base) / per) : null);
          const cpuAt100k = larger.cpuMs !== null && last.cpuMsPerArticle !== null ? larger.cpuMs + (100_000 - larger.articles) * last.cpuMsPerArticle : null;
          return {
            hundredThousand: { ...at(100_000), cpuMs: cpuAt100k },
            thirtyMinutesAt: articlesAt(30 * 60_000, larger.wallMs, last.msPerArticle),
            // On an idle machine the build runs on about one core, so wall time ≈ CPU time.
            thirtyCpuMinutesAt: larger.cpuMs !== null && last.cpuMsPerArticle !== null ? articlesAt(30 * 60_000, larger.cpuMs, last.cpuMsPerArticle) : null,
            sixteenGbAt: articlesAt(16 * 1024 ** 3, larger.peakTreeRssBytes, last.bytesPerArticle),
          };
        })()
      : null;

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
      ['articles', 'pages', 'entity pages', 'total', 'Astro', 'Pagefind', 'CPU (user+sys)', 'ms/page', 'peak RSS (tree)', 'peak RSS (1 proc)', 'dist/', 'search index'],
      [...corpora.map((c) => ({ label: String(c.articles), c })), ...(seedPage ? [{ label: `${seedPage.build.articles} (content/)`, c: seedPage.build }] : [])].map(({ label, c }) => [
        label,
        String(c.pages),
        String(c.entityPages),
        formatSeconds(c.wallMs),
        formatSeconds(c.astroMs),
        formatSeconds(c.pagefindMs),
        formatSeconds(c.cpuMs),
        c.msPerPage.toFixed(1),
        formatBytes(c.peakTreeRssBytes),
        formatBytes(c.peakProcessRssBytes),
        formatBytes(c.distBytes),
        `${formatBytes(c.searchIndexBytes)} (${c.searchIndexFiles} files)`,
      ]),
    ),
  );
  out.push('');
  out.push('Where the time goes (wall; Astro\'s phases from its own hooks, then the search index step in its own process) and memory by step');
  out.push(
    formatTable(
      ['articles', 'start', 'content sync', 'bundle', 'render', 'headers', 'other', 'index', 'Astro CPU', 'index CPU', 'Astro peak (tree)', 'index peak (tree)'],
      [...corpora.map((c) => ({ label: String(c.articles), c })), ...(publish ? [{ label: `publish (${publish.articles})`, c: publish.rebuild }] : [])].map(({ label, c }) => [
        label,
        formatSeconds(c.phases.startMs),
        formatSeconds(c.phases.contentSyncMs),
        formatSeconds(c.phases.bundleMs),
        formatSeconds(c.phases.renderMs),
        formatSeconds(c.phases.headersMs),
        formatSeconds(c.phases.otherMs),
        formatSeconds(c.phases.indexMs),
        formatSeconds(c.steps.astro.cpuMs),
        formatSeconds(c.steps.index.cpuMs),
        formatBytes(c.steps.astro.peakTreeRssBytes),
        formatBytes(c.steps.index.peakTreeRssBytes),
      ]),
    ),
  );
  if (growth) {
    const x = (value: number | null) => (value === null ? '—' : `×${value.toFixed(2)}`);
    const linear = growth.to / growth.from;
    out.push('');
    out.push(
      `Growth ${growth.from.toLocaleString('en')} → ${growth.to.toLocaleString('en')} articles (×${linear.toFixed(0)}): build time ${x(growth.wall)} (Astro ${x(growth.astro)}, Pagefind ${x(growth.pagefind)}) for ${x(growth.pages)} pages; ` +
        `ms/page ${x(growth.msPerPage)}; memory ${x(growth.peakTreeRss)}. ` +
        `${growth.wall !== null && growth.wall <= linear ? `At or under ×${linear.toFixed(0)}: build time grows no faster than the archive.` : `Above ×${linear.toFixed(0)}: build time grows faster than the archive.`}`,
    );
  }
  if (marginal.length > 0) {
    out.push(
      `Cost of each added article: ${marginal.map((m) => `${m.from} → ${m.to}: ${m.msPerArticle.toFixed(1)} ms wall, ${m.cpuMsPerArticle === null ? '—' : `${m.cpuMsPerArticle.toFixed(1)} ms`} CPU, ${formatBytes(Math.round(m.bytesPerArticle))} of peak memory`).join('; ')}.`,
    );
  }
  if (estimate) {
    const count = (n: number | null) => (n === null ? 'never (memory does not grow)' : n.toLocaleString('en'));
    out.push(
      `Straight-line estimate from the last step: 100,000 articles ≈ ${formatSeconds(estimate.hundredThousand.ms)} wall at this load (${formatSeconds(estimate.hundredThousand.cpuMs)} CPU) and ${formatBytes(estimate.hundredThousand.bytes)} peak; ` +
        `one build passes 30 minutes at ≈ ${count(estimate.thirtyMinutesAt)} articles at this load (≈ ${count(estimate.thirtyCpuMinutesAt)} by CPU time, an idle machine) and 16 GB at ≈ ${count(estimate.sixteenGbAt)}.`,
    );
  }
  out.push(`1-minute load average when each build started (2 CPUs shared): ${corpora.map((c) => `${c.articles}: ${c.load1m.toFixed(1)}`).join('; ')}.`);
  if (publish) {
    out.push('');
    out.push(
      `Publishing one story into ${publish.cold.articles.toLocaleString('en')} articles (Astro's cache kept from the cold build; load ${publish.load1m.toFixed(1)}): ` +
        `rebuild ${formatSeconds(publish.rebuild.wallMs)} (Astro ${formatSeconds(publish.rebuild.astroMs)}, Pagefind ${formatSeconds(publish.rebuild.pagefindMs)}; CPU ${formatSeconds(publish.rebuild.cpuMs)}), ` +
        `peak ${formatBytes(publish.rebuild.peakTreeRssBytes)}; the cold build took ${formatSeconds(publish.cold.wallMs)} (CPU ${formatSeconds(publish.cold.cpuMs)}).`,
    );
    const { changed, added, removed, total } = publish.files;
    out.push(
      `Files a deploy uploads after publishing: ${changed.length + added.length} of ${total.toLocaleString('en')} in dist/ (${changed.length} changed, ${added.length} added), ${removed.length} removed; every other file byte-identical.` +
        (changed.length > 0 ? ` Changed, first 20: ${changed.slice(0, 20).join(', ')}.` : ''),
    );
  }
  const searched = [...corpora.filter((c) => c.searches.length > 0), ...(newestPeriods ? [{ articles: `${newestPeriods.of} (newest ${newestPeriods.periods.join(' + ')}: ${newestPeriods.articles} built)`, searches: newestPeriods.searches }] : [])];
  if (searched.length > 0) {
    out.push('');
    out.push(`First search per corpus (each script's search page, the query in that script, each query cold in a fresh browser context; gzip bytes by kind of request: engine = pagefind.js + wasm, meta = each bundle opened: its pagefind-entry.json and page list, index = index chunks, fragment = result records, names = the name index, other = fold table and period list)`);
    out.push(
      formatTable(
        ['articles', 'page', 'search', 'query', 'results', 'first search', 'requests', 'engine', 'meta', 'index', 'fragments', 'filter', 'names', 'other', 'cold → results', 'warm → results'],
        searched.flatMap((c) =>
          c.searches.map((s) => {
            const kinds = requestsByKind(s.firstSearchRequests);
            const cell = (k: keyof typeof kinds) => (kinds[k].count === 0 ? '—' : `${kinds[k].count} · ${formatBytes(kinds[k].bytes)}`);
            return [
              String(c.articles),
              s.variant,
              s.label,
              `${s.query}${s.type ? ` [${s.type}]` : ''}`,
              String(s.results),
              formatBytes(s.firstSearchGzipBytes),
              String(s.firstSearchRequests.length),
              cell('engine'),
              cell('meta'),
              cell('index'),
              cell('fragment'),
              cell('filter'),
              cell('names'),
              cell('other'),
              formatMs(s.coldKeystrokeToResultsMs),
              formatMs(s.warmKeystrokeToResultsMs),
            ];
          }),
        ),
      ),
    );
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
    };
    for (const c of searched) {
      out.push(
        `${c.articles} articles: first search ${formatBytes(Math.min(...c.searches.map((s) => s.firstSearchGzipBytes)))}–${formatBytes(Math.max(...c.searches.map((s) => s.firstSearchGzipBytes)))}, ` +
          `warm keystroke → results median ${formatMs(median(c.searches.map((s) => s.warmKeystrokeToResultsMs)))}, cold median ${formatMs(median(c.searches.map((s) => s.coldKeystrokeToResultsMs)))}.`,
      );
    }
  }
  const recalled = corpora.filter((c) => c.recall !== null);
  if (recalled.length > 0) {
    out.push('');
    out.push('Recall (scripts/bench/recall.ts: names typed in both scripts must list their story; body phrases must list exactly the stories holding them, truth by substring over the article files)');
    for (const c of recalled) {
      const r = c.recall!;
      out.push(
        `${c.articles} articles: ${r.nameQueries} name queries from ${r.stories} stories, ${r.missing.length} stories missing${r.missing.length > 0 ? ` (first 10: ${r.missing.slice(0, 10).join('; ')})` : ''}; ` +
          `${r.phrases} phrases, ${r.wrongPhrases.length} listed wrongly${r.wrongPhrases.length > 0 ? ` (first 10: ${r.wrongPhrases.slice(0, 10).join('; ')})` : ''}.`,
      );
    }
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
      builds: 'npm run build\'s two steps: astro build through scripts/bench/astro.config.ts (the project config with a fresh cache folder per build, its phases marked by its own hooks and each integration\'s build:done hook timed), then scripts/index-search.ts in its own process; Astro time is the first step\'s wall time, Pagefind time the second\'s.',
      memory: 'peakTreeRssBytes: highest sum of VmRSS over a step\'s process tree, sampled every 200 ms (the steps run one after the other, so the build\'s peak is the larger); peakProcessRssBytes: GNU time\'s maximum resident set size (largest single process).',
      gzip: 'zlib gzip level 6 of the file in dist/; transferred: CDP Network.loadingFinished encodedDataLength (headers included).',
      runsPerCorpus: runs,
    },
    corpora: corpora.map(withoutScratchPaths),
    newestPeriods: newestPeriods ? { ...newestPeriods, built: withoutScratchPaths(newestPeriods.built) } : null,
    growth,
    marginalCostPerArticle: marginal,
    estimate,
    publish: publish && { ...publish, cold: withoutScratchPaths(publish.cold), rebuild: withoutScratchPaths(publish.rebuild) },
    seedPage: seedPage && { ...seedPage, build: withoutScratchPaths(seedPage.build) },
  };
  const resultsDir = path.join(root, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  log(`\nWrote ${path.relative(root, path.join(resultsDir, 'latest.json'))}`);
  // The committed history keeps this run beside the earlier ones; npm run bench:chart redraws the README's chart from it.
  const historyFile = path.join(resultsDir, 'history.json');
  writeHistory(historyFile, withRuns(readHistory(historyFile), historyRunsOf(results)));
  log(`Added ${corpora.length === 1 ? 'its size' : `its ${corpora.length} sizes`} to ${path.relative(root, historyFile)}: run npm run bench:chart to redraw docs/bench-growth.svg, and commit both.`);
} finally {
  if (flags.keep) log(`Kept ${corpusRoot} and ${buildRoot}`);
  else {
    for (const dir of [corpusRoot, buildRoot]) rmSync(dir, { recursive: true, force: true });
    // Left in place when another benchmark is running beside this one.
    if (readdirSync(buildParent).length === 0) rmdirSync(buildParent);
  }
}
