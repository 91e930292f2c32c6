import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillCspPlaceholders, parseCsp, scriptHashesPlaceholder, sha256Source, styleHashesPlaceholder } from '../../../src/lib/headers/csp.ts';
import { parseHeadersFile } from '../../../src/lib/headers/headers-file.ts';

const shipped = parseHeadersFile(readFileSync(path.resolve(import.meta.dirname, '../../../public/_headers'), 'utf8'));
const siteWide = new Map((shipped.find((rule) => rule.pattern === '/*')?.lines ?? []).flatMap((line) => (line.kind === 'set' ? [[line.name, line.value]] : [])));
const policy = parseCsp(siteWide.get('Content-Security-Policy') ?? '');

/** Returns the sources that apply to a fetch directive, following CSP's fallback to `default-src`. */
function effectiveSources(policy: Map<string, string[]>, directive: 'script-src' | 'style-src' | 'img-src' | 'connect-src' | 'worker-src'): string[] {
  const fallbacks: Record<typeof directive, string[]> = {
    'script-src': ['script-src', 'default-src'],
    'style-src': ['style-src', 'default-src'],
    'img-src': ['img-src', 'default-src'],
    'connect-src': ['connect-src', 'default-src'],
    'worker-src': ['worker-src', 'child-src', 'script-src', 'default-src'],
  };
  for (const name of fallbacks[directive]) {
    const sources = policy.get(name);
    if (sources) return sources;
  }
  return [];
}


describe('the shipped Content-Security-Policy', () => {
  it('runs only the site’s own scripts: no inline script, no eval, but WebAssembly for Pagefind', () => {
    const script = effectiveSources(policy, 'script-src');
    expect(script).toEqual(["'self'", "'wasm-unsafe-eval'", scriptHashesPlaceholder]);
    expect(effectiveSources(policy, 'worker-src')).toEqual(["'self'"]);
  });

  it('allows inline styles only by hash', () => {
    expect(effectiveSources(policy, 'style-src')).toEqual(["'self'", styleHashesPlaceholder]);
  });

  it.each([
    ['default-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
    ['img-src', ["'self'", 'data:']],
  ])('sets %s to %j', (directive, sources) => {
    expect(policy.get(directive)).toEqual(sources);
  });

  it('nowhere allows unsafe-inline, unsafe-eval or a wildcard', () => {
    const everySource = [...policy.values()].flat();
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:']) expect(everySource).not.toContain(unsafe);
  });

  it('comes with nosniff, a referrer policy and a permissions policy that denies device access', () => {
    expect(siteWide.get('X-Content-Type-Options')).toBe('nosniff');
    expect(siteWide.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics']) {
      expect(siteWide.get('Permissions-Policy')).toContain(`${feature}=()`);
    }
  });
});

describe('hash sources', () => {
  it('hash the exact UTF-8 text as browsers do', () => {
    // The hash Chromium prints for an empty inline element.
    expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(sha256Source('p{quotes:"「" "」"}')).not.toBe(sha256Source('p{quotes:"“" "”"}'));
  });

  it('fill the placeholders in sorted order, and vanish without a trace when there are none', () => {
    const template = `script-src 'self' ${scriptHashesPlaceholder}; style-src 'self' ${styleHashesPlaceholder}`;
    expect(fillCspPlaceholders(template, { styles: ["'sha256-b'", "'sha256-a'", "'sha256-b'"], scripts: [] })).toBe(
      "script-src 'self'; style-src 'self' 'sha256-a' 'sha256-b'",
    );
  });
});
