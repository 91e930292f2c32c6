/**
 * The budgets a reader's search is held to, checked by `npm run bench`.
 * Milliseconds depend on how busy the machine is, so no test asserts them;
 * the byte budget is deterministic and tests/browser/search.test.ts asserts
 * it too, from this same constant.
 */
import type { SearchMeasurement } from '../measure-search.ts';

/** The most the first search may fetch, gzip: the search page's own scripts plus everything the search loads. */
export const firstSearchBytesBudget = 100 * 1024;

/** One figure of a search measurement against its budget. */
export interface BudgetCheck {
  readonly figure: string;
  readonly unit: 'bytes' | 'ms';
  readonly measured: number;
  /** The most it may be. */
  readonly budget: number;
  /** Where the budget comes from. */
  readonly basis: string;
  readonly within: boolean;
}

interface Budget {
  readonly figure: string;
  readonly unit: 'bytes' | 'ms';
  readonly budget: number;
  readonly basis: string;
  readonly measure: (search: SearchMeasurement) => number;
}

const searchBudgets: readonly Budget[] = [
  {
    figure: 'page scripts + first search, gzip',
    unit: 'bytes',
    budget: firstSearchBytesBudget,
    basis: 'Starlight fetches 89.5 KB; the test asserts this one too',
    measure: (s) => s.firstSearchGzipBytes + s.pageScriptGzipBytes,
  },
  { figure: 'keystroke → results, cold', unit: 'ms', budget: 330, basis: 'Starlight’s first search, 330 ms', measure: (s) => s.coldKeystrokeToResultsMs },
  { figure: 'keystroke → results, warm', unit: 'ms', budget: 100, basis: 'a keystroke answered within 100 ms feels instant', measure: (s) => s.warmKeystrokeToResultsMs },
];

/** Returns each budgeted figure of a search measurement, with its budget and whether it is within it. */
export function checkSearchBudgets(search: SearchMeasurement): BudgetCheck[] {
  return searchBudgets.map(({ measure, ...budget }) => {
    const measured = measure(search);
    return { ...budget, measured, within: measured <= budget.budget };
  });
}
