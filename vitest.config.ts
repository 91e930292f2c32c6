import { defineConfig } from 'vitest/config';

// `unit` tests pure logic in src/lib and scripts (fast, no build); `build` runs real builds of broken content;
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
          // Real `astro build` runs on broken copies of the content (no browser).
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 300_000,
          fileParallelism: false,
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
