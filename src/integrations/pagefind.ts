import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { listBuiltHtml } from '../build/built-site.ts';
import { writeNameIndex } from '../build/name-index.ts';
import { foldTableFor } from '../lib/search/fold-table.ts';
import { foldTableString } from '../lib/search/fold.ts';
import { readIndexedPage } from '../lib/search/html-page.ts';
import { indexRecordOf, pageUrlOf, type IndexRecord } from '../lib/search/index-record.ts';
import { indexContent } from '../lib/search/query.ts';
import { recordMeta } from '../lib/search/record.ts';
import { foldTableFile, pagefindBase, pagefindDirectory, resultOrder, searchLanguage } from '../lib/search/bundle.ts';
import { variants } from '../lib/site/variants.ts';

// The search page talks to pagefind.js on the main thread: Pagefind's ready-made interfaces,
// highlighter and worker are never loaded, so they are not published either.
const unusedBundleFile = /^pagefind-(?:ui|component-ui|modular-ui|highlight|worker)\.(?:js|css)$/;

async function removeUnusedBundleFiles(outputPath: string): Promise<void> {
  for (const name of await readdir(outputPath)) if (unusedBundleFile.test(name)) await rm(join(outputPath, name));
}

function assertNoErrors<T extends { errors: string[] }>(response: T, what: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${what}: ${response.errors.join('; ')}`);
  return response;
}

/**
 * Returns the records of every built page that has a `data-pagefind-body`,
 * and what is wrong with the pages that could not be indexed.
 */
export async function collectIndexRecords(dir: string): Promise<{ records: IndexRecord[]; problems: string[] }> {
  const records: IndexRecord[] = [];
  const problems: string[] = [];
  for (const file of listBuiltHtml(dir).filter((f) => f.split('/')[0] !== pagefindDirectory)) {
    const page = readIndexedPage(await readFile(join(dir, file), 'utf8'));
    if (!page) continue;
    try {
      records.push(indexRecordOf(page, pageUrlOf(file)));
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  return { records, problems };
}

/**
 * Writes the search index of the built site in `dir`: for each variant, a
 * Pagefind bundle in `dir/pagefind/<variant path>/` whose content is
 * script-folded text, with a `type` filter, and the fold table the search
 * page needs for queries. Returns how many pages it indexed.
 */
export async function writeSearchIndex(dir: string, logger?: AstroIntegrationLogger): Promise<number> {
  const { records, problems } = await collectIndexRecords(dir);
  // A page that cannot be filtered would show up on no search page: say which and why, and index the rest.
  for (const problem of problems) logger?.warn(`Not searchable: ${problem}`);
  if (records.length === 0) logger?.warn('No page has a data-pagefind-body element: the search pages will find nothing.');
  const table = foldTableFor(records.flatMap(({ record }) => [record.title, record.text, ...record.aliases, ...record.awards]));
  try {
    for (const variant of variants) {
      const own = records.filter((r) => r.variant.key === variant.key);
      // One language for the whole bundle: folded text reads the same whichever script a page is in.
      const { index } = assertNoErrors(await pagefind.createIndex({ forceLanguage: searchLanguage }), 'start an index');
      if (!index) throw new Error('Pagefind returned no index.');
      for (const { url, types, record, order } of own) {
        assertNoErrors(
          await index.addCustomRecord({
            url,
            content: indexContent(record.text.includes(record.title) ? record.text : `${record.title} ${record.text}`, table),
            language: searchLanguage,
            meta: recordMeta(record),
            filters: { type: [...types] },
            sort: { [resultOrder]: String(order) },
          }),
          `index ${url}`,
        );
      }
      const outputPath = join(dir, pagefindBase(variant));
      assertNoErrors(await index.writeFiles({ outputPath }), `write ${outputPath}`);
      await removeUnusedBundleFiles(outputPath);
      await writeFile(join(outputPath, foldTableFile), JSON.stringify(foldTableString(table)));
      logger?.info(`Indexed ${own.length} ${variant.label} pages for search into ${pagefindBase(variant)}.`);
    }
    logger?.info(`The fold table has ${table.size} characters.`);
    for (const size of await writeNameIndex(dir, records)) logger?.info(`Name index ${size.variant}: ${size.names} names in ${size.shards} shards (largest ${size.largestShard} bytes, manifest ${size.manifest} bytes).`);
    return records.length;
  } catch (cause) {
    throw new Error('Failed to build the search index with Pagefind.', { cause });
  } finally {
    await pagefind.close();
  }
}

/** Returns the Astro integration that builds the search index after every `astro build`. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'huawen:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
