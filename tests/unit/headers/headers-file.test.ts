import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../../src/lib/headers/headers-file.ts';
import { compileRules, headersForPath } from '../../../src/lib/headers/headers-for-path.ts';
import { patternRegExp } from '../../../src/lib/headers/path-pattern.ts';

const shipped = readFileSync(path.resolve(import.meta.dirname, '../../../public/_headers'), 'utf8');

describe('reading a _headers file', () => {
  it('reads the shipped public/_headers into rules in file order', () => {
    const rules = parseHeadersFile(shipped);
    expect(rules.map((rule) => rule.pattern)).toEqual(['/*', '/_astro/*', '/pagefind/:variant/:bundle/fragment/*', '/pagefind/:variant/:bundle/index/*', '/pagefind/:variant/:bundle/filter/*']);
    expect(rules[0]?.lines.map((line) => line.name)).toContain('Content-Security-Policy');
  });

  it('keeps colons inside values and reads `! Name` as a detach', () => {
    const [rule] = parseHeadersFile('# comment\n/feeds/*\n  Link: <https://example.org/>; rel="preconnect"\n  ! Cache-Control\n');
    expect(rule?.lines).toEqual([
      { kind: 'set', name: 'Link', value: '<https://example.org/>; rel="preconnect"' },
      { kind: 'detach', name: 'Cache-Control' },
    ]);
  });

  it.each([
    ['a header before any path', '  X-Frame-Options: DENY\n', /_headers:1: a header comes before any path pattern/],
    ['an unindented header', '/*\nX-Frame-Options: DENY\n', /_headers:2: "X-Frame-Options: DENY" is not a path pattern/],
    ['a header without a colon', '/*\n  X-Frame-Options DENY\n', /_headers:2: "X-Frame-Options DENY" is not a header/],
    ['an empty value', '/*\n  X-Frame-Options:\n', /_headers:2: the header "X-Frame-Options" has no value/],
  ])('names the line of %s', (_name, text, message) => {
    expect(() => parseHeadersFile(text)).toThrow(message);
  });
});

describe('matching paths', () => {
  it.each([
    ['/*', '/', true],
    ['/*', '/zh-hans/articles/x/', true],
    ['/_astro/*', '/_astro/preference.C4aKFKfS.js', true],
    ['/_astro/*', '/zh-hans/_astro/x.js', false],
    ['/:variant/rss.xml', '/zh-hant/rss.xml', true],
    ['/:variant/rss.xml', '/a/b/rss.xml', false],
    ['/:variant/rss.xml', '//rss.xml', false],
    ['/search.html', '/searchxhtml', false],
    ['https://news.example.org/feeds/*', '/feeds/a.xml', true],
  ])('%s matches %s: %s', (pattern, urlPath, expected) => {
    expect(patternRegExp(pattern).test(urlPath)).toBe(expected);
  });

  it('gives hashed bundles and index chunks an immutable cache with the security headers, and pages and pagefind.js no cache rule', () => {
    const rules = compileRules(parseHeadersFile(shipped));
    const bundle = new Map(headersForPath(rules, '/_astro/preference.C4aKFKfS.js'));
    expect(bundle.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(bundle.get('X-Content-Type-Options')).toBe('nosniff');
    const chunk = new Map(headersForPath(rules, '/pagefind/zh-hant/2023/fragment/und-2023_020bf83.pf_fragment'));
    expect(chunk.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(new Map(headersForPath(rules, '/pagefind/zh-hant/2023/pagefind.js')).has('Cache-Control')).toBe(false);
    const page = new Map(headersForPath(rules, '/zh-hant/articles/2023-02-24-hunan-trade-secret-demonstration/'));
    expect(page.has('Cache-Control')).toBe(false);
    expect(page.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
  });

  it('joins a header two rules set, and lets `! Name` drop it', () => {
    const rules = compileRules(parseHeadersFile('/*\n  Cache-Control: no-cache\n  X-A: 1\n/static/*\n  Cache-Control: max-age=60\n/static/fresh/*\n  ! Cache-Control\n'));
    expect(headersForPath(rules, '/static/a.css')).toEqual([['Cache-Control', 'no-cache, max-age=60'], ['X-A', '1']]);
    expect(headersForPath(rules, '/static/fresh/a.css')).toEqual([['X-A', '1']]);
  });
});
