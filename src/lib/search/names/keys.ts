/**
 * The keys of the name index and the shard each lives in. A key is a tag
 * letter and a body:
 *
 * - `e` + a whole name key: exact names and aliases (never lost to the cap);
 * - `b` + two characters: every pair in a name, so any part of two or more
 *   characters finds it (湘潭 in 湘潭高新技术产业开发区);
 * - `u` + one character: every character, for one-character queries;
 * - `o` + first and last character: with the first and last pair, this finds
 *   every name one character off a query of three or more (钱峻君 → 钱俊君,
 *   whose first and last are 钱…君), and names one character longer;
 * - `p` + pinyin of a whole name, `q` + pinyin of its first syllables.
 *
 * Han keys live in the shard of their first character, so a query's exact,
 * first-pair and outer keys share one file and its last pair is at most one
 * more; pinyin keys live in the shard of their whole body. A lookup reads
 * the manifest and one or two shards.
 */

/** Returns every key a name is found by, from the keys of its names (`nameKey`) and its pinyin keys. */
export function entryKeys(keysOfNames: readonly string[], pinyin: { readonly whole: readonly string[]; readonly starts: readonly string[] }): string[] {
  const keys = new Set<string>();
  for (const key of keysOfNames) {
    const chars = [...key];
    if (chars.length === 0) continue;
    keys.add(`e${key}`);
    for (const char of chars) keys.add(`u${char}`);
    for (let i = 0; i + 1 < chars.length; i += 1) keys.add(`b${chars[i]}${chars[i + 1]}`);
    if (chars.length >= 2) keys.add(`o${chars[0]}${chars[chars.length - 1]}`);
  }
  for (const key of pinyin.whole) keys.add(`p${key}`);
  for (const key of pinyin.starts) keys.add(`q${key}`);
  return [...keys];
}

/**
 * Returns the keys a query looks up: from its name key (already folded) and,
 * when it is Latin letters, its pinyin key.
 */
export function queryKeys(key: string, pinyin: string | undefined): string[] {
  const chars = [...key];
  const keys = new Set<string>();
  if (chars.length === 1) {
    keys.add(`e${key}`);
    keys.add(`u${key}`);
  } else if (chars.length >= 2) {
    keys.add(`e${key}`);
    keys.add(`b${chars[0]}${chars[1]}`);
    // A Latin query is pinyin or a Latin name: its pinyin shard replaces the last pair's, keeping to two shards.
    if (pinyin === undefined) {
      keys.add(`b${chars[chars.length - 2]}${chars[chars.length - 1]}`);
      keys.add(`o${chars[0]}${chars[chars.length - 1]}`);
    }
  }
  if (pinyin !== undefined) {
    keys.add(`p${pinyin}`);
    keys.add(`q${pinyin}`);
  }
  return [...keys];
}

/** Returns the part of a key its shard is chosen by: the first character of a Han key, all of a pinyin key. */
function shardBody(key: string): string {
  const tag = key[0];
  const body = key.slice(1);
  if (tag === 'p' || tag === 'q') return body;
  return String.fromCodePoint(body.codePointAt(0) ?? 0);
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
