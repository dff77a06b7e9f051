/**
 * `npm test`: the type check (tsc), then all unit and end-to-end tests (vitest, see vitest.config.ts). Extra arguments go to vitest,
 * e.g. `npm test -- --project unit` or `npm test -- tests/e2e/site`. Exits with vitest's code.
 *
 * The e2e tests need a few Debian programs. When one is missing and we run as root on Debian (a fresh CI
 * machine), they are installed first, as README promises; otherwise we say what to install and go on, so
 * the unit tests still run and the e2e tests fail with a clear cause.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { vereisNode } from './runtime.ts';

vereisNode();
process.env.ASTRO_TELEMETRY_DISABLED = '1';

/** Program the tests call → Debian package that provides it. */
const NODIG: [string, string][] = [
  ['chromium', 'chromium'],
  ['zbarimg', 'zbar-tools'],
  ['pdftoppm', 'poppler-utils'],
  ['gpg', 'gnupg'],
  ['java', 'default-jre-headless'], // Nu Html Checker (vnu-jar)
];

const heeft = (prog: string) => spawnSync('sh', ['-c', `command -v ${prog}`], { stdio: 'ignore' }).status === 0;

function zorgVoorProgrammas(): void {
  const ontbreekt = NODIG.filter(([prog]) => !heeft(prog)).map(([, pakket]) => pakket);
  if (!ontbreekt.length) return;
  const root = process.getuid?.() === 0;
  if (!root || !existsSync('/etc/debian_version')) {
    console.warn(`Let op: de e2e-tests hebben deze Debian-pakketten nodig: ${ontbreekt.join(' ')}\n` +
      `Installeer ze met: sudo apt-get install -y ${ontbreekt.join(' ')}`);
    return;
  }
  console.log(`Installeren: ${ontbreekt.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', ...ontbreekt]]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) {
      console.error(`apt-get ${args[0]} faalde (code ${r.status}); de e2e-tests zullen falen.`);
      return;
    }
  }
}

zorgVoorProgrammas();

// Types first (a few seconds): a type error is a bug the tests may not reach. `astro sync` writes the
// content-collection types (.astro/) that a fresh clone does not have yet.
const sync = spawnSync('astro', ['sync'], { stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
const typen = sync.status === 0 ? spawnSync('tsc', ['--noEmit', '-p', '.'], { stdio: 'inherit', env: process.env }) : sync;
if (typen.status !== 0) {
  console.error('Typecontrole (tsc) faalde; zie hierboven.');
  process.exit(typen.status ?? 1);
}

const r = spawnSync('vitest', ['run', '--config', 'vitest.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: process.env,
});
if (r.error) {
  console.error(`vitest kon niet starten: ${r.error.message}. Draai eerst \`npm install\`.`);
  process.exit(1);
}
process.exit(r.status ?? 1);
