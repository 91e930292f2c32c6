/**
 * One name query against the files of a name index, wherever they come from
 * (fetched by the browser, read from memory by a test): the manifest, then
 * the shards of the query's first keys (one or two), and the shard of its
 * last pair only when those hold no exact name.
 */
import { shardOf } from './keys.ts';
import { manifestFile, readManifest, readPostings, shardFile } from './layout.ts';
import { keysOfQuery, matchNames, needsLastKeys, type NameLookup, type Posting } from './lookup.ts';

/** Reads one file of the name index by its name (`index.json`, `0.json`) and returns its parsed JSON. */
export type NameFileReader = (file: string) => Promise<unknown>;

const nothing: NameLookup = { matches: [], suggestions: [], more: false };

/** Returns the shard files a query needs, given the manifest's shard count: its keys grouped by shard. */
export function shardsOfKeys(keys: readonly string[], shards: number): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const key of keys) {
    const file = shardFile(shardOf(key, shards));
    byFile.set(file, [...(byFile.get(file) ?? []), key]);
  }
  return byFile;
}

/**
 * Returns what `query` finds in the name index `read` reads: names holding
 * it, exact first, and "did you mean" suggestions when none is exactly it.
 * Throws when the manifest is not one this code reads.
 */
export async function findNames(query: string, read: NameFileReader): Promise<NameLookup> {
  if (!query.trim()) return nothing;
  const manifest = readManifest(await read(manifestFile));
  if (!manifest) throw new Error(`The name index's ${manifestFile} is missing or of another version; rebuild the site.`);
  const keys = keysOfQuery(query, manifest.table);
  if (keys.first.length === 0) return nothing;
  const postings = new Map<string, Posting>();
  const load = (wanted: readonly string[]) =>
    Promise.all(
      [...shardsOfKeys(wanted, manifest.shards)].map(async ([file, own]) => {
        for (const [key, posting] of readPostings(await read(file), own)) postings.set(key, posting);
      }),
    );
  await load(keys.first);
  const lookup = matchNames(query, manifest.table, postings);
  if (!needsLastKeys(lookup, postings, keys)) return lookup;
  await load(keys.last);
  return matchNames(query, manifest.table, postings);
}
