import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from '../../src/build/files-under.ts';

/** Returns the total size in bytes and the number of files under `dir` (0 and 0 when it does not exist). */
export function folderSize(dir: string): { bytes: number; files: number } {
  const files = filesUnder(dir);
  return { bytes: files.reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0), files: files.length };
}

/** Returns the sha256 of every file under `dir`, by path relative to it. */
export function fileDigests(dir: string): Map<string, string> {
  return new Map(filesUnder(dir).map((file) => [file, createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex')]));
}

/** The files of a folder that a rebuild wrote anew (changed or added) or removed, against their digests before it. */
export interface ChangedFiles {
  changed: string[];
  added: string[];
  removed: string[];
}

/** Returns which files differ between two digests of the same folder: what a deploy must upload or delete. */
export function changedFiles(before: Map<string, string>, after: Map<string, string>): ChangedFiles {
  const changed: string[] = [];
  const added: string[] = [];
  for (const [file, digest] of after) {
    const previous = before.get(file);
    if (previous === undefined) added.push(file);
    else if (previous !== digest) changed.push(file);
  }
  return { changed, added, removed: [...before.keys()].filter((file) => !after.has(file)) };
}
