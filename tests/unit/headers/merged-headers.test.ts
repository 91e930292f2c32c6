import { describe, expect, it } from 'vitest';
import { hashSourcesOf, mergedHeaders } from '../../../src/lib/headers/merged-headers.ts';

const template = `# site headers
/*
  Content-Security-Policy: default-src 'self'; script-src 'self' {{inline-script-hashes}}; style-src 'self' {{inline-style-hashes}}
  X-Content-Type-Options: nosniff
`;
const part = (styles: string) => `# site headers
/*
  Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self' ${styles}
  X-Content-Type-Options: nosniff
`;

describe('the _headers of parts, merged', () => {
  it('reads the hash sources of style-src and script-src', () => {
    expect(hashSourcesOf(part("'sha256-BBB=' 'sha256-AAA='"), 'a/_headers')).toEqual({ styles: ["'sha256-BBB='", "'sha256-AAA='"], scripts: [] });
  });

  it('fills the template with every part\'s hashes, once each and sorted, as one build of every page would', () => {
    expect(
      mergedHeaders(template, [
        { file: 'a/_headers', text: part("'sha256-CCC=' 'sha256-AAA='") },
        { file: 'b/_headers', text: part("'sha256-AAA=' 'sha256-BBB='") },
      ]),
    ).toBe(`# site headers
/*
  Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self' 'sha256-AAA=' 'sha256-BBB=' 'sha256-CCC='
  X-Content-Type-Options: nosniff
`);
  });

  it('names the part whose _headers cannot be read', () => {
    expect(() => mergedHeaders(template, [{ file: 'b/_headers', text: 'not a rule\n' }])).toThrow('b/_headers:1: "not a rule" is not a path pattern');
  });
});
