import { realpath } from 'node:fs/promises';
import path from 'node:path';

/**
 * Returns true when `file` is what its path says: reached from `folder` with
 * no symbolic link on the way, itself included. Content is untrusted, and git
 * stores links: an article, the articles folder or the glossary committed as
 * a link to a file elsewhere on the machine would be read and published as
 * content. A file that is not there is left for its reader to report.
 */
export async function isOwnFile(folder: string, file: string): Promise<boolean> {
  let real: string;
  try {
    real = await realpath(file);
  } catch {
    return true;
  }
  return real === path.join(await realpath(folder), path.relative(folder, file));
}
