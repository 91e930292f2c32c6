import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtHeaders } from '../../../src/lib/headers/built-headers.ts';
import { parseCsp, sha256Source } from '../../../src/lib/headers/csp.ts';
import { parseHeadersFile } from '../../../src/lib/headers/headers-file.ts';

const template = readFileSync(path.resolve(import.meta.dirname, '../../../public/_headers'), 'utf8');

const page = (css: string, extra = '') =>
  `<!DOCTYPE html><html lang="zh-Hans"><head><script type="application/ld+json">{"@type":"NewsArticle"}</script><style>${css}</style></head><body>${extra}<script type="module" src="/_astro/a.js"></script></body></html>`;

function siteCsp(text: string): Map<string, string[]> {
  const rule = parseHeadersFile(text).find((r) => r.pattern === '/*');
  const line = rule?.lines.find((l) => l.name === 'Content-Security-Policy');
  return parseCsp(line?.kind === 'set' ? line.value : '');
}

describe('the _headers file a build ships', () => {
  const pages = [
    { file: 'zh-hant/index.html', html: page('.b{}') },
    { file: 'zh-hans/index.html', html: page('.a{}') },
    { file: 'zh-hans/articles/x/index.html', html: page('.a{}') },
  ];

  it('allows each distinct inline style by its hash, sorted, and nothing inline in script-src', () => {
    const { text, styleHashes, scriptHashes } = builtHeaders(template, pages);
    expect(styleHashes).toEqual([sha256Source('.a{}'), sha256Source('.b{}')].sort());
    expect(scriptHashes).toEqual([]);
    const csp = siteCsp(text);
    expect(csp.get('style-src')).toEqual(["'self'", ...styleHashes]);
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(text).not.toMatch(/^\s+Content-Security-Policy:.*\{\{/m);
  });

  it('is the same file whatever order the pages are read in', () => {
    expect(builtHeaders(template, [...pages].reverse()).text).toBe(builtHeaders(template, pages).text);
  });

  it('keeps the comments and every other header as written', () => {
    const { text } = builtHeaders(template, pages);
    expect(text).toContain('#   {{inline-style-hashes}}');
    expect(text.split('\n').filter((line) => !line.includes('Content-Security-Policy'))).toEqual(
      template.split('\n').filter((line) => !line.includes('Content-Security-Policy')),
    );
  });

  it('refuses a page with an inline script, naming the page and what to do', () => {
    const broken = [...pages, { file: 'zh-hans/search/index.html', html: page('.a{}', '<script>document.title = "搜索"</script>') }];
    expect(() => builtHeaders(template, broken)).toThrow(
      /1 piece of inline code would be blocked[\s\S]*zh-hans\/search\/index\.html: an inline <script> «document\.title = "搜索"»\. Move it into a component <script>/,
    );
  });

  it('names the content a refused page is made from, when told how to find it', () => {
    const broken = [{ file: 'zh-hans/articles/x/index.html', html: page('.a{}', '<p onclick="go()">x</p>') }];
    const sourceOf = (file: string) => (file.includes('/articles/x/') ? 'content/articles/x.mdx' : undefined);
    expect(() => builtHeaders(template, broken, { sourceOf })).toThrow(
      /zh-hans\/articles\/x\/index\.html \(from content\/articles\/x\.mdx\): <p onclick="go\(\)">/,
    );
  });

  it('refuses style attributes and event handlers, listing every one', () => {
    const broken = [{ file: 'a.html', html: page('.a{}', '<p style="color:red">x</p><button onclick="go()">go</button>') }];
    expect(() => builtHeaders(template, broken)).toThrow(/2 pieces[\s\S]*a\.html: <p style="color:red">[\s\S]*a\.html: <button onclick="go\(\)">/);
  });

  it('hashes an inline script into script-src when asked to allow it', () => {
    const withScript = [{ file: 'a.html', html: page('.a{}', '<script>1</script>') }];
    const { text, scriptHashes } = builtHeaders(template, withScript, { inlineScripts: 'hash' });
    expect(scriptHashes).toEqual([sha256Source('1')]);
    expect(siteCsp(text).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", sha256Source('1')]);
  });

  it('says so when the template has nowhere to put the style hashes', () => {
    expect(() => builtHeaders("/*\n  Content-Security-Policy: default-src 'self'\n", pages)).toThrow(
      /the built pages have 2 inline <style> elements, but no Content-Security-Policy has \{\{inline-style-hashes\}\} in its style-src/,
    );
  });
});
