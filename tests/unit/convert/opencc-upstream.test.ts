import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { convertText } from '../../../src/lib/convert/converter.ts';
import { getVariant } from '../../../src/lib/site/variants.ts';

// OpenCC's own test cases are the contract for the converter we ship. s2tw and
// tw2s go through our `convertText` (the site's pairs); s2t and t2s, which the
// site does not use, go straight to opencc-js.
interface UpstreamCase {
  id: string;
  input: string;
  expected: Record<string, string>;
}

const fixture = new URL('./fixtures/opencc-testcases.json', import.meta.url);
// Upstream's file has a trailing comma (accepted by OpenCC's own JSONC reader).
const upstream = JSON.parse(readFileSync(fixture, 'utf8').replace(/,(\s*[}\]])/g, '$1')) as { cases: UpstreamCase[] };

const hant = getVariant('hant');
const hans = getVariant('hans');
const s2t = OpenCC.Converter({ from: 'cn', to: 't' });
const t2s = OpenCC.Converter({ from: 't', to: 'cn' });

const configs: Record<string, (input: string) => string> = {
  s2tw: (input) => convertText(input, { from: 'hans', to: hant }),
  tw2s: (input) => convertText(input, { from: 'hant', to: hans }),
  s2t,
  t2s,
};

/**
 * Cases opencc-js fails, with why. opencc-js leaves out OpenCC's
 * TSCharactersExt dictionary (upstream flags it `may_output_tofu`: its
 * Simplified targets are Extension B–H characters most fonts lack), so the
 * three t2s cases needing one of its mappings keep the Traditional character.
 * Each entry names that character and the Ext character upstream expects.
 */
const knownFailures = new Map<string, { kept: string; upstream: string; reason: string }>([
  [
    'BYVoid_OpenCC_PR_1228_existing_behaviors:t2s',
    { kept: '殢', upstream: '𣨼', reason: 'TSCharactersExt 殢→𣨼 (U+238FC) is not bundled' },
  ],
  [
    'BYVoid_OpenCC_PR_1229_existing_behaviors:t2s',
    { kept: '圞', upstream: '𪢮', reason: 'TSCharactersExt 圞→𪢮 (U+2A8AE) is not bundled' },
  ],
  [
    'BYVoid_OpenCC_PR_464_xi_vs_xi:t2s',
    { kept: '樠', upstream: '𣗊', reason: 'TSCharactersExt 樠→𣗊 (U+235CA) is not bundled' },
  ],
]);

const runs = upstream.cases.flatMap((testCase) =>
  Object.entries(testCase.expected)
    .filter(([config]) => config in configs)
    .map(([config, expected]) => ({ key: `${testCase.id}:${config}`, config, input: testCase.input, expected })),
);

describe('OpenCC upstream test cases (s2tw, tw2s, s2t, t2s)', () => {
  it('covers every config we use, and the known-failure list names only cases that exist', () => {
    for (const config of Object.keys(configs)) {
      expect(runs.some((run) => run.config === config), `${config} has cases`).toBe(true);
    }
    const keys = new Set(runs.map((run) => run.key));
    for (const key of knownFailures.keys()) expect(keys, key).toContain(key);
  });

  it('has no quotation marks our quote styling would change, so s2tw/tw2s compare like for like', () => {
    const marks = new Set([...Object.keys(hant.quotes), ...Object.keys(hans.quotes)]);
    for (const run of runs) expect([...run.input].filter((c) => marks.has(c)), run.key).toEqual([]);
  });

  const passing = runs.filter((run) => !knownFailures.has(run.key));
  const failing = runs.filter((run) => knownFailures.has(run.key));

  it.for(passing)('$key', ({ config, input, expected }) => {
    expect(configs[config]?.(input)).toBe(expected);
  });

  // These fail on purpose; if one starts passing (opencc-js bundles the
  // dictionary, or upstream changes the case), remove it from the list.
  it.for(failing)('$key is still a known failure, for the stated reason', ({ key, config, input, expected }) => {
    const known = knownFailures.get(key);
    const actual = configs[config]?.(input) ?? '';
    expect(actual, `${key} now passes: remove it from knownFailures`).not.toBe(expected);
    expect(actual).toContain(known?.kept);
    expect(actual.replaceAll(known?.kept ?? '', known?.upstream ?? ''), known?.reason).toBe(expected);
  });
});
