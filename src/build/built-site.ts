import { filesUnder } from './files-under.ts';

/** Returns the HTML files of a built site as sorted paths relative to it, with `/` separators. */
export function listBuiltHtml(dir: string): string[] {
  return filesUnder(dir).filter((file) => file.endsWith('.html'));
}
