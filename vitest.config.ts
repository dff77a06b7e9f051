/**
 * Two projects:
 * - `unit`: tests/unit/**, plain Node, no browser, no build. Runs in seconds.
 * - `e2e`: tests/e2e/**, Playwright (Debian Chromium) against a *built* site. The global setup builds every
 *   region once per run (see tests/e2e/harness.ts); files run at most two at a time because the machines
 *   have two cores and each file owns a browser.
 * `npx vitest run --project unit` runs only the fast half.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/harness/global-setup.ts'],
          // A file may build an extra variant of a region (~5-30 s) and start Chromium before its first test.
          testTimeout: 60_000,
          hookTimeout: 240_000,
          maxWorkers: 2,
        },
      },
    ],
  },
});
