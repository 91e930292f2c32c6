/**
 * Writes the name index of the built site (see src/lib/search/names/): for
 * each variant, `pagefind/<variant path>/names/`. The pinyin of every name
 * comes from pinyin-pro at build time (surname readings for people and
 * bylines: 单 shan, 曾 zeng, 解 xie), so the browser needs no pinyin data.
 */
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { writeFolderIfChanged } from './write-if-changed.ts';
import { pagefindBase } from '../lib/search/bundle.ts';
import { foldTableFor } from '../lib/search/fold-table.ts';
import type { IndexRecord } from '../lib/search/index-record.ts';
import { nameEntriesOf } from '../lib/search/names/collect.ts';
import type { NameEntry } from '../lib/search/names/entry.ts';
import { entryKeys } from '../lib/search/names/keys.ts';
import { buildNameIndex, manifestFile, namesDirectory, shardFile, type IndexedName } from '../lib/search/names/layout.ts';
import { nameKey, pinyinKeysOf } from '../lib/search/names/name-key.ts';
import type { FoldTable } from '../lib/search/fold.ts';
import { variants } from '../lib/site/variants.ts';

/** Names longer than this (in characters) get no pinyin keys: nobody types a full official name in pinyin. */
const maxPinyinLength = 12;

/** Returns the toneless syllables of a folded name, read as a person's name when `person` (surname first). */
export function nameSyllables(key: string, person: boolean): string[] {
  return pinyin(key, { toneType: 'none', type: 'array', v: true, surname: person ? 'head' : 'off' });
}

/** Returns a row ready for the index: its entry and every key it is found by, its pinyin included. */
export function indexedName(entry: NameEntry, table: FoldTable): IndexedName {
  const keyOf = (names: readonly string[]) => [...new Set(names.map((name) => nameKey(name, table)).filter(Boolean))];
  // A group's title (2023年湖南省…示范企业（7家）) is a heading, not a name anyone types whole: found by its parts only.
  const names = keyOf(entry.kind === 'group' ? entry.aliases : [entry.name, ...entry.aliases]);
  const keys = keyOf([entry.name, ...entry.aliases]);
  const person = entry.kind === 'person' || entry.kind === 'byline';
  const whole: string[] = [];
  const starts: string[] = [];
  for (const key of names) {
    if ([...key].length > maxPinyinLength) continue;
    const found = pinyinKeysOf(nameSyllables(key, person));
    whole.push(...found.whole);
    starts.push(...found.starts);
  }
  return { entry, keys: entryKeys(names, keys, { whole, starts }) };
}

/** What one variant's name index came to. */
export interface NameIndexSize {
  readonly variant: string;
  readonly names: number;
  readonly shards: number;
  /** The largest shard in bytes, as written (before compression). */
  readonly largestShard: number;
  readonly manifest: number;
}

/** Writes the name index of every variant into `dir/pagefind/<variant path>/names/`; returns its size per variant. */
export async function writeNameIndex(dir: string, records: readonly IndexRecord[]): Promise<NameIndexSize[]> {
  const sizes: NameIndexSize[] = [];
  // One table from every variant's names, so a query in either script folds the same way.
  const table = foldTableFor(records.flatMap(({ record, page }) => [record.title, ...record.aliases, ...(page.meta['byline'] ?? []), ...(page.meta['source'] ?? [])]));
  for (const variant of variants) {
    const folder = join(dir, pagefindBase(variant), namesDirectory);
    const entries = nameEntriesOf(records, variant, table);
    const { manifest, shards } = buildNameIndex(
      entries.map((entry) => indexedName(entry, table)),
      table,
    );
    const manifestJson = JSON.stringify(manifest);
    const files = new Map([[manifestFile, manifestJson]]);
    let largestShard = 0;
    for (const [n, shard] of shards.entries()) {
      const json = JSON.stringify(shard);
      largestShard = Math.max(largestShard, Buffer.byteLength(json));
      files.set(shardFile(n), json);
    }
    // Publishing one story seldom changes a name: the folder is left as it is when it would be written the same.
    await writeFolderIfChanged(folder, files);
    sizes.push({ variant: variant.key, names: entries.length, shards: shards.length, largestShard, manifest: Buffer.byteLength(manifestJson) });
  }
  return sizes;
}
