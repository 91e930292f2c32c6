import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loaderCodeDigest } from '../../../src/build/code-digest.ts';

const root = mkdtempSync(path.join(tmpdir(), 'code-digest-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

describe('loaderCodeDigest: the loader checks and renders again when its code or a dependency changes', () => {
  write('src/lib/render/article-body.ts', 'export const version = 1;');
  write('src/build/article-loader.ts', 'export {};');
  write('src/pages/index.astro', '<p>home</p>');
  write('package-lock.json', '{"lockfileVersion":3}');
  const first = loaderCodeDigest(root);

  it('is the same for the same code', () => {
    expect(loaderCodeDigest(root)).toBe(first);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores code outside src/lib and src/build: pages are the incremental build\'s to track', () => {
    write('src/pages/index.astro', '<p>home, redesigned</p>');
    expect(loaderCodeDigest(root)).toBe(first);
  });

  it('changes with a file of src/lib, a new file of src/build, or the lockfile', () => {
    write('src/lib/render/article-body.ts', 'export const version = 2;');
    const renderer = loaderCodeDigest(root);
    expect(renderer).not.toBe(first);
    write('src/build/photo-file.ts', 'export {};');
    const added = loaderCodeDigest(root);
    expect(added).not.toBe(renderer);
    write('package-lock.json', '{"lockfileVersion":3,"packages":{"node_modules/opencc-js":{"version":"1.0.6"}}}');
    expect(loaderCodeDigest(root)).not.toBe(added);
  });

  it('tells a file\'s name from its bytes: moving a file between folders changes it', () => {
    const before = loaderCodeDigest(root);
    rmSync(path.join(root, 'src/build/photo-file.ts'));
    write('src/lib/photo-file.ts', 'export {};');
    expect(loaderCodeDigest(root)).not.toBe(before);
  });

  it('works without a lockfile (a copy of the sources alone)', () => {
    rmSync(path.join(root, 'package-lock.json'));
    expect(loaderCodeDigest(root)).toMatch(/^[0-9a-f]{64}$/);
  });
});
