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

describe('the gate: every piece of inline code a hash-only policy would block stops the build', () => {
  // Each case is one page body; the message names the page, the element and what to do instead.
  it.each([
    ['an inline script', '<script>go()</script>', 'a.html: an inline <script> «go()»'],
    ['an inline script of type text/javascript', '<script type="text/javascript">go()</script>', 'a.html: an inline <script type="text/javascript"> «go()»'],
    ['an inline module', '<script type="module">import "/x.js"</script>', 'a.html: an inline <script type="module"> «import "/x.js"»'],
    ['an import map', '<script type="importmap">{}</script>', 'a.html: an inline <script type="importmap"> «{}»'],
    ['speculation rules', '<script type="speculationrules">{}</script>', 'a.html: an inline <script type="speculationrules"> «{}»'],
    ['a style attribute', '<p style="color:red">x</p>', 'a.html: <p style="color:red">. Give the element a class'],
    ['an event handler', '<img src="/a.png" alt="" onerror="go()">', 'a.html: <img onerror="go()">. Attach the handler with addEventListener'],
    ['an upper-case event handler', '<body ONLOAD="go()">', 'a.html: <body onload="go()">'],
    ['a javascript: link', '<a href="javascript:go()">x</a>', 'a.html: <a href="javascript:go()">. Use a button and a bundled script instead of a javascript: URL.'],
    ['a JavaScript: link in capitals, after spaces', '<a href="  JAVASCRIPT:go()">x</a>', 'a.html: <a href="JAVASCRIPT:go()">'],
    ['a javascript: link unquoted', '<a href=javascript:go()>x</a>', 'a.html: <a href="javascript:go()">'],
    ['a javascript: link in single quotes', "<a href='javascript:go()'>x</a>", 'a.html: <a href="javascript:go()">'],
    ['a javascript: link written with a character reference', '<a href="&#106;avascript:go()">x</a>', 'a.html: <a href="&#106;avascript:go()">'],
    ['a javascript: link with a tab in its scheme', '<a href="java&#9;script:go()">x</a>', 'a.html: <a href="java&#9;script:go()">'],
    ['a javascript: link with a newline in its scheme', '<a href="java\nscript:go()">x</a>', 'a.html: <a href="java script:go()">'],
    ['a javascript: link after a control character', '<a href="&#1;javascript:go()">x</a>', 'a.html: <a href="&#1;javascript:go()">'],
    ['a javascript: image source', '<img src="javascript:go()" alt="">', 'a.html: <img src="javascript:go()">'],
    ['a javascript: frame', '<iframe src="javascript:go()"></iframe>', 'a.html: <iframe src="javascript:go()">'],
    ['a javascript: form action', '<form action="javascript:go()"></form>', 'a.html: <form action="javascript:go()">'],
    ['a javascript: button formaction', '<button formaction="javascript:go()">x</button>', 'a.html: <button formaction="javascript:go()">'],
    ['a javascript: SVG link', '<svg><a xlink:href="javascript:go()"><text>x</text></a></svg>', 'a.html: <a xlink:href="javascript:go()">'],
  ])('%s', (_name, body, message) => {
    const pages = [{ file: 'a.html', html: page('.a{}', body) }];
    let thrown: unknown;
    try {
      builtHeaders(template, pages);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    const text = (thrown as Error).message;
    expect(text.split('\n')[0]).toBe('1 piece of inline code would be blocked by the Content-Security-Policy:');
    expect(text.split('\n')).toHaveLength(2);
    expect(text.split('\n')[1]).toContain(`  - ${message}`);
  });

  it.each([
    ['JSON-LD', '<script type="application/ld+json">{"a":1}</script>'],
    ['a bundled script', '<script type="module" src="/_astro/a.js"></script>'],
    ['a link to a page or a site', '<a href="/zh-hans/">x</a><a href="https://example.org/javascript:x">x</a><a href="mailto:ed@example.org">x</a>'],
    ['a link whose text says javascript:', '<a href="/x/">javascript:go()</a>'],
    ['a title holding code as text', '<a href="/x/" title="javascript:go()">x</a>'],
    ['a data attribute named like a handler', '<p data-onclick="go()">x</p>'],
    ['code inside a comment', '<!-- <script>go()</script> <a href="javascript:go()"> -->'],
  ])('lets %s through', (_name, body) => {
    expect(() => builtHeaders(template, [{ file: 'a.html', html: page('.a{}', body) }])).not.toThrow();
  });
});
