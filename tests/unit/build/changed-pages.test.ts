import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changedPages, pageDigests } from '../../../src/build/changed-pages.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'changed-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function page(file: string, html: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), html);
}

describe('changedPages', () => {
  it('finds the pages changed, added and removed between two builds, and none of the search bundles', () => {
    page('zh-hans/articles/a/index.html', '<p>a</p>');
    page('zh-hans/articles/b/index.html', '<p>b</p>');
    page('pagefind/zh-hans/index.html', 'bundle');
    const before = pageDigests(dir, 'pagefind');
    expect([...before.keys()]).toEqual(['zh-hans/articles/a/index.html', 'zh-hans/articles/b/index.html']);
    page('zh-hans/articles/a/index.html', '<p>a, corrected</p>');
    rmSync(path.join(dir, 'zh-hans/articles/b'), { recursive: true });
    page('zh-hans/articles/c/index.html', '<p>c</p>');
    page('pagefind/zh-hans/index.html', 'bundle, rewritten');
    expect([...changedPages(before, pageDigests(dir, 'pagefind'))].sort()).toEqual(['zh-hans/articles/a/index.html', 'zh-hans/articles/b/index.html', 'zh-hans/articles/c/index.html']);
  });

});
