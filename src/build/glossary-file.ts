import { readFileSync } from 'node:fs';
import { parseGlossary } from '../lib/article/glossary.ts';
import type { Override } from '../lib/article/override-schema.ts';

/**
 * Returns the overrides of the glossary file at `path`; throws an error that
 * names the file and what to do when it cannot be read or holds a mistake.
 */
export function loadGlossary(path: string): Override[] {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new Error(`Could not read the glossary ${path}. Create it (an empty list is fine: \`[]\`) or fix the path.`, { cause });
  }
  return parseGlossary(source, path);
}
