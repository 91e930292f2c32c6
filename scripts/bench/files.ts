import { statSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from '../../src/build/files-under.ts';

/** Returns the total size in bytes and the number of files under `dir` (0 and 0 when it does not exist). */
export function folderSize(dir: string): { bytes: number; files: number } {
  const files = filesUnder(dir);
  return { bytes: files.reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0), files: files.length };
}
