import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listBuiltHtml } from '../../../src/build/built-site.ts';
import { filesUnder } from '../../../src/build/files-under.ts';

const root = mkdtempSync(path.join(tmpdir(), 'files-under-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

for (const file of ['zh-hant/articles/a/index.html', 'zh-hant/rss.xml', 'index.html', 'pagefind/zh-hant/pagefind.js', 'b/c/d/e.txt']) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), file);
}
mkdirSync(path.join(root, 'empty/folder'), { recursive: true });

describe('listing the files of a folder', () => {
  it('finds every file however deep, relative, with / separators, sorted, and no folders', () => {
    expect(filesUnder(root)).toEqual(['b/c/d/e.txt', 'index.html', 'pagefind/zh-hant/pagefind.js', 'zh-hant/articles/a/index.html', 'zh-hant/rss.xml']);
  });

  it('finds nothing in a folder that does not exist', () => {
    expect(filesUnder(path.join(root, 'missing'))).toEqual([]);
  });

  it('lists only the HTML pages of a built site', () => {
    expect(listBuiltHtml(root)).toEqual(['index.html', 'zh-hant/articles/a/index.html']);
  });
});
