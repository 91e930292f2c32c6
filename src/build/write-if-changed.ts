/**
 * Writes that leave a file alone when it already holds the bytes to write:
 * the search index's files shared by every bundle (the fold table, the
 * period list, the name index) are recomputed on every index, and a file
 * rewritten with the same bytes still looks changed to whatever syncs or
 * deploys the site by modification time.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

async function bytesOf(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch {
    return undefined;
  }
}

/**
 * Writes `data` to `file` unless it holds exactly that already; returns
 * whether it wrote. The new bytes go to a new file renamed over the old one,
 * never into the old file: the index step's saved copy (search-index-cache.ts)
 * may share the old file by a hard link.
 */
export async function writeFileIfChanged(file: string, data: string | Buffer): Promise<boolean> {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  if ((await bytesOf(file))?.equals(bytes)) return false;
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, file);
  return true;
}

/**
 * Makes `folder` hold exactly `files` (name → content, no subfolders) unless
 * it does already; returns whether it wrote. A folder that differs in any
 * file is removed and written whole, so no file of an earlier version stays.
 */
export async function writeFolderIfChanged(folder: string, files: ReadonlyMap<string, string | Buffer>): Promise<boolean> {
  const wanted = new Map([...files].map(([name, data]) => [name, typeof data === 'string' ? Buffer.from(data) : data]));
  const present = await readdir(folder).catch(() => undefined);
  if (present && present.length === wanted.size) {
    let same = true;
    for (const name of present) {
      const bytes = wanted.get(name);
      if (!bytes || !(await bytesOf(join(folder, name)))?.equals(bytes)) {
        same = false;
        break;
      }
    }
    if (same) return false;
  }
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  for (const [name, bytes] of wanted) await writeFile(join(folder, name), bytes);
  return true;
}
