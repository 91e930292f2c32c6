import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from './files-under.ts';

/**
 * Returns a digest of the files and folders `paths` of the project at
 * `root` (every file of a folder, however deep) and of the lockfile (the
 * parsers and plugins it pins). Coarse on purpose: a version number bumped
 * by hand is a version someone forgets to bump.
 */
function codeDigest(root: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const entry of paths) {
    const full = path.join(root, entry);
    const files = existsSync(full) && statSync(full).isDirectory() ? filesUnder(full).map((file) => `${entry}/${file}`) : [entry];
    for (const file of files) {
      if (!existsSync(path.join(root, file))) continue;
      hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update('\0');
    }
  }
  const lockfile = path.join(root, 'package-lock.json');
  if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
  return hash.digest('hex');
}

/**
 * Returns a digest of the code that turns an article file into a stored
 * entry: every file of `src/lib/` and `src/build/`, and the lockfile. The
 * loader's caches (the check of a file, its rendered HTML) are keyed by it,
 * so a change to that code, or to a dependency, checks and renders every
 * article again rather than keep a result the new code would not give.
 */
export function loaderCodeDigest(root: string): string {
  return codeDigest(root, ['src/lib', 'src/build']);
}

/**
 * Returns a digest of the code that turns built pages into the search index:
 * the index step and what decides which bundles it rewrites, the name index, and all of `src/lib/` (the search code and
 * what it imports: the page reader's HTML tokenizer, the variants, the
 * entity kinds), and the lockfile (Pagefind's version). The index step keeps
 * the bundles of unchanged pages only while it is the same.
 */
export function searchIndexCodeDigest(root: string): string {
  return codeDigest(root, ['src/lib', 'src/integrations/pagefind.ts', 'src/integrations/update-search-index.ts', 'src/build/name-index.ts', 'src/build/built-site.ts', 'src/build/search-index-cache.ts']);
}
