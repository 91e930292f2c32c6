/**
 * The keys of the name index and the shard each lives in. A key is a tag
 * letter and a body:
 *
 * - `e` + a whole name key: exact names and aliases (never lost to the cap);
 * - `b` + two characters: every pair in a name, so any part of two or more
 *   characters finds it (湘潭 in 湘潭高新技术产业开发区);
 * - `u` + one character: every character, for one-character queries;
 * - `o` + first and last character: with the first and last pair, this finds
 *   every name one character off a query (钱峻君 → 钱俊君, both 钱…君), and
 *   names one character longer (钱君 → 钱俊君);
 * - `p` + pinyin of a whole name, `q` + pinyin of its first syllables.
 *
 * A key's shard is a hash of its body, except that an exact key lives with
 * the outer key of the same first and last character: a query's exact and
 * outer keys share a file, and a lookup reads the manifest and two shards,
 * a third (the last pair) only when they hold no exact name. Every key lists at most `cap` entries, so no
 * shard is much larger than another whatever the names are like.
 */

/** Returns every key a name is found by: whole-name keys from `names` (its name keys, `nameKey`), pair and character keys from `parts` too, and its pinyin keys. */
export function entryKeys(
  names: readonly string[],
  parts: readonly string[],
  pinyin: { readonly whole: readonly string[]; readonly starts: readonly string[] },
): string[] {
  const keys = new Set<string>();
  for (const key of names) {
    const chars = [...key];
    if (chars.length === 0) continue;
    keys.add(`e${key}`);
    if (chars.length >= 2) keys.add(`o${chars[0]}${chars[chars.length - 1]}`);
  }
  for (const key of [...names, ...parts]) {
    const chars = [...key];
    for (const char of chars) keys.add(`u${char}`);
    for (let i = 0; i + 1 < chars.length; i += 1) keys.add(`b${chars[i]}${chars[i + 1]}`);
  }
  for (const key of pinyin.whole) keys.add(`p${key}`);
  for (const key of pinyin.starts) keys.add(`q${key}`);
  return [...keys];
}

/** The keys a query looks up: `first` at once; `last`, the last pair, only when those leave the query without an exact name. */
export interface QueryKeys {
  readonly first: readonly string[];
  readonly last: readonly string[];
}

/**
 * Returns the keys a query looks up, from its name key (already folded) and,
 * when it is Latin letters, its pinyin key.
 */
export function queryKeys(key: string, pinyin: string | undefined): QueryKeys {
  const chars = [...key];
  const first = new Set<string>();
  const last: string[] = [];
  if (chars.length === 1) {
    first.add(`e${key}`);
    first.add(`u${key}`);
  } else if (pinyin !== undefined) {
    // Latin letters are pinyin or a Latin name typed whole: the pinyin keys take the pairs' place.
    first.add(`e${key}`);
  } else if (chars.length >= 2) {
    first.add(`e${key}`);
    first.add(`o${chars[0]}${chars[chars.length - 1]}`);
    first.add(`b${chars[0]}${chars[1]}`);
    const lastPair = `b${chars[chars.length - 2]}${chars[chars.length - 1]}`;
    if (!first.has(lastPair)) last.push(lastPair);
  }
  if (pinyin !== undefined) {
    first.add(`p${pinyin}`);
    first.add(`q${pinyin}`);
  }
  return { first: [...first], last };
}

/**
 * Returns the part of a key its shard is chosen by: an exact key's first and
 * last character (as its outer key), else its body, so a two-character
 * query's exact, outer and pair keys, and a pinyin query's two keys, share a file.
 */
function shardBody(key: string): string {
  const chars = [...key.slice(1)];
  if (key[0] !== 'e' || chars.length < 2) return key.slice(1);
  return `${chars[0] ?? ''}${chars[chars.length - 1] ?? ''}`;
}

/** Returns the shard (0…shards-1) that holds `key`: FNV-1a over its UTF-16 units, the same in the build and the browser. */
export function shardOf(key: string, shards: number): number {
  const body = shardBody(key);
  let hash = 0x811c9dc5;
  for (let i = 0; i < body.length; i += 1) {
    hash ^= body.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return shards > 0 ? hash % shards : 0;
}
