/**
 * `npm test`: all unit and end-to-end tests (vitest, see vitest.config.ts). Extra arguments go to vitest,
 * e.g. `npm test -- --project unit` or `npm test -- tests/e2e/site`. Exits with vitest's code.
 */
import { spawnSync } from 'node:child_process';
import { vereisNode } from './runtime.ts';

vereisNode();
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const r = spawnSync('vitest', ['run', '--config', 'vitest.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: process.env,
});
if (r.error) {
  console.error(`vitest kon niet starten: ${r.error.message}. Draai eerst \`npm install\`.`);
  process.exit(1);
}
process.exit(r.status ?? 1);
