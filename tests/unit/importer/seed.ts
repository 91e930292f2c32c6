import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitSourceLines, type SourceSpan } from '../../../src/lib/importer/source-text.ts';
import { dropChrome } from '../../../src/lib/importer/steps/drop-chrome.ts';

/** The scraped seed article, exactly as it sits in raw/. */
export const seedUrl = new URL('../../../raw/000_641221267d3722fd.txt', import.meta.url);
export const seedPath = fileURLToPath(seedUrl);
export const seedBytes: Uint8Array = readFileSync(seedUrl);
export const seedText = new TextDecoder().decode(seedBytes);

/** Returns the seed's lines as the steps after chrome removal see them. */
export function seedLinesWithoutChrome(): SourceSpan[] {
  return dropChrome(splitSourceLines(seedText)).lines;
}

/** Returns one span per line of a small synthetic input. */
export function linesOf(...lines: string[]): SourceSpan[] {
  return splitSourceLines(lines.join('\n'));
}
