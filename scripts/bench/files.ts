import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Returns every file under `dir` (recursively), as paths relative to it, sorted. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Returns the total size in bytes and the number of files under `dir` (0 and 0 when it does not exist). */
export function folderSize(dir: string): { bytes: number; files: number } {
  const files = filesUnder(dir);
  return { bytes: files.reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0), files: files.length };
}
