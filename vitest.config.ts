/**
 * Two projects:
 * - `unit`: tests/unit/**, plain Node, no browser, no build. Runs in seconds.
 * - `e2e`: tests/e2e/**, Playwright (Debian Chromium) against a *built* site. The global setup builds every
 *   region (and the shared variants) once per run, at most two at a time, and provides the dist folders
 *   (tests/e2e/harness/global-setup.ts); files run at most two at a time because the machines have two
 *   cores and each file drives the one shared browser. Tests marked concurrent (the every-page test) run at most
 *   `maxConcurrency` at a time per file: MELDWIJZER_E2E_TEGELIJK overrides it for measuring.
 * `npx vitest run --project unit` runs only the fast half. `npm test` runs the two as two vitest processes side
 * by side (src/cli/test.ts), so the unit tests use what the e2e builds leave of the cores.
 * `isolate: false`: a worker runs its files one after another in one process instead of a new process per
 * file (measured: npm test 311 → 254 s; the e2e files alone 265 → 164 s with the builds kept). A file must
 * therefore leave no state behind: close what it opens, restore process.env (tests/unit/server/ingangen.test.ts).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          isolate: false,
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          isolate: false,
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/harness/global-setup.ts'],
          // A file may build an extra variant of a region (~5-30 s) and start Chromium before its first test.
          testTimeout: 60_000,
          hookTimeout: 240_000,
          maxWorkers: 2,
          // Pages at a time in the every-page test (one browser context each). Measured on 2 busy cores.
          maxConcurrency: Number(process.env.MELDWIJZER_E2E_TEGELIJK) || 3,
        },
      },
    ],
  },
});
