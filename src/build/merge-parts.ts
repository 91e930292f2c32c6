import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from './files-under.ts';
import { mergedHeaders } from '../lib/headers/merged-headers.ts';

/**
 * Files every part may write differently, merged instead of copied: the path
 * test and how. The search index is not among them: it is written once, over
 * the merged site (its periods are sized by every page, periods.ts).
 */
const mergedFiles: readonly { test: (file: string) => boolean; what: string }[] = [
  { test: (file) => file === '_headers', what: 'security headers: every part\'s inline-code hashes, filled into public/_headers' },
];

/** What a merge did. */
export interface MergeReport {
  /** Files copied from exactly one part, or from several that wrote the same bytes. */
  copied: number;
  /** Files written by more than one part with the same bytes (counted once in `copied`). */
  shared: number;
  /** Files merged from several parts (relative paths). */
  merged: string[];
  /** Files per part, in the order the parts were given. */
  perPart: { part: string; files: number }[];
}

/**
 * Merges the outputs of builds of parts of the archive (ARCHIVE_PART) into
 * `out`, which must not exist or be empty: every file of every part is
 * copied, a file two parts wrote must have the same bytes in both, and the
 * file every part writes for itself (`_headers`) is merged. Nothing is written when two parts disagree: the
 * error names each file and the parts that wrote it.
 */
export function mergeParts(out: string, parts: readonly string[], headersTemplate: string): MergeReport {
  if (parts.length === 0) throw new Error('Name the parts to merge: npm run merge-parts -- <out> <part> <part> …');
  for (const part of parts) {
    if (!existsSync(part) || !statSync(part).isDirectory()) throw new Error(`${part} is not a folder: give the dist/ folder each part's build wrote.`);
  }
  if (existsSync(out) && readdirSync(out).length > 0) throw new Error(`${out} is not empty: merge into a new or empty folder, so nothing of an earlier site is left in it.`);
  const resolvedOut = path.resolve(out);
  for (const part of parts) {
    const relative = path.relative(path.resolve(part), resolvedOut);
    if (!relative.startsWith('..') && !path.isAbsolute(relative)) throw new Error(`${out} lies inside the part ${part}: merge into a folder outside every part.`);
  }

  const source = new Map<string, string>();
  const toMerge = new Map<string, string[]>();
  const conflicts: string[] = [];
  let shared = 0;
  const perPart = parts.map((part) => {
    const files = filesUnder(part);
    for (const file of files) {
      if (mergedFiles.some((m) => m.test(file))) {
        toMerge.set(file, [...(toMerge.get(file) ?? []), part]);
        continue;
      }
      const first = source.get(file);
      if (first === undefined) source.set(file, part);
      else if (readFileSync(path.join(first, file)).equals(readFileSync(path.join(part, file)))) shared++;
      else conflicts.push(`${file}: ${first} and ${part} wrote it with different bytes`);
    }
    return { part, files: files.length };
  });
  if (conflicts.length > 0) {
    throw new Error(
      `Cannot merge: ${conflicts.length} file${conflicts.length === 1 ? '' : 's'} written differently by two parts. ` +
        `Each page belongs to one part; build every part from the same commit and content, with years that do not overlap.\n${conflicts.join('\n')}`,
    );
  }
  const merged = new Map<string, string>();
  for (const [file, from] of toMerge) {
    const texts = from.map((part) => ({ file: path.join(part, file), text: readFileSync(path.join(part, file), 'utf8') }));
    merged.set(file, mergedHeaders(headersTemplate, texts));
  }

  mkdirSync(out, { recursive: true });
  for (const [file, part] of source) {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    cpSync(path.join(part, file), path.join(out, file));
  }
  for (const [file, text] of merged) {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    writeFileSync(path.join(out, file), text);
  }
  return { copied: source.size, shared, merged: [...merged.keys()].sort(), perPart };
}

/** Describes the files the merge combines instead of copying, for the command's help. */
export function mergedFileKinds(): string[] {
  return mergedFiles.map((m) => m.what);
}
