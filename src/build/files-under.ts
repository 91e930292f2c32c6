import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Returns every file under `dir`, however deep, as sorted paths relative to it
 * with `/` separators (the same on every system, so lists compare and print
 * alike); none when `dir` does not exist. The one directory walker of the
 * project: builds, the benchmark and the tests all list files through it.
 */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
