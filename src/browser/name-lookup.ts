/**
 * Name queries in the browser, answered by the name index alone (see
 * src/lib/search/names/): the manifest and the one or two shards that hold
 * the query's keys. Each file loads once per page and stays in memory, so a
 * keystroke costs a shard at most; the full-text engine is not involved.
 */
import { namesDirectory } from '../lib/search/names/layout.ts';
import { findNames } from '../lib/search/names/find.ts';
import type { NameLookup } from '../lib/search/names/lookup.ts';

const files = new Map<string, Promise<unknown>>();

/** Returns the JSON at `url`, fetched once; a failed fetch is tried again next time. */
function loadJson(url: string): Promise<unknown> {
  let file = files.get(url);
  if (!file) {
    file = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return (await response.json()) as unknown;
    });
    files.set(url, file);
    file.catch(() => files.delete(url));
  }
  return file;
}

/**
 * Returns what `query` finds in the name index of the variant whose search
 * folder is `base` (`/pagefind/zh-hant/`): names holding it, exact first, and
 * "did you mean" suggestions (one character off, or its pinyin) when no name
 * is exactly it.
 */
export function lookupNames(base: string, query: string): Promise<NameLookup> {
  return findNames(query, (file) => loadJson(`${base}${namesDirectory}/${file}`));
}
