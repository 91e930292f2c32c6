import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { filesUnder } from '../../../src/build/files-under.ts';
import { mergeParts } from '../../../src/build/merge-parts.ts';

// Hand-written part outputs in a temporary folder: what merge-parts copies, merges and refuses.
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'merge-parts-'));
  temps.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const template = "/*\n  Content-Security-Policy: style-src 'self' {{inline-style-hashes}}; script-src 'self' {{inline-script-hashes}}\n";
const headers = (hashes: string) => `/*\n  Content-Security-Policy: style-src 'self' ${hashes}; script-src 'self'\n`;

describe('npm run merge-parts', () => {
  it('unions the parts, keeps a file two parts wrote alike once, and merges _headers', () => {
    const older = folder({
      'zh-hans/articles/2018-a/index.html': 'A',
      '_astro/reader.1234.js': 'js',
      _headers: headers("'sha256-B='"),
      'pagefind/zh-hans/2018/pagefind-entry.json': '{"2018":1}',
    });
    const newer = folder({
      'zh-hans/articles/2021-b/index.html': 'B',
      '_astro/reader.1234.js': 'js',
      _headers: headers("'sha256-A='"),
      'pagefind/zh-hans/2021/pagefind-entry.json': '{"2021":1}',
    });
    const listings = folder({ 'zh-hans/index.html': 'front', 'sitemap-0.xml': '<urlset/>', _headers: headers("'sha256-B=' 'sha256-C='") });
    const out = path.join(folder({}), 'site');
    const report = mergeParts(out, [older, newer, listings], template);
    expect(filesUnder(out)).toEqual([
      '_astro/reader.1234.js',
      '_headers',
      'pagefind/zh-hans/2018/pagefind-entry.json',
      'pagefind/zh-hans/2021/pagefind-entry.json',
      'sitemap-0.xml',
      'zh-hans/articles/2018-a/index.html',
      'zh-hans/articles/2021-b/index.html',
      'zh-hans/index.html',
    ]);
    expect(readFileSync(path.join(out, '_headers'), 'utf8')).toBe("/*\n  Content-Security-Policy: style-src 'self' 'sha256-A=' 'sha256-B=' 'sha256-C='; script-src 'self'\n");
    expect(report).toEqual({
      copied: 7,
      shared: 1,
      merged: ['_headers'],
      perPart: [
        { part: older, files: 4 },
        { part: newer, files: 4 },
        { part: listings, files: 3 },
      ],
    });
  });

  it('refuses, naming every file and both parts, when two parts wrote a file differently, and writes nothing', () => {
    const a = folder({ 'zh-hans/index.html': 'front of a', 'pagefind/zh-hans/pagefind-entry.json': '{"a":1}', 'same.txt': 'x' });
    const b = folder({ 'zh-hans/index.html': 'front of b', 'pagefind/zh-hans/pagefind-entry.json': '{"b":1}', 'same.txt': 'x' });
    const out = path.join(folder({}), 'site');
    expect(() => mergeParts(out, [a, b], template)).toThrow(
      `Cannot merge: 2 files written differently by two parts. Each page belongs to one part; build every part from the same commit and content, with years that do not overlap.\n` +
        `pagefind/zh-hans/pagefind-entry.json: ${a} and ${b} wrote it with different bytes\n` +
        `zh-hans/index.html: ${a} and ${b} wrote it with different bytes`,
    );
    expect(filesUnder(out)).toEqual([]);
  });

  it('refuses an output folder that is not empty or lies inside a part, and a part that is not a folder', () => {
    const part = folder({ 'a.html': 'a' });
    const full = folder({ 'old.html': 'old' });
    expect(() => mergeParts(full, [part], template)).toThrow(`${full} is not empty: merge into a new or empty folder`);
    expect(() => mergeParts(path.join(part, 'site'), [part], template)).toThrow(`lies inside the part ${part}: merge into a folder outside every part.`);
    expect(() => mergeParts(path.join(full, 'x'), [path.join(part, 'missing')], template)).toThrow(`${path.join(part, 'missing')} is not a folder`);
    expect(() => mergeParts(path.join(full, 'x'), [], template)).toThrow('Name the parts to merge');
  });
});
