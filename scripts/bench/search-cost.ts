import type { Browser } from 'playwright-core';
import { convertPlainText } from '../../src/lib/convert/text.ts';
import { searchPath } from '../../src/lib/site/urls.ts';
import { sourceLocaleOf, type Variant } from '../../src/lib/site/variants.ts';
import { measureSearch, serveSite, type SearchMeasurement } from '../measure-search.ts';
import type { BenchQueries } from './corpus.ts';

/** One of the benchmark's searches: what the reader types (in Simplified; converted for the page's script) and the type chosen. */
export interface BenchSearch {
  readonly label: string;
  readonly query: string;
  readonly type?: string;
  /** Typed on the warm page afterwards. */
  readonly then: string;
}

/** Returns the fixed searches of the benchmark: a common phrase, a rare name, an alias, a two-character place, recipients with and without a query. */
export function benchSearches(queries: BenchQueries): BenchSearch[] {
  return [
    { label: 'common phrase', query: queries.common, then: queries.place },
    { label: 'rare name', query: queries.rareName, then: queries.common },
    { label: 'alias', query: queries.alias, then: queries.rareName },
    { label: 'two-character place', query: queries.place, then: queries.alias },
    { label: 'recipients, no query', query: '', type: 'recipient', then: queries.place },
    { label: 'recipients + place', query: queries.place, type: 'recipient', then: queries.common },
  ];
}

/** A benchmark search measured: its label with Chromium's measurement. */
export interface BenchSearchResult extends SearchMeasurement {
  readonly label: string;
  readonly type: string | null;
}

/**
 * Serves a built site and measures each search cold (nothing of the engine
 * cached, a fresh browser context each) on one variant's search page, with
 * the queries in that variant's script.
 */
export async function measureBenchSearches(browser: Browser, distDir: string, variant: Variant, searches: readonly BenchSearch[]): Promise<BenchSearchResult[]> {
  const server = await serveSite(distDir);
  const inScript = (text: string) => convertPlainText(text, sourceLocaleOf.hans, variant.opencc);
  try {
    const results: BenchSearchResult[] = [];
    for (const search of searches) {
      const measured = await measureSearch({
        browser,
        origin: server.url,
        pagePath: searchPath(variant),
        query: inScript(search.query),
        secondQuery: inScript(search.then),
        ...(search.type ? { type: search.type } : {}),
      });
      results.push({ ...measured, label: search.label, type: search.type ?? null });
    }
    return results;
  } finally {
    await server.close();
  }
}

/** What kind of file a search request fetched, for the bytes-per-request table. */
export type RequestKind = 'engine' | 'meta' | 'index' | 'fragment' | 'filter' | 'names' | 'other';

/**
 * Returns the kind of a search request from its URL: `engine` is Pagefind's
 * code (pagefind.js, the wasm), fetched once whatever the bundles; `meta` is
 * what each bundle loaded costs before any word is looked up (its
 * pagefind-entry.json and page list), so it grows with the bundles a search
 * opens; `names` is the name index (src/lib/search/names/); `other` is the
 * variant's search.json (its period list and fold table, one file).
 */
export function requestKind(url: string): RequestKind {
  const path = url.split('?')[0] ?? '';
  if (/\/names\//.test(path)) return 'names';
  if (/\/pagefind\.js$|\.pagefind$/.test(path)) return 'engine';
  if (/\.pf_meta$|\/pagefind-entry\.json$/.test(path)) return 'meta';
  if (/\/index\//.test(path)) return 'index';
  if (/\/fragment\//.test(path)) return 'fragment';
  if (/\/filter\//.test(path)) return 'filter';
  return 'other';
}

/** Returns the requests of a first search grouped by kind: how many, and their gzip bytes. */
export function requestsByKind(requests: readonly { url: string; gzipBytes: number }[]): Record<RequestKind, { count: number; bytes: number }> {
  const out: Record<RequestKind, { count: number; bytes: number }> = {
    engine: { count: 0, bytes: 0 },
    meta: { count: 0, bytes: 0 },
    index: { count: 0, bytes: 0 },
    fragment: { count: 0, bytes: 0 },
    filter: { count: 0, bytes: 0 },
    names: { count: 0, bytes: 0 },
    other: { count: 0, bytes: 0 },
  };
  for (const request of requests) {
    const kind = out[requestKind(request.url)];
    kind.count += 1;
    kind.bytes += request.gzipBytes;
  }
  return out;
}
