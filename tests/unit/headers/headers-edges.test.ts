import { describe, expect, it } from 'vitest';
import { blockedInlineCode, fillHeadersTemplate } from '../../../src/lib/headers/built-headers.ts';
import { fillCspPlaceholders, parseCsp, sha256Source } from '../../../src/lib/headers/csp.ts';
import { parseHeadersFile } from '../../../src/lib/headers/headers-file.ts';
import { compileRules, headersForPath } from '../../../src/lib/headers/headers-for-path.ts';
import { patternRegExp } from '../../../src/lib/headers/path-pattern.ts';

// The edges of the _headers and CSP code: each case is a mistake a template, a page or a host could make.

describe('reading a Content-Security-Policy', () => {
  it('splits on any run of spaces and tabs, lower-cases names, and keeps the first of a repeated directive', () => {
    expect([...parseCsp("  Default-Src   'self'\t'none' ; script-src 'self';; default-src *; img-src")]).toEqual([
      ['default-src', ["'self'", "'none'"]],
      ['script-src', ["'self'"]],
      ['img-src', []],
    ]);
  });

  it('keeps the first directive even when the repeat is written in other case', () => {
    expect(parseCsp("SCRIPT-SRC 'none'; script-src *").get('script-src')).toEqual(["'none'"]);
  });
});

describe('hash sources', () => {
  it('hash the text as UTF-8, as browsers do (sha256 of 「 written out)', () => {
    // printf '「' | openssl dgst -sha256 -binary | base64
    expect(sha256Source('「')).toBe("'sha256-smnkoJFL3aWE04uueX3pvZAcpMFQA0Jmo+Txsi493X4='");
  });
});

describe('filling the placeholders', () => {
  it('writes the hashes with one space between them and none before a semicolon', () => {
    const value = "script-src 'self' {{inline-script-hashes}} ; style-src 'self'   {{inline-style-hashes}}\t;  img-src 'self'  ";
    expect(fillCspPlaceholders(value, { styles: ["'sha256-s2'", "'sha256-s1'"], scripts: ["'sha256-j'"] })).toBe(
      "script-src 'self' 'sha256-j'; style-src 'self' 'sha256-s1' 'sha256-s2'; img-src 'self'",
    );
  });

  it('fills every placeholder of a line', () => {
    expect(fillCspPlaceholders('a {{inline-style-hashes}}; b {{inline-style-hashes}}', { styles: ["'x'"], scripts: [] })).toBe("a 'x'; b 'x'");
  });
});

describe('filling a _headers template', () => {
  const template = "# {{inline-style-hashes}} stays in a comment\n/*\n  Content-Security-Policy: style-src 'self' {{inline-style-hashes}}; script-src 'self' {{inline-script-hashes}}\n  X-Frame-Options: DENY\n";

  it('fills the CSP line and keeps comments and other lines as written', () => {
    expect(fillHeadersTemplate(template, ["'sha256-a'"], ["'sha256-b'"])).toBe(
      "# {{inline-style-hashes}} stays in a comment\n/*\n  Content-Security-Policy: style-src 'self' 'sha256-a'; script-src 'self' 'sha256-b'\n  X-Frame-Options: DENY\n",
    );
  });

  it('fills a report-only policy too, and a header name in any case', () => {
    const reportOnly = "/*\n  content-security-policy-report-only: style-src {{inline-style-hashes}}\n";
    expect(fillHeadersTemplate(reportOnly, ["'sha256-a'"], [])).toBe("/*\n  content-security-policy-report-only: style-src 'sha256-a'\n");
  });

  it('refuses a placeholder in any other header, naming it', () => {
    expect(() => fillHeadersTemplate('/*\n  X-Hashes: {{inline-script-hashes}}\n', [], [])).toThrow(
      'public/_headers: the hash placeholders belong in a Content-Security-Policy header, not in "X-Hashes".',
    );
  });

  it('refuses script hashes when no script-src has their placeholder, with the count', () => {
    const styleOnly = "/*\n  Content-Security-Policy: style-src {{inline-style-hashes}}; script-src 'self'\n";
    expect(() => fillHeadersTemplate(styleOnly, [], ["'sha256-b'", "'sha256-c'"])).toThrow(
      'public/_headers: the built pages have 2 inline <script> elements, but no Content-Security-Policy has {{inline-script-hashes}} in its script-src. Add it there so their hashes are allowed.',
    );
  });

  it('refuses a placeholder standing in the wrong directive', () => {
    const swapped = '/*\n  Content-Security-Policy: style-src {{inline-script-hashes}}; script-src {{inline-style-hashes}}\n';
    expect(() => fillHeadersTemplate(swapped, ["'sha256-a'"], [])).toThrow(/1 inline <style> elements, but no Content-Security-Policy has \{\{inline-style-hashes\}\} in its style-src/);
    expect(() => fillHeadersTemplate(swapped, [], ["'sha256-a'"])).toThrow(/1 inline <script> elements/);
  });

  it('accepts a template with no placeholders when there is nothing to hash', () => {
    expect(fillHeadersTemplate("/*\n  Content-Security-Policy: default-src 'self'\n", [], [])).toBe("/*\n  Content-Security-Policy: default-src 'self'\n");
  });

  it('names dist/_headers when the filled file no longer reads as a _headers file', () => {
    expect(() => fillHeadersTemplate('/*\n  Content-Security-Policy: {{inline-style-hashes}}\n', [], [])).toThrow(
      'dist/_headers:2: the header "Content-Security-Policy" has no value.',
    );
  });
});

describe('what the gate says about a page', () => {
  it('quotes a long piece of inline code to its first 60 characters, its spaces folded', () => {
    const code = `go(${'x'.repeat(70)})`;
    expect(blockedInlineCode([{ file: 'a.html', html: `<script>\n  ${code}\n</script>` }])).toEqual([
      `a.html: an inline <script> «go(${'x'.repeat(57)}…». Move it into a component <script> (Astro bundles it into /_astro/) or a file loaded with src; do not use is:inline.`,
    ]);
    expect(blockedInlineCode([{ file: 'b.html', html: `<p style="a:  b;\n\n c: d">x</p>` }])).toEqual([
      'b.html: <p style="a: b; c: d">. Give the element a class and put the rule in the stylesheet.',
    ]);
    const sixty = 'y'.repeat(60);
    expect(blockedInlineCode([{ file: 'c.html', html: `<script>${sixty}</script>` }])[0]).toContain(`«${sixty}»`);
  });

  it('lets inline scripts through when told to hash them, and still refuses handlers', () => {
    expect(blockedInlineCode([{ file: 'a.html', html: '<script>go()</script><p onclick="go()">x</p>' }], { inlineScripts: 'hash' })).toEqual([
      'a.html: <p onclick="go()">. Attach the handler with addEventListener in a bundled script.',
    ]);
  });
});

describe('reading a _headers file: more mistakes, each named with its line', () => {
  it.each([
    ['a detach of no header name', '/*\n  ! Bad Name\n', '_headers:2: "Bad Name" is not a header name.'],
    ['a header name with a space', '/*\n  Bad Name: x\n', '_headers:2: "Bad Name" is not a header name.'],
    ['a line that starts with a colon', '/*\n  : x\n', '_headers:2: ": x" is not a header: write it as "Name: value".'],
    ['a path pattern on another scheme', 'ftp://host/*\n', '_headers:1: "ftp://host/*" is not a path pattern: start it with "/" (or indent it if it is a header).'],
    ['a pattern that only holds https:// somewhere', 'see https://host/*\n', '_headers:1: "see https://host/*" is not a path pattern: start it with "/" (or indent it if it is a header).'],
  ])('%s', (_name, text, message) => {
    expect(() => parseHeadersFile(text)).toThrow(message);
  });

  it('reads absolute patterns on http and https, and CRLF line ends', () => {
    expect(parseHeadersFile('http://a.example/*\r\n  X-A: 1\r\nhttps://b.example/x\r\n  X-B: 2\r\n').map((rule) => [rule.pattern, rule.line, rule.lines])).toEqual([
      ['http://a.example/*', 1, [{ kind: 'set', name: 'X-A', value: '1' }]],
      ['https://b.example/x', 3, [{ kind: 'set', name: 'X-B', value: '2' }]],
    ]);
  });
});

describe('matching paths: absolute patterns and placeholders', () => {
  it.each([
    ['http://news.example.org/feeds/*', '/feeds/a.xml', true],
    ['https://news.example.org', '/', true],
    ['https://news.example.org', '/a', false],
    ['/mirror/https://x.example/*', '/mirror/https://x.example/a', true],
    ['/mirror/https://x.example/*', '/a', false],
    ['/a/:/b', '/a/:/b', true],
    ['/a/:/b', '/a/x/b', false],
  ])('%s matches %s: %s', (pattern, urlPath, expected) => {
    expect(patternRegExp(pattern).test(urlPath)).toBe(expected);
  });

  it('joins and detaches headers whatever the case of their names, keeping the first spelling', () => {
    const rules = compileRules(parseHeadersFile('/*\n  cache-control: no-cache\n/static/*\n  Cache-Control: max-age=60\n/static/fresh/*\n  ! CACHE-CONTROL\n'));
    expect(headersForPath(rules, '/static/a.css')).toEqual([['cache-control', 'no-cache, max-age=60']]);
    expect(headersForPath(rules, '/static/fresh/a.css')).toEqual([]);
  });
});

describe('more edges the mutants showed', () => {
  it('leaves an indented comment that looks like a header alone, placeholder and all', () => {
    const template = "/*\n  #note: {{inline-style-hashes}} is filled below\n  Content-Security-Policy: style-src {{inline-style-hashes}}\n";
    expect(fillHeadersTemplate(template, ["'sha256-a'"], [])).toBe("/*\n  #note: {{inline-style-hashes}} is filled below\n  Content-Security-Policy: style-src 'sha256-a'\n");
  });

  it('fills a header written with no space after its colon', () => {
    expect(fillHeadersTemplate('/*\n  Content-Security-Policy:style-src {{inline-style-hashes}}\n', ["'sha256-a'"], [])).toBe(
      "/*\n  Content-Security-Policy: style-src 'sha256-a'\n",
    );
  });

  it('joins several script hashes with single spaces, and closes up spaces before a semicolon', () => {
    expect(fillCspPlaceholders("script-src 'self' {{inline-script-hashes}};  img-src 'self'  ; x", { styles: [], scripts: ["'b'", "'a'"] })).toBe(
      "script-src 'self' 'a' 'b'; img-src 'self'; x",
    );
  });

  it('reads a header name with spaces before its colon', () => {
    expect(parseHeadersFile('/*\n  X-A : 1\n')[0]?.lines).toEqual([{ kind: 'set', name: 'X-A', value: '1' }]);
  });

  it('takes a lone : in a pattern as itself', () => {
    expect(patternRegExp('/a*:').test('/ab:')).toBe(true);
    expect(patternRegExp('/a*:').test('/abc')).toBe(false);
  });
});
