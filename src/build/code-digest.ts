import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from './files-under.ts';

/**
 * Returns a digest of the code that turns an article file into a stored
 * entry: every file of `src/lib/` and `src/build/` of the project at `root`,
 * and the lockfile (the parsers and plugins it pins). The loader's caches (the
 * check of a file, its rendered HTML) are keyed by it, so a change to that
 * code, or to a dependency, checks and renders every article again rather
 * than keep a result the new code would not give. Coarse on purpose: a
 * version number bumped by hand is a version someone forgets to bump.
 */
export function loaderCodeDigest(root: string): string {
  const hash = createHash('sha256');
  for (const folder of ['src/lib', 'src/build']) {
    for (const file of filesUnder(path.join(root, folder))) {
      hash.update(`${folder}/${file}\0`).update(readFileSync(path.join(root, folder, file))).update('\0');
    }
  }
  const lockfile = path.join(root, 'package-lock.json');
  if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
  return hash.digest('hex');
}
