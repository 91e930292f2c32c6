import { defineConfig } from 'vitest/config';

// Two projects: `unit` tests pure logic in src/lib and scripts (fast, no build);
// `browser` drives the system Chromium against the built `dist/` (run after `astro build`).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One Chromium and one server at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
