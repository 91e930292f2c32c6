import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/build/files-under.ts';
import { build, cleanCopy, snapshotSources } from './project-copy.ts';

// Two clean builds of the same sources, in two fresh copies of the project at
// different paths and moments, as two clones on two machines would build them.
// The second copy is taken from the first, so edits to the working tree
// during the test cannot make the sources differ.

/** Returns every file of a tree, relative and sorted, with the sha256 of its bytes. */
function treeDigest(dir: string): Map<string, string> {
  const files = filesUnder(dir);
  return new Map(files.map((file) => [file, createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex')]));
}

/** Returns where two versions of a file first differ, with a little text around it. */
function firstDifference(a: Buffer, b: Buffer): string {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  const show = (bytes: Buffer) => JSON.stringify(bytes.subarray(Math.max(0, at - 30), at + 50).toString('utf8'));
  return `first at byte ${at} of ${a.length}/${b.length}: ${show(a)} vs ${show(b)}`;
}

/** Returns the differences between two built trees, one line each: missing files, and files whose bytes differ and where. */
function treeDifferences(distA: string, distB: string): string[] {
  const a = treeDigest(distA);
  const b = treeDigest(distB);
  const differences: string[] = [];
  if (a.size === 0) differences.push('the first build wrote no files');
  for (const [file, digest] of a) {
    if (!b.has(file)) differences.push(`${file}: only in the first build`);
    else if (b.get(file) !== digest) {
      differences.push(`${file}: ${firstDifference(readFileSync(path.join(distA, file)), readFileSync(path.join(distB, file)))}`);
    }
  }
  for (const file of b.keys()) if (!a.has(file)) differences.push(`${file}: only in the second build`);
  return differences;
}

describe('two clean builds of the same sources', () => {
  it('produce byte-identical dist/ trees', () => {
    const sources = snapshotSources();
    const first = build(cleanCopy(sources, 'a'));
    const second = build(cleanCopy(sources, 'b'));
    expect(treeDifferences(first, second).join('\n')).toBe('');
  }, 2_400_000);
});
