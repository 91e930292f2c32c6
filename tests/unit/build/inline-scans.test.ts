import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineScans } from '../../../src/build/inline-scans.ts';
import { builtHeaders } from '../../../src/lib/headers/built-headers.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'inline-scans-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const template = "/*\n  Content-Security-Policy: default-src 'self'; style-src 'self' {{inline-style-hashes}}; script-src 'self'\n";
const article = { file: 'zh-hant/articles/a/index.html', html: '<html><head><style>.a{color:red}</style></head><body><p>甲</p></body></html>' };
const front = { file: 'zh-hant/index.html', html: '<html><head><style>.f{margin:0}</style></head><body><p>頭版</p></body></html>' };

describe('inline scans kept from one build to the next', () => {
  const file = path.join(dir, 'scans.v8');

  it('scans each page the first time, and gives the same _headers as a scan without memory', () => {
    const scans = inlineScans(file, 'code-1');
    const remembered = builtHeaders(template, [article, front], { scan: (page) => scans.scan(page) });
    expect(remembered).toEqual(builtHeaders(template, [article, front]));
    // openssl dgst -sha256 -binary | base64 of each style's text.
    expect([...remembered.styleHashes].sort()).toEqual(["'sha256-AYkV/wUaXEz1i9pndN1veIXFHZVFTj4Ojce2rMK7bSc='", "'sha256-Ov1oD3IPwZlKgYVSaZiI3vLmlSyd7MjtkGO3iwsVZMA='"]);
    expect(scans.counts).toEqual({ scanned: 2, remembered: 0 });
    scans.save();
  });

  it('scans only the pages whose bytes changed on the next build', () => {
    const scans = inlineScans(file, 'code-1');
    const changed = { ...front, html: front.html.replace('頭版', '頭版，更新') };
    builtHeaders(template, [article, changed], { scan: (page) => scans.scan(page) });
    expect(scans.counts).toEqual({ scanned: 1, remembered: 1 });
    scans.save();
  });

  it('forgets the pages no longer built, so the file never outgrows the site', () => {
    const scans = inlineScans(file, 'code-1');
    builtHeaders(template, [front], { scan: (page) => scans.scan(page) });
    // The original front page was replaced by the changed one on the last build: it is scanned again.
    expect(scans.counts).toEqual({ scanned: 1, remembered: 0 });
  });

  it('scans every page again for other code, or when the file cannot be read', () => {
    const other = inlineScans(file, 'code-2');
    other.scan(article);
    expect(other.counts).toEqual({ scanned: 1, remembered: 0 });
    writeFileSync(file, 'not a v8 serialization');
    const broken = inlineScans(file, 'code-1');
    broken.scan(article);
    expect(broken.counts).toEqual({ scanned: 1, remembered: 0 });
  });
});
