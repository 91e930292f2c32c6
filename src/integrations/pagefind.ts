import type { AstroIntegrationLogger } from 'astro';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { listBuiltHtml } from '../build/built-site.ts';
import { writeNameIndex } from '../build/name-index.ts';
import { writeFileIfChanged } from '../build/write-if-changed.ts';
import { namesDirectory } from '../lib/search/names/layout.ts';
import { foldTableFor } from '../lib/search/fold-table.ts';
import { foldTableString, type FoldTable } from '../lib/search/fold.ts';
import { readIndexedPage, type IndexedPage } from '../lib/search/html-page.ts';
import { indexedTextOf, indexRecordOf, pageUrlOf, type IndexRecord } from '../lib/search/index-record.ts';
import { indexContent } from '../lib/search/query.ts';
import { recordMeta } from '../lib/search/record.ts';
import { bundleLanguage, pagefindBase, pagefindDirectory, resultOrder, searchFile, type Period, type SearchManifest } from '../lib/search/bundle.ts';
import { periodsNewestFirst, periodsOfPages } from '../lib/search/page-bundle.ts';
import { pagesPerBundle } from '../lib/search/periods.ts';
import { variants, type Variant } from '../lib/site/variants.ts';

// The search page talks to pagefind.js on the main thread: Pagefind's ready-made interfaces,
// highlighter and worker are never loaded, so they are not published either.
const unusedBundleFile = /^pagefind-(?:ui|component-ui|modular-ui|highlight|worker)\.(?:js|css)$/;

async function removeUnusedBundleFiles(outputPath: string): Promise<void> {
  for (const name of await readdir(outputPath)) if (unusedBundleFile.test(name)) await rm(join(outputPath, name));
}

/** What starts every Pagefind fragment once unzipped, before its JSON. */
const fragmentSignature = 'pagefind_dcd';

/**
 * Rewrites every fragment (a result's record) of the bundle at `outputPath`
 * as the search page reads it: our record (`meta`, from `metaOf` by URL) and
 * no `content`. Pagefind 1.6 indexes every word of every meta value it is
 * given, and it keeps a custom record's whole `content` in its fragment. So
 * the index is given no meta at all (the reader's text as meta put a second,
 * unfolded copy of every page's words into the index chunks, and a record's
 * text as long "words" that our pairs are prefixes of), and the record is
 * written here; and the content, our folded pairs and marked words, which
 * the page never reads (it shows and checks `meta.text`), is dropped: it was
 * two thirds of an article's record (2.9 of 4.4 KB gzip for the seed). The
 * file keeps its name, which is all Pagefind looks a fragment up by; Pagefind
 * builds its excerpt from the content, which the page does not use.
 */
async function rewriteFragments(outputPath: string, metaOf: ReadonlyMap<string, Record<string, string>>): Promise<void> {
  const folder = join(outputPath, 'fragment');
  for (const name of await readdir(folder)) {
    const file = join(folder, name);
    const text = gunzipSync(await readFile(file)).toString('utf8');
    if (!text.startsWith(fragmentSignature)) throw new Error(`${file}: not a Pagefind fragment (it does not start with ${fragmentSignature}); is the Pagefind version the one this site was built for?`);
    const fragment = JSON.parse(text.slice(fragmentSignature.length)) as Record<string, unknown>;
    const meta = metaOf.get(String(fragment['url']));
    if (!meta) throw new Error(`${file}: Pagefind wrote a record for ${String(fragment['url'])}, which was not indexed.`);
    fragment['content'] = '';
    fragment['meta'] = meta;
    await writeFile(file, gzipSync(`${fragmentSignature}${JSON.stringify(fragment)}`, { level: 9 }));
  }
}

function assertNoErrors<T extends { errors: string[] }>(response: T, what: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${what}: ${response.errors.join('; ')}`);
  return response;
}

/** What the index read from each built page (null: a page with nothing to index), by the page's path in the site. */
export type ReadPages = ReadonlyMap<string, IndexedPage | null>;

/**
 * Returns the records of every built page that has a `data-pagefind-body`,
 * what is wrong with the pages that could not be indexed, and what was read
 * from each page. A page in `known` (read by the last index and unchanged
 * since) is taken from it rather than read and parsed again.
 */
export async function collectIndexRecords(dir: string, known: ReadPages = new Map()): Promise<{ records: IndexRecord[]; problems: string[]; read: ReadPages }> {
  const records: IndexRecord[] = [];
  const problems: string[] = [];
  const read = new Map<string, IndexedPage | null>();
  for (const file of listBuiltHtml(dir).filter((f) => f.split('/')[0] !== pagefindDirectory)) {
    const page = known.has(file) ? known.get(file)! : (readIndexedPage(await readFile(join(dir, file), 'utf8')) ?? null);
    read.set(file, page);
    if (!page) continue;
    try {
      records.push(indexRecordOf(page, pageUrlOf(file)));
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  return { records, problems, read };
}

/** The bundle of one variant, as its folder under `pagefind/` names it (`zh-hant/2023`). */
export type BundleKey = string;

/** What writeSearchIndex wrote. */
export interface WrittenIndex {
  /** How many pages it indexed. */
  readonly pages: number;
  /** The bundle of every indexed page, by URL. */
  readonly bundleOf: ReadonlyMap<string, BundleKey>;
  /** The bundles it wrote, in the order written (every bundle, for a whole index). */
  readonly written: readonly BundleKey[];
  /** What it read from each built page. */
  readonly read: ReadPages;
}

/** Returns the key of a variant's bundle: its folder under `pagefind/`. */
function bundleKey(variant: Variant, bundle: Period): BundleKey {
  return `${variant.path}/${bundle}`;
}

/** The pages of each period bundle of each variant, newest first; periods of at most `limit` pages (periods.ts). */
function bundlesOf(records: readonly IndexRecord[], limit: number): Map<Variant, Map<Period, IndexRecord[]>> {
  const byVariant = new Map<Variant, Map<Period, IndexRecord[]>>();
  for (const variant of variants) {
    const own = records.filter((r) => r.variant.key === variant.key);
    const periodOf = periodsOfPages(own, limit);
    const byBundle = new Map<Period, IndexRecord[]>();
    for (const record of own) {
      const bundle = periodOf.get(record.url)!;
      const pages = byBundle.get(bundle) ?? [];
      pages.push(record);
      byBundle.set(bundle, pages);
    }
    byVariant.set(variant, new Map(periodsNewestFirst(byBundle.keys()).map((bundle) => [bundle, byBundle.get(bundle)!])));
  }
  return byVariant;
}

/**
 * Writes one Pagefind bundle into `outputPath`, replacing whatever was
 * there. Only this bundle is held by Pagefind meanwhile (released with
 * deleteIndex): Pagefind's memory grows with the largest bundle, not with the
 * archive.
 */
async function writeBundle(outputPath: string, bundle: Period, records: readonly IndexRecord[], table: FoldTable): Promise<void> {
  // Pagefind writes its files beside whatever the folder holds: chunks of an earlier index would stay otherwise.
  await rm(outputPath, { recursive: true, force: true });
  const language = bundleLanguage(bundle);
  // One language for the whole bundle: folded text reads the same whichever script a page is in.
  const { index } = assertNoErrors(await pagefind.createIndex({ forceLanguage: language }), 'start an index');
  if (!index) throw new Error('Pagefind returned no index.');
  try {
    for (const { url, types, record, order } of records) {
      assertNoErrors(
        await index.addCustomRecord({
          url,
          content: indexContent(indexedTextOf(record), table),
          language,
          filters: { type: [...types] },
          sort: { [resultOrder]: order },
        }),
        `index ${url}`,
      );
    }
    assertNoErrors(await index.writeFiles({ outputPath }), `write ${outputPath}`);
  } finally {
    await index.deleteIndex();
  }
  await removeUnusedBundleFiles(outputPath);
  await rewriteFragments(outputPath, new Map(records.map(({ url, record }) => [url, recordMeta(record)])));
}

/** Returns search.json for a variant: its period bundles, newest first, with how many pages each holds, and the fold table. */
function searchManifestJson(bundles: ReadonlyMap<Period, readonly IndexRecord[]>, table: FoldTable): string {
  const manifest: SearchManifest = { periods: periodsNewestFirst(bundles.keys()).map((period) => ({ period, pages: bundles.get(period)!.length })), fold: foldTableString(table) };
  return `${JSON.stringify(manifest)}\n`;
}

/** One page as the last index of the same site saw it. */
export interface PreviousPage {
  /** What it read from the page (null: nothing to index). */
  readonly read: IndexedPage | null;
  /** The bundle the page went to, or undefined when it was not indexed. */
  readonly bundle: BundleKey | undefined;
  /** Whether the page's bytes are the same now. */
  readonly same: boolean;
}

/** What the last index of the same site knew, for rewriting only the bundles whose pages changed: every page it saw, by path. */
export type PreviousIndex = ReadonlyMap<string, PreviousPage>;

/**
 * Returns the bundles to write again: the bundle of every page added or
 * whose indexed part changed, or that moved to another bundle, now and
 * before (a page moved out or removed leaves its old bundle one page short);
 * and every bundle the last index did not have. A year whose split changed
 * (periods.ts) has only bundles the last index did not have, and its old
 * ones are left with no page, so all of that year is written again. A page whose bytes changed outside what the index reads (the
 * related stories of an older article, when a story is published) changes no
 * bundle: a bundle is made from what is read from its pages alone.
 */
function bundlesToRewrite(previous: PreviousIndex, read: ReadPages, bundleOf: ReadonlyMap<string, BundleKey>): Set<BundleKey> {
  const rewrite = new Set<BundleKey>();
  const changed = (file: string) => {
    const before = previous.get(file);
    if (before?.same) return false;
    return !before || !read.has(file) || JSON.stringify(before.read) !== JSON.stringify(read.get(file));
  };
  for (const file of new Set([...previous.keys(), ...read.keys()])) {
    const [now, before] = [bundleOf.get(pageUrlOf(file)), previous.get(file)?.bundle];
    if (!changed(file) && now === before) continue;
    for (const bundle of [now, before]) if (bundle !== undefined) rewrite.add(bundle);
  }
  const before = new Set([...previous.values()].map(({ bundle }) => bundle));
  for (const bundle of bundleOf.values()) if (!before.has(bundle)) rewrite.add(bundle);
  return rewrite;
}

/** The files and folders of a variant's index besides its bundles (bundle.ts). */
const variantFiles = new Set([searchFile, namesDirectory]);

/** How the index is split; a test gives a smaller limit rather than hundreds of pages. */
export interface IndexOptions {
  /** The most pages a period bundle holds before its year is split finer (periods.ts). */
  readonly pagesPerBundle?: number;
}

/**
 * Writes the search index of the built site in `dir`: for each variant,
 * under `dir/pagefind/<variant path>/`, one Pagefind bundle per period of its
 * articles and entity pages (see bundle.ts), whose content is script-folded
 * text with a `type` filter; search.json, the list of periods and the fold
 * table the search page needs for queries; and the name index.
 *
 * Given `previous`, what the last index of this same site knew (its
 * `pagefind/` untouched since), only the bundles holding a changed, added or
 * removed page are written again, a bundle left with no page is removed, and
 * every other bundle's folder is left as it is. Without it, `pagefind/` is
 * written anew. Either way the result is the same, file for file;
 * search.json and the name index are written only when their bytes change.
 */
export async function writeSearchIndex(dir: string, logger?: AstroIntegrationLogger, previous?: PreviousIndex, options: IndexOptions = {}): Promise<WrittenIndex> {
  const unchanged = new Map([...(previous ?? [])].filter(([, { same }]) => same).map(([file, { read }]) => [file, read]));
  const { records, problems, read } = await collectIndexRecords(dir, unchanged);
  // A page that cannot be filtered would show up on no search page: say which and why, and index the rest.
  for (const problem of problems) logger?.warn(`Not searchable: ${problem}`);
  if (records.length === 0) logger?.warn('No page has a data-pagefind-body element: the search pages will find nothing.');
  const bundles = bundlesOf(records, options.pagesPerBundle ?? pagesPerBundle);
  const bundleOf = new Map<string, BundleKey>();
  for (const [variant, own] of bundles) for (const [bundle, pages] of own) for (const { url } of pages) bundleOf.set(url, bundleKey(variant, bundle));
  const rewrite = previous ? bundlesToRewrite(previous, read, bundleOf) : undefined;
  // Folding a page's text with the table of a bigger archive gives the same text (fold-table.ts keeps every
  // entry that folds to a character the archive holds), so a kept bundle's content stays what it would be now.
  const table = foldTableFor(records.flatMap(({ record }) => [record.title, record.text, ...record.aliases, ...record.awards, ...record.names, ...record.entities, record.position]));
  const allWritten: BundleKey[] = [];
  try {
    if (!rewrite) await rm(join(dir, pagefindDirectory), { recursive: true, force: true });
    for (const [variant, own] of bundles) {
      const base = join(dir, pagefindBase(variant));
      await mkdir(base, { recursive: true });
      // What is not a bundle of this index any more: a period whose last article went, or a file of another layout.
      for (const name of await readdir(base)) if (!own.has(name) && !variantFiles.has(name)) await rm(join(base, name), { recursive: true, force: true });
      const written: string[] = [];
      for (const [bundle, pages] of own) {
        if (rewrite && !rewrite.has(bundleKey(variant, bundle))) continue;
        await writeBundle(join(base, bundle), bundle, pages, table);
        written.push(bundle);
        allWritten.push(bundleKey(variant, bundle));
      }
      await writeFileIfChanged(join(base, searchFile), searchManifestJson(own, table));
      const counts = [...own].map(([bundle, pages]) => `${bundle} (${pages.length})`).join(', ');
      const kept = own.size - written.length;
      logger?.info(
        `Indexed ${[...own.values()].reduce((sum, pages) => sum + pages.length, 0)} ${variant.label} pages for search into ${pagefindBase(variant)}: ${counts || 'no bundles'}; ` +
          (kept === 0 ? 'all bundles written.' : `wrote ${written.join(', ') || 'none'}, kept ${kept} unchanged.`),
      );
    }
    logger?.info(`The fold table has ${table.size} characters.`);
    for (const size of await writeNameIndex(dir, records)) logger?.info(`Name index ${size.variant}: ${size.names} names in ${size.shards} shards (largest ${size.largestShard} bytes, manifest ${size.manifest} bytes).`);
    return { pages: records.length, bundleOf, written: allWritten, read };
  } catch (cause) {
    throw new Error('Failed to build the search index with Pagefind.', { cause });
  } finally {
    await pagefind.close();
  }
}
