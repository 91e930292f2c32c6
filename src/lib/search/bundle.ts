/**
 * Where the search index lives in the built site, shared by the step that
 * writes it and the search page that reads it.
 *
 * Each variant has its own index: a reader of one script never downloads the
 * postings and records of the other. Both hold the same folded words, so a
 * query in either script finds the same pages in each.
 *
 * A variant's index is split by period, because Pagefind loads a bundle's
 * whole page list on the first search and cannot update a bundle in place:
 *
 *     pagefind/<variant>/
 *       search.json         the period bundles, newest first, and the fold table for queries (`SearchManifest`)
 *       <period>/           one Pagefind bundle per period: its articles and entity pages (2023/, 2022q4/, 2021m03/…)
 *       names/              the name index (src/lib/search/names/)
 *
 * An entity page is filed under the period of its newest story, like an
 * article of that day, so no bundle grows with the archive: periods.ts
 * splits a year that holds too many pages. The search page starts Pagefind
 * on the newest period (its pagefind.js and wasm) and merges older periods
 * into it as the reader pages on (`mergeIndex` shares the wasm); publishing
 * a story rewrites only the bundles of the periods whose pages changed.
 * Each bundle is indexed under its own language code (`bundleLanguage`), so
 * every result's id starts with the code of the bundle it came from
 * (`und-2023_3fac04f7`): that is how results are put in period order
 * (`bundleOfResult`), since Pagefind's merged search orders by score alone.
 */
import type { Variant } from '../site/variants.ts';

/** The folder of the built site that holds the search index. */
export const pagefindDirectory = 'pagefind';

/** Returns the site path of a variant's search index (`/pagefind/zh-hant/`). */
export function pagefindBase(variant: Pick<Variant, 'path'>): string {
  return `/${pagefindDirectory}/${variant.path}/`;
}

/** The file, in the variant's folder, that lists its period bundles and holds the fold table: one request before the first search. */
export const searchFile = 'search.json';

/**
 * The language Pagefind indexes and searches in: "undetermined", because for
 * zh Pagefind runs its own word segmenter over the content and the query and
 * would cut our character pairs (范企 → 范/企) apart again. Each bundle adds
 * its name as a BCP 47 subtag (`bundleLanguage`), which Pagefind treats the
 * same way (no stemmer, no word segmenter).
 */
export const searchLanguage = 'und';

/** A period: a year (`2023`), a quarter (`2023q1`), a month (`2023m02`) or a third of one (`2023m02c`); see periods.ts for which. */
export type Period = string;

/** The form of a period's name. */
const periodName = /^\d{4}(?:q[1-4]|m(?:0[1-9]|1[0-2])[abc]?)?$/;

/** Returns true when `name` is the name of a period (`2023`, `2023q1`, `2023m02`, `2023m02c`), so the name of a bundle. */
export function isPeriod(name: string): boolean {
  return periodName.test(name);
}

/** Returns the Pagefind language of the bundle of a period: `und-2023`, `und-2023q1`. */
export function bundleLanguage(bundle: Period): string {
  return `${searchLanguage}-${bundle}`;
}

/** Returns the bundle a Pagefind result id (`und-2023_3fac04f7`) came from, or undefined for an id of no bundle of ours. */
export function bundleOfResult(id: string): string | undefined {
  return new RegExp(`^${searchLanguage}-([a-z0-9]+)_`).exec(id)?.[1];
}

/** Returns the site path of one bundle of a variant (`/pagefind/zh-hant/2023/`). */
export function bundleBase(variant: Pick<Variant, 'path'>, bundle: Period): string {
  return `${pagefindBase(variant)}${bundle}/`;
}

/** One period bundle as `search.json` lists it. */
export interface PeriodEntry {
  readonly period: Period;
  /** How many pages the bundle holds. */
  readonly pages: number;
}

/** What `search.json` holds: every period bundle of the variant, newest first, and the fold table (a string of code point pairs, fold.ts). */
export interface SearchManifest {
  readonly periods: readonly PeriodEntry[];
  readonly fold: string;
}

/** Returns the manifest read from `search.json`, or throws naming what is wrong with it. */
export function parseSearchManifest(value: unknown): SearchManifest {
  const { periods, fold } = (value ?? {}) as { periods?: unknown; fold?: unknown };
  if (!Array.isArray(periods)) throw new Error(`${searchFile} holds no "periods" list.`);
  if (typeof fold !== 'string') throw new Error(`${searchFile} holds no "fold" string (the fold table); index the site again (npx node scripts/index-search.ts).`);
  const entries = periods.map((entry: unknown) => {
    const { period, pages } = (entry ?? {}) as { period?: unknown; pages?: unknown };
    if (typeof period !== 'string' || !isPeriod(period) || typeof pages !== 'number' || !Number.isInteger(pages) || pages < 0) {
      throw new Error(`${searchFile}: ${JSON.stringify(entry)} is not a period entry ({"period": "2023", "pages": 91}).`);
    }
    return { period, pages };
  });
  for (let i = 1; i < entries.length; i += 1) {
    if (entries[i - 1]!.period <= entries[i]!.period) throw new Error(`${searchFile}: periods must be newest first, once each (${entries[i - 1]!.period} before ${entries[i]!.period}).`);
  }
  return { periods: entries, fold };
}

/** The Pagefind sort key results come in within a bundle: stories before entity pages, then newest first (see index-record.ts). */
export const resultOrder = 'order';
