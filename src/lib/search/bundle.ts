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
 *       periods.json        the period bundles, newest first (`PeriodManifest`)
 *       fold-table.json     the fold table for queries, over every bundle's text
 *       entities/           one Pagefind bundle: the entity pages
 *       <period>/           one Pagefind bundle per period: its articles (2023/, 2022/, …)
 *       names/              the name index (src/lib/search/names/)
 *
 * The search page starts Pagefind on the newest period (its pagefind.js and
 * wasm) and merges the entities bundle and older periods into it as a search
 * needs them (`mergeIndex` shares the wasm); publishing a story rewrites only
 * the bundles of the periods whose pages changed, and the entities bundle.
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

/** The file, in the variant's folder, holding the fold table (a JSON string of code point pairs). */
export const foldTableFile = 'fold-table.json';

/** The file, in the variant's folder, listing its period bundles. */
export const periodsFile = 'periods.json';

/** The folder, in the variant's folder, of the bundle of entity pages. */
export const entitiesBundle = 'entities';

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

/** Returns the year of a date (YYYY-MM-DD…), or undefined for a date that is not one. */
export function periodOf(date: string): Period | undefined {
  return /^(\d{4})-\d{2}-\d{2}/.exec(date)?.[1];
}

/** The form of a period's name. */
const periodName = /^\d{4}(?:q[1-4]|m(?:0[1-9]|1[0-2])[abc]?)?$/;

/** Returns the Pagefind language of the bundle `bundle` (a period or `entities`): `und-2023`, `und-entities`. */
export function bundleLanguage(bundle: Period | typeof entitiesBundle): string {
  return `${searchLanguage}-${bundle}`;
}

/** Returns the bundle a Pagefind result id (`und-2023_3fac04f7`) came from, or undefined for an id of no bundle of ours. */
export function bundleOfResult(id: string): string | undefined {
  return new RegExp(`^${searchLanguage}-([a-z0-9]+)_`).exec(id)?.[1];
}

/** Returns the site path of one bundle of a variant (`/pagefind/zh-hant/2023/`). */
export function bundleBase(variant: Pick<Variant, 'path'>, bundle: Period | typeof entitiesBundle): string {
  return `${pagefindBase(variant)}${bundle}/`;
}

/** One period bundle as `periods.json` lists it. */
export interface PeriodEntry {
  readonly period: Period;
  /** How many pages the bundle holds. */
  readonly pages: number;
}

/** What `periods.json` holds: every period bundle of the variant, newest first. */
export interface PeriodManifest {
  readonly periods: readonly PeriodEntry[];
}

/** Returns the manifest read from `periods.json`, or throws naming what is wrong with it. */
export function parsePeriodManifest(value: unknown): PeriodManifest {
  const periods = (value as { periods?: unknown } | null)?.periods;
  if (!Array.isArray(periods)) throw new Error(`${periodsFile} holds no "periods" list.`);
  const entries = periods.map((entry: unknown) => {
    const { period, pages } = (entry ?? {}) as { period?: unknown; pages?: unknown };
    if (typeof period !== 'string' || !periodName.test(period) || typeof pages !== 'number' || !Number.isInteger(pages) || pages < 0) {
      throw new Error(`${periodsFile}: ${JSON.stringify(entry)} is not a period entry ({"period": "2023", "pages": 91}).`);
    }
    return { period, pages };
  });
  for (let i = 1; i < entries.length; i += 1) {
    if (entries[i - 1]!.period <= entries[i]!.period) throw new Error(`${periodsFile}: periods must be newest first, once each (${entries[i - 1]!.period} before ${entries[i]!.period}).`);
  }
  return { periods: entries };
}

/** The Pagefind sort key results come in within a bundle: articles before entity pages, then newest first (see index-record.ts). */
export const resultOrder = 'order';
