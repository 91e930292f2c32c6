/**
 * The files of the name index, in `pagefind/<variant path>/names/`:
 *
 * - `index.json`, the manifest: `{"v":1,"shards":N,"cap":K,"fold":"…"}`, the
 *   number of shards, how many entries a key lists at most, and the fold
 *   table of the characters names use (code point pairs, see fold.ts), so a
 *   name query needs nothing from the full-text engine;
 * - `0.json` … `N-1.json`, the shards: `{"e":[entry…],"k":{"key":[total, i…]}}`,
 *   each key (keys.ts) with how many entries it had and the positions in `e`
 *   of the best `cap` of them; each entry (entry.ts) stored once per shard.
 *
 * The number of shards grows with the number of postings, so a shard stays
 * a few KB at any archive size; `cap` bounds what a common pair (示范, 公司)
 * can put in one. It grows in powers of two: every key changes shard when
 * the count does, so publishing a story rewrites every shard only when the
 * postings have doubled since the last time, and otherwise only the shards
 * of the keys whose entries it changed.
 */
import { foldTableString, parseFoldTable, type FoldTable } from '../fold.ts';
import { readEntry, storeEntry, type NameEntry, type StoredEntry } from './entry.ts';
import { shardOf } from './keys.ts';
import type { Posting } from './lookup.ts';

/** The folder of a variant's search files that holds the name index. */
export const namesDirectory = 'names';
/** The manifest's file name. */
export const manifestFile = 'index.json';
/** Returns the file name of shard `n`. */
export const shardFile = (n: number): string => `${n}.json`;

/** The format of the files; a reader meeting another one ignores the index instead of misreading it. */
export const nameIndexVersion = 1;
/** Entries a key lists at most: the best by stories, then newest. */
export const defaultCap = 20;
/** Postings a shard holds on average; the shard count follows from it. */
export const postingsPerShard = 48;

/** The manifest as stored. */
export interface NameManifest {
  readonly v: number;
  readonly shards: number;
  readonly cap: number;
  readonly fold: string;
}

/** A shard as stored. */
export interface StoredShard {
  readonly e: StoredEntry[];
  readonly k: Record<string, number[]>;
}

/** A name ready for the index: its entry and every key it is found by (keys.ts `entryKeys`). */
export interface IndexedName {
  readonly entry: NameEntry;
  readonly keys: readonly string[];
}

/** Orders entries within a key: more stories first, then newer, then by name and address, so a build is reproducible. */
function rank(a: NameEntry, b: NameEntry): number {
  return (
    b.stories - a.stories ||
    (a.latest < b.latest ? 1 : a.latest > b.latest ? -1 : 0) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)
  );
}

/** Returns how many shards hold `postings`: the power of two that keeps them at most `postingsPerShard` each on average. */
export function shardCountFor(postings: number): number {
  let count = 1;
  while (count * postingsPerShard < postings) count *= 2;
  return count;
}

/** Returns the manifest and shards of a name index of `names`, whose names fold with `table`. */
export function buildNameIndex(names: readonly IndexedName[], table: FoldTable, cap = defaultCap): { manifest: NameManifest; shards: StoredShard[] } {
  const ordered = [...names].sort((a, b) => rank(a.entry, b.entry));
  const postings = new Map<string, { total: number; kept: number[] }>();
  ordered.forEach(({ keys }, index) => {
    for (const key of keys) {
      const posting = postings.get(key) ?? { total: 0, kept: [] };
      posting.total += 1;
      if (posting.kept.length < cap) posting.kept.push(index);
      postings.set(key, posting);
    }
  });
  let kept = 0;
  for (const posting of postings.values()) kept += posting.kept.length;
  const count = shardCountFor(kept);
  const shards = Array.from({ length: count }, () => ({ e: [] as StoredEntry[], k: {} as Record<string, number[]>, at: new Map<number, number>() }));
  for (const key of [...postings.keys()].sort()) {
    const posting = postings.get(key);
    const shard = shards[shardOf(key, count)];
    if (!posting || !shard) continue;
    shard.k[key] = [
      posting.total,
      ...posting.kept.map((index) => {
        let at = shard.at.get(index);
        if (at === undefined) {
          at = shard.e.length;
          shard.e.push(storeEntry((ordered[index] as IndexedName).entry));
          shard.at.set(index, at);
        }
        return at;
      }),
    ];
  }
  return {
    manifest: { v: nameIndexVersion, shards: count, cap, fold: foldTableString(table) },
    shards: shards.map(({ e, k }) => ({ e, k })),
  };
}

/** Returns a manifest read from JSON, or undefined when it is not one this code reads. */
export function readManifest(json: unknown): { shards: number; table: FoldTable } | undefined {
  if (json === null || typeof json !== 'object') return undefined;
  const m = json as Record<string, unknown>;
  if (m['v'] !== nameIndexVersion || typeof m['shards'] !== 'number' || !Number.isInteger(m['shards']) || m['shards'] < 1) return undefined;
  return { shards: m['shards'], table: parseFoldTable(typeof m['fold'] === 'string' ? m['fold'] : '') };
}

/** Returns the postings of `keys` found in a shard read from JSON; a key it does not hold has no posting. */
export function readPostings(json: unknown, keys: readonly string[]): Map<string, Posting> {
  const found = new Map<string, Posting>();
  if (json === null || typeof json !== 'object') return found;
  const shard = json as Record<string, unknown>;
  const stored = Array.isArray(shard['e']) ? (shard['e'] as unknown[]) : [];
  const postings = shard['k'] !== null && typeof shard['k'] === 'object' ? (shard['k'] as Record<string, unknown>) : {};
  for (const key of keys) {
    if (!Object.hasOwn(postings, key)) continue;
    const list = postings[key];
    if (!Array.isArray(list) || typeof list[0] !== 'number') continue;
    const entries = list.slice(1).flatMap((at) => {
      const entry = typeof at === 'number' ? readEntry(stored[at]) : undefined;
      return entry ? [entry] : [];
    });
    found.set(key, { total: list[0], entries });
  }
  return found;
}
