import { describe, expect, it } from 'vitest';
import { checkSearchBudgets, firstSearchBytesBudget } from '../../../scripts/bench/budgets.ts';
import type { SearchMeasurement } from '../../../scripts/measure-search.ts';

// `npm run bench` marks each search figure against its budget. These tests give the marking
// function fixed figures (no clock is read) and check which it marks: none of the
// milliseconds of a real run is asserted anywhere in the tests.
const measured = (change: Partial<SearchMeasurement>): SearchMeasurement => ({
  pagePath: '/zh-hant/search/',
  query: '长沙经开区',
  results: 4,
  pageScripts: [],
  pageScriptGzipBytes: 1_000,
  requestsBeforeSearching: [],
  firstSearchRequests: [],
  firstSearchGzipBytes: 84_000,
  coldKeystrokeToResultsMs: 128,
  warmKeystrokeToResultsMs: 6,
  ...change,
});

describe('the search budgets of the bench', () => {
  it('passes a search within every budget, adding the page scripts to the first search', () => {
    expect(checkSearchBudgets(measured({})).map(({ figure, measured: value, budget, within }) => [figure, value, budget, within])).toEqual([
      ['page scripts + first search, gzip', 85_000, firstSearchBytesBudget, true],
      ['keystroke → results, cold', 128, 330, true],
      ['keystroke → results, warm', 6, 100, true],
    ]);
  });

  it('fails each figure over its budget, and only that one', () => {
    const over = (change: Partial<SearchMeasurement>) => checkSearchBudgets(measured(change)).filter((c) => !c.within).map((c) => c.figure);
    expect(over({ warmKeystrokeToResultsMs: 192 })).toEqual(['keystroke → results, warm']);
    expect(over({ coldKeystrokeToResultsMs: 331 })).toEqual(['keystroke → results, cold']);
    expect(over({ firstSearchGzipBytes: firstSearchBytesBudget })).toEqual(['page scripts + first search, gzip']);
    expect(over({ warmKeystrokeToResultsMs: 100 })).toEqual([]);
  });
});
