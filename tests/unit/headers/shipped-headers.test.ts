import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtHeaders } from '../../../src/lib/headers/built-headers.ts';
import { parseCsp } from '../../../src/lib/headers/csp.ts';
import { parseHeadersFile } from '../../../src/lib/headers/headers-file.ts';
import { compileRules, headersForPath } from '../../../src/lib/headers/headers-for-path.ts';

// Every header the site ships, written out. A change here is a change to what every reader's browser
// is told: a new origin in connect-src, a dropped X-Frame-Options, a shorter HSTS must fail this file
// and be reviewed, not slip through a test that looks for one directive.
const template = readFileSync(path.resolve(import.meta.dirname, '../../../public/_headers'), 'utf8');

const csp = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'", "'wasm-unsafe-eval'", '{{inline-script-hashes}}']],
  ['style-src', ["'self'", '{{inline-style-hashes}}']],
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['worker-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
  ['frame-ancestors', ["'none'"]],
];

const permissions =
  'accelerometer=(), autoplay=(), browsing-topics=(), camera=(), display-capture=(), encrypted-media=(), geolocation=(), gyroscope=(), ' +
  'hid=(), idle-detection=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), ' +
  'serial=(), usb=(), xr-spatial-tracking=()';

const siteWide = [
  'Content-Security-Policy',
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: strict-origin-when-cross-origin',
  `Permissions-Policy: ${permissions}`,
  'Cross-Origin-Opener-Policy: same-origin',
  'X-Frame-Options: DENY',
  'Strict-Transport-Security: max-age=31536000',
];
const immutable = ['Cache-Control: public, max-age=31536000, immutable'];

/** Returns a rule's lines as `Name: value` (the CSP by name only: its directives are compared one by one). */
function lines(rule: ReturnType<typeof parseHeadersFile>[number]): string[] {
  return rule.lines.map((line) => (line.kind === 'detach' ? `! ${line.name}` : line.name === 'Content-Security-Policy' ? line.name : `${line.name}: ${line.value}`));
}

describe('public/_headers, the whole of it', () => {
  const rules = parseHeadersFile(template);

  it('has these rules, in this order, with these headers and no others', () => {
    expect(rules.map((rule) => [rule.pattern, lines(rule)])).toEqual([
      ['/*', siteWide],
      ['/_astro/*', immutable],
      ['/pagefind/:variant/:bundle/fragment/*', immutable],
      ['/pagefind/:variant/:bundle/index/*', immutable],
      ['/pagefind/:variant/:bundle/filter/*', immutable],
    ]);
  });

  it('has exactly these Content-Security-Policy directives and sources', () => {
    const line = rules[0]?.lines.find((l) => l.name === 'Content-Security-Policy');
    expect(line?.kind).toBe('set');
    const value = line?.kind === 'set' ? line.value : '';
    expect([...parseCsp(value)]).toEqual(csp);
    // No directive written twice (a browser reads only the first) and nothing after the last.
    expect(value.split(';').map((part) => part.trim().split(/\s+/)[0])).toEqual(csp.map(([name]) => name));
  });
});

describe('dist/_headers as a build writes it', () => {
  const pages = [
    { file: 'zh-hant/index.html', html: '<!DOCTYPE html><html><head><style>.b{}</style></head><body><script type="module" src="/_astro/a.js"></script></body></html>' },
    { file: 'zh-hans/index.html', html: '<!DOCTYPE html><html><head><style>.a{}</style><script type="application/ld+json">{}</script></head><body></body></html>' },
  ];
  const { text } = builtHeaders(template, pages);
  const rules = compileRules(parseHeadersFile(text));

  it('sends every page this exact policy, the style hashes filled in and the script placeholder gone', () => {
    const page = new Map(headersForPath(rules, '/zh-hant/articles/2023-02-24-hunan-trade-secret-demonstration/'));
    expect(page.get('Content-Security-Policy')).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
        // sha256 of ".b{}" and ".a{}" (openssl dgst -sha256 -binary | base64), sorted.
        "style-src 'self' 'sha256-SGcvwxmsOW+7Ls/uk+0Rs2OXWHuIlxlmZtWdVxVc/w8=' 'sha256-zykMelvY9taAHFfnWfsi7Rnifucb0B5GzFq+5ZuppCM='; " +
        "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
  });

  it('sends every page the other security headers, and a hashed bundle the same plus its cache rule', () => {
    const page = headersForPath(rules, '/zh-hans/search/').filter(([name]) => name !== 'Content-Security-Policy');
    expect(page).toEqual([
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ['Permissions-Policy', permissions],
      ['Cross-Origin-Opener-Policy', 'same-origin'],
      ['X-Frame-Options', 'DENY'],
      ['Strict-Transport-Security', 'max-age=31536000'],
    ]);
    const bundle = headersForPath(rules, '/_astro/ScriptSwitch.C6juXFez.js').map(([name]) => name);
    expect(bundle).toEqual(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Cross-Origin-Opener-Policy', 'X-Frame-Options', 'Strict-Transport-Security', 'Cache-Control']);
  });
});
