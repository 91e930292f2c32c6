/**
 * The search engine in the browser: Pagefind's low-level API and the fold
 * table, loaded once, the first time the reader starts to search. Runs the
 * plan of one search and hands back candidates whose records load on demand.
 */
import { foldTableFile, searchLanguage } from '../lib/search/bundle.ts';
import { parseFoldTable, type FoldTable } from '../lib/search/fold.ts';
import type { SearchPlan } from '../lib/search/plan.ts';
import { orderCandidates } from '../lib/search/rank.ts';
import { readRecordMeta } from '../lib/search/record.ts';
import type { Candidate } from '../lib/search/results.ts';

/** The part of Pagefind's `pagefind.js` this page uses. */
interface PagefindResult {
  readonly id: string;
  data(): Promise<{ readonly url: string; readonly meta: Readonly<Record<string, string | undefined>> }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options: { filters: Readonly<Record<string, string>>; sort: Readonly<Record<string, string>> },
  ): Promise<{ readonly results: readonly PagefindResult[] } | null>;
}

/** A loaded engine: Pagefind for one variant's bundle, and the fold table. */
export interface Engine {
  readonly pagefind: Pagefind;
  readonly table: FoldTable;
}

let engine: Promise<Engine> | undefined;

/** Returns the engine of the bundle at `base`, loading it the first time (a failed load is tried again next time). */
export function loadEngine(base: string): Promise<Engine> {
  engine ??= (async () => {
    const tableUrl = `${base}${foldTableFile}`;
    const [pagefind, table] = await Promise.all([
      import(/* @vite-ignore */ `${base}pagefind.js`) as Promise<unknown> as Promise<Pagefind>,
      // Revalidated, not trusted from cache: the table grows with the site.
      fetch(tableUrl, { cache: 'no-cache' }).then(async (response) => {
        if (!response.ok) throw new Error(`${tableUrl}: HTTP ${response.status}`);
        return parseFoldTable(String(await response.json()));
      }),
    ]);
    // No worker: the worker script would be one more download on the first search.
    await pagefind.options({ noWorker: true, basePath: base });
    // Pagefind takes the language it searches in from <html lang> (zh-Hant here), and for zh it cuts the
    // query with the browser's word segmenter, which splits our character pairs and marked words apart
    // again (钱俊君2 → 钱 俊君 2: a prefix search for 钱). The index is in `und` (bundle.ts), so search in
    // `und`: Pagefind reads the attribute once, synchronously, as it starts, and it is put back at once.
    const html = document.documentElement;
    const lang = html.getAttribute('lang');
    html.setAttribute('lang', searchLanguage);
    const started = pagefind.init();
    if (lang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', lang);
    await started;
    return { pagefind, table };
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

let turn: Promise<unknown> = Promise.resolve();

/**
 * Runs Pagefind searches one at a time, in the order asked: Pagefind answers
 * a search that was overtaken by a newer one with null (it keeps only the
 * newest), so a keystroke's query could otherwise empty a tier of the search
 * before it, or of its own.
 */
function inTurn<T>(search: () => Promise<T>): Promise<T> {
  const result = turn.then(search);
  turn = result.catch(() => undefined);
  return result;
}

/**
 * Returns the candidates of a planned search in their one order (rank.ts):
 * the engine's queries for the exact name, the stories about the query and
 * every candidate run on the same loaded index (their marked words share its
 * chunks, see query.ts). Each record is fetched only when the results page
 * asks for it; a page outside `pathPrefix` (another variant) is never shown.
 */
export async function findCandidates(pagefind: Pagefind, plan: Extract<SearchPlan, { kind: 'search' }>, pathPrefix: string): Promise<Candidate[]> {
  const options = { filters: plan.filters, sort: plan.sort };
  const run = async (query: string | null | undefined): Promise<readonly PagefindResult[]> =>
    query === undefined ? [] : ((await inTurn(() => pagefind.search(query, options)))?.results ?? []);
  const { queries } = plan;
  const exact = await run(queries?.exact);
  const about = await run(queries?.about);
  const all = await run(queries ? queries.all : null);
  return orderCandidates({ exact, about, all }).map((result) => ({
    id: result.id,
    load: async () => {
      const data = await result.data();
      return data.url.startsWith(pathPrefix) ? { url: data.url, record: readRecordMeta(data.meta) } : undefined;
    },
  }));
}
