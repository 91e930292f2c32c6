import { defineConfig } from 'vitest/config';

// The unit suite alone, for `npm run mutation` (StrykerJS): mutants are judged by the fast pure-logic tests;
// the build and browser projects need a real build per mutant and would take days.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
