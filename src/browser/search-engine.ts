/**
 * The search engine in the browser: a variant's period list and fold table
 * (search.json), loaded once, the first time the reader starts to search,
 * and Pagefind, started on the newest period's bundle with older periods
 * merged into it, newest first and once each, as the reader pages past the
 * ones searched (bundle.ts; how many a page may load: results.ts). Runs the
 * plan of one search and hands back its candidates, whose records load on
 * demand.
 */
import { bundleBase, bundleLanguage, pagefindBase, parseSearchManifest, searchFile, type Period } from '../lib/search/bundle.ts';
import { parseFoldTable, type FoldTable } from '../lib/search/fold.ts';
import type { SearchPlan } from '../lib/search/plan.ts';
import { rankCandidates, type TieredCandidates } from '../lib/search/rank.ts';
import { readRecordMeta } from '../lib/search/record.ts';
import type { Candidate, CandidateSource } from '../lib/search/results.ts';
import type { Variant } from '../lib/site/variants.ts';

/** The part of Pagefind's `pagefind.js` this page uses. */
interface PagefindResult {
  readonly id: string;
  data(): Promise<{ readonly url: string; readonly meta: Readonly<Record<string, string | undefined>> }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: { language: string }): Promise<void>;
  destroy(): Promise<void>;
  search(
    term: string | null,
    options: { filters: Readonly<Record<string, string>>; sort: Readonly<Record<string, string>> },
  ): Promise<{ readonly results: readonly PagefindResult[] } | null>;
}

type PlannedSearch = Extract<SearchPlan, { kind: 'search' }>;

let turn: Promise<unknown> = Promise.resolve();

/**
 * Runs Pagefind calls one at a time, in the order asked: Pagefind answers
 * a search that was overtaken by a newer one with null (it keeps only the
 * newest), so a keystroke's query could otherwise empty a tier of the search
 * before it, or of its own; and a bundle merged while a search runs would
 * be searched half loaded.
 */
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const result = turn.then(work);
  turn = result.catch(() => undefined);
  return result;
}

/** Returns the JSON at `url`, revalidated rather than trusted from cache: the index changes with the site. */
async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as unknown;
}

/**
 * Returns Pagefind started on one bundle. Pagefind takes the language it
 * searches in from <html lang> (zh-Hant here), and for zh it cuts the query
 * with the browser's word segmenter, which splits our character pairs and
 * marked words apart again (钱俊君2 → 钱 俊君 2: a prefix search for 钱).
 * Each bundle is indexed under its own language (bundle.ts), so search in
 * it: Pagefind reads the attribute once, synchronously, as it starts, and it
 * is put back at once. Merged bundles are given their language instead.
 */
async function startPagefind(base: string, bundle: Period): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as Pagefind;
  // No worker: the worker script would be one more download on the first search.
  await pagefind.options({ noWorker: true, basePath: base });
  const html = document.documentElement;
  const lang = html.getAttribute('lang');
  html.setAttribute('lang', bundleLanguage(bundle));
  const started = pagefind.init();
  if (lang === null) html.removeAttribute('lang');
  else html.setAttribute('lang', lang);
  await started;
  return pagefind;
}

/** The engine of one variant: its periods, its fold table, and the bundles loaded so far. */
export class SearchEngine {
  /** Every period bundle, newest first (search.json). */
  readonly periods: readonly Period[];
  readonly table: FoldTable;
  private readonly variant: Pick<Variant, 'path'>;
  private pagefind: Promise<Pagefind> | undefined;
  private readonly loading = new Map<Period, Promise<void>>();
  /** Bundles loaded and searchable, updated only inside a turn, so a search sees the bundles it searches. */
  private readonly ready = new Set<Period>();
  private readonly onFailure: () => void;

  constructor(variant: Pick<Variant, 'path'>, periods: readonly Period[], table: FoldTable, onFailure: () => void) {
    this.variant = variant;
    this.periods = periods;
    this.table = table;
    this.onFailure = onFailure;
  }

  /** Loads the bundle every search starts with, the newest period's, ahead of the first search. */
  async open(): Promise<void> {
    const newest = this.periods[0];
    if (newest !== undefined) await this.load(newest);
  }

  /** Returns once `bundle` is searchable: the first bundle starts Pagefind, every other one is merged into it. */
  private load(bundle: Period): Promise<void> {
    let loaded = this.loading.get(bundle);
    if (loaded) return loaded;
    const base = bundleBase(this.variant, bundle);
    if (this.pagefind) {
      const pagefind = this.pagefind;
      loaded = pagefind.then((engine) =>
        inTurn(async () => {
          await engine.mergeIndex(base, { language: bundleLanguage(bundle) });
          this.ready.add(bundle);
        }),
      );
    } else {
      this.pagefind = startPagefind(base, bundle);
      loaded = this.pagefind.then(() => inTurn(async () => void this.ready.add(bundle)));
    }
    this.loading.set(bundle, loaded);
    loaded.catch(() => this.fail());
    return loaded;
  }

  /**
   * Forgets this engine: a bundle that failed to load stays in Pagefind's
   * list and fails every later search (and the primary's failure shows only
   * when it is searched), so the next search starts Pagefind again.
   */
  private fail(): void {
    this.onFailure();
    void this.pagefind?.then((pagefind) => pagefind.destroy()).catch(() => undefined);
  }

  /** Runs Pagefind work in turn; a failure forgets the engine. */
  private guarded<T>(work: () => Promise<T>): Promise<T> {
    const result = inTurn(work);
    result.catch(() => this.fail());
    return result;
  }

  /**
   * Returns the candidates of a planned search over the periods already
   * loaded (the newest ones: by `open`, or by an earlier search), and how to
   * search the periods it has not: their candidates come after everything
   * found so far (rank.ts). It loads no bundle itself: results.ts decides
   * how many periods a page may load. A page outside `pathPrefix` (another
   * variant) is never shown.
   */
  async search(plan: PlannedSearch, pathPrefix: string): Promise<CandidateSource> {
    const { searched, tiers } = await this.guarded(async () => {
      // Periods load newest first, so the ones loaded are the newest; stop at the first that is not.
      const gap = this.periods.findIndex((period) => !this.ready.has(period));
      const searched = gap === -1 ? [...this.periods] : this.periods.slice(0, gap);
      return { searched, tiers: searched.length > 0 ? await this.tiers(plan) : { exact: [], about: [], all: [] } };
    });
    const candidate = (result: PagefindResult) => this.candidate(result, pathPrefix);
    return {
      ranked: rankCandidates(tiers, searched).map(candidate),
      searched,
      older: this.periods.slice(searched.length),
      searchPeriod: async (period) => {
        await this.load(period);
        const fresh = await this.guarded(() => this.tiers(plan));
        return rankCandidates(fresh, [period]).map(candidate);
      },
    };
  }

  /** Returns what the plan's three queries find in every bundle loaded; call inside a turn. */
  private async tiers(plan: PlannedSearch): Promise<TieredCandidates<PagefindResult>> {
    if (!this.pagefind || this.ready.size === 0) return { exact: [], about: [], all: [] };
    const pagefind = await this.pagefind;
    const options = { filters: plan.filters, sort: plan.sort };
    const run = async (query: string | null | undefined): Promise<readonly PagefindResult[]> =>
      query === undefined ? [] : ((await pagefind.search(query, options))?.results ?? []);
    const { queries } = plan;
    const exact = await run(queries?.exact);
    const about = await run(queries?.about);
    const all = await run(queries ? queries.all : null);
    return { exact, about, all };
  }

  private candidate(result: PagefindResult, pathPrefix: string): Candidate {
    return {
      id: result.id,
      load: async () => {
        const data = await result.data();
        return data.url.startsWith(pathPrefix) ? { url: data.url, record: readRecordMeta(data.meta) } : undefined;
      },
    };
  }
}

let engine: Promise<SearchEngine> | undefined;

/** Returns the engine of a variant's index, loading its search.json (periods and fold table) the first time (a failed load is tried again next time). */
export function loadEngine(variant: Pick<Variant, 'path'>): Promise<SearchEngine> {
  if (engine) return engine;
  const base = pagefindBase(variant);
  const loading = (async () => {
    const manifest = parseSearchManifest(await fetchJson(`${base}${searchFile}`));
    // A period with no pages has no bundle to load.
    const periods = manifest.periods.filter((entry) => entry.pages > 0).map((entry) => entry.period);
    return new SearchEngine(variant, periods, parseFoldTable(manifest.fold), () => {
      if (engine === loading) engine = undefined;
    });
  })();
  engine = loading;
  loading.catch(() => {
    if (engine === loading) engine = undefined;
  });
  return loading;
}
