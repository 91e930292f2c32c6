/**
 * What a reader's first search costs, measured in Chromium against a built
 * site: the bytes every request of the search fetches (JavaScript, wasm,
 * index, fragments, fold table; gzip size, as a static host sends them) and
 * the time from the last keystroke to the results.
 *
 *   node scripts/measure-search.ts [distDir] [query]
 *
 * serves `distDir` (default `dist`) on 127.0.0.1 and prints the measurement as JSON.
 */
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { gzipSize } from './gzip-size.ts';
import { startServer } from './serve.ts';

/** One request made for the search. */
export interface SearchRequest {
  readonly url: string;
  /** Bytes as gzip would send them (files Pagefind already compressed count as they are). */
  readonly gzipBytes: number;
}

/** The cost of one cold search and one warm one. */
export interface SearchMeasurement {
  readonly pagePath: string;
  readonly query: string;
  readonly results: number;
  /** The search page's own scripts, loaded with the page (the client that loads the engine). */
  readonly pageScripts: readonly SearchRequest[];
  /** Their total gzip size. */
  readonly pageScriptGzipBytes: number;
  /** Requests before the reader touched the search box (should be none). */
  readonly requestsBeforeSearching: readonly SearchRequest[];
  /** Every request from focusing the box until the results of the first query were shown and the network was quiet. */
  readonly firstSearchRequests: readonly SearchRequest[];
  /** Their total gzip size. */
  readonly firstSearchGzipBytes: number;
  /** From the keystroke that completed the first query (engine not loaded yet) to its results. */
  readonly coldKeystrokeToResultsMs: number;
  /** From the last keystroke of a second query, typed character by character on the warm page, to its results. */
  readonly warmKeystrokeToResultsMs: number;
}

export interface MeasureOptions {
  /** The origin of the served site, such as http://127.0.0.1:4321. */
  readonly origin: string;
  /** The search page, such as `/zh-hant/search/`. */
  readonly pagePath?: string;
  readonly query?: string;
  /** The query typed on the warm page. */
  readonly secondQuery?: string;
  /** A result type chosen before searching (`recipient`…); with an empty `query`, choosing it is the search. */
  readonly type?: string;
  /** A running Chromium; one is launched (and closed) when absent. */
  readonly browser?: Browser;
}


/** Returns how much the first search on a search page costs, and how fast results follow typing. */
export async function measureSearch(options: MeasureOptions): Promise<SearchMeasurement> {
  const { origin, pagePath = '/zh-hant/search/', query = '长沙经开区', secondQuery = '錢俊君', type } = options;
  const browser = options.browser ?? (await launchChromium());
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const scripts: SearchRequest[] = [];
    const before: SearchRequest[] = [];
    const during: SearchRequest[] = [];
    let phase: 'page' | 'idle' | 'search' | 'done' = 'page';
    const pendingBodies: Promise<void>[] = [];
    page.on('response', (response) => {
      const isScript = response.request().resourceType() === 'script';
      const target = phase === 'page' ? (isScript ? scripts : undefined) : phase === 'idle' ? before : phase === 'search' ? during : undefined;
      if (!target) return;
      pendingBodies.push(
        response
          .body()
          .then((body) => {
            target.push({ url: response.url().replace(origin, ''), gzipBytes: gzipSize(body) });
          })
          .catch(() => undefined),
      );
    });
    await page.goto(`${origin}${pagePath}`, { waitUntil: 'networkidle' });
    await Promise.all(pendingBodies);
    phase = 'idle';
    await page.waitForTimeout(300);

    // Timestamps taken inside the page: the last input event, and the moment the results of `wanted` are marked done.
    const startProbe = (wanted: string) =>
      page.evaluate((q) => {
        const probe = { lastInput: 0, done: 0, results: 0 };
        (window as unknown as { __searchProbe: typeof probe }).__searchProbe = probe;
        const input = document.querySelector<HTMLInputElement>('#search-q');
        const output = document.querySelector<HTMLElement>('#search-output');
        if (!input || !output) throw new Error('The search page has no #search-q or #search-output.');
        // Capturing on window runs before the page's own listener, so the clock starts before any search work.
        window.addEventListener(
          'input',
          (event) => {
            if (event.target === input && probe.done === 0) probe.lastInput = performance.now();
          },
          { capture: true },
        );
        new MutationObserver(() => {
          if (probe.done === 0 && output.dataset['state'] === 'done' && output.dataset['query'] === q) {
            probe.done = performance.now();
            probe.results = output.querySelectorAll('#search-results > li').length;
          }
        }).observe(output, { attributes: true, attributeFilter: ['data-state', 'data-query'] });
      }, wanted);
    const waitForResults = async () => {
      await page.waitForFunction(() => ((window as unknown as { __searchProbe: { done: number } }).__searchProbe.done ?? 0) > 0, undefined, { timeout: 30_000 });
      return page.evaluate(() => (window as unknown as { __searchProbe: { lastInput: number; done: number; results: number } }).__searchProbe);
    };

    phase = 'search';
    await startProbe(query);
    await page.focus('#search-q');
    if (type !== undefined && query === '') {
      // Narrowing with no query is a search of its own: the clock starts at the choice.
      await page.evaluate((value) => {
        const select = document.querySelector<HTMLSelectElement>('#search-type');
        if (!select) throw new Error('The search page has no #search-type.');
        select.value = value;
        (window as unknown as { __searchProbe: { lastInput: number } }).__searchProbe.lastInput = performance.now();
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }, type);
    } else {
      if (type !== undefined) {
        // Chosen without a change event, so the typed query is the first search.
        await page.evaluate((value) => {
          const select = document.querySelector<HTMLSelectElement>('#search-type');
          if (select) select.value = value;
        }, type);
      }
      // Chinese arrives as an input method commit: the whole word in one input event.
      await page.keyboard.insertText(query);
    }
    const cold = await waitForResults();
    await page.waitForLoadState('networkidle');
    await Promise.all(pendingBodies);
    phase = 'done';

    await page.fill('#search-q', '');
    await startProbe(secondQuery);
    for (const character of secondQuery) await page.keyboard.insertText(character);
    const warm = await waitForResults();
    await Promise.all(pendingBodies);

    return {
      pagePath,
      query,
      results: cold.results,
      pageScripts: scripts,
      pageScriptGzipBytes: scripts.reduce((sum, r) => sum + r.gzipBytes, 0),
      requestsBeforeSearching: before,
      firstSearchRequests: during,
      firstSearchGzipBytes: during.reduce((sum, r) => sum + r.gzipBytes, 0),
      coldKeystrokeToResultsMs: Math.round((cold.done - cold.lastInput) * 10) / 10,
      warmKeystrokeToResultsMs: Math.round((warm.done - warm.lastInput) * 10) / 10,
    };
  } finally {
    await context.close();
    if (!options.browser) await browser.close();
  }
}

/** Returns the project's server over a built site, with its headers, at an origin without a trailing slash. */
export async function serveSite(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = await startServer({ root, port: 0 });
  return { url: server.url.replace(/\/$/, ''), close: () => server.close() };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.argv[2] ?? 'dist';
  const server = await serveSite(root);
  try {
    const results = [];
    for (const pagePath of ['/zh-hant/search/', '/zh-hans/search/']) {
      results.push(await measureSearch({ origin: server.url, pagePath, ...(process.argv[3] ? { query: process.argv[3] } : {}) }));
    }
    console.log(JSON.stringify(results, null, 2));
  } finally {
    await server.close();
  }
}
