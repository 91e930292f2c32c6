import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Returns the HTML files of a built site as sorted paths relative to it, with `/` separators. */
export function listBuiltHtml(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
