/**
 * `npm test`: the type check (tsc) and all unit and end-to-end tests (vitest, see vitest.config.ts), side by
 * side. Extra arguments go to one vitest run, e.g. `npm test -- --project unit` or `npm test -- tests/e2e/site`.
 * Exits non-zero when the type check or any test fails.
 *
 * The e2e tests need a few Debian programs. When one is missing and we run as root on Debian (a fresh CI
 * machine), they are installed first, as README promises; otherwise we say what to install and go on, so
 * the unit tests still run and the e2e tests fail with a clear cause.
 */
import { spawn, spawnSync } from 'node:child_process';
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
  ['exiftool', 'libimage-exiftool-perl'], // tags test photos and checks the cleaned ones
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

// `astro sync` writes the content-collection types (.astro/) that a fresh clone does not have yet; the
// type check needs them and the builds would write them too, so it runs alone, first.
const sync = spawnSync('astro', ['sync'], { stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
if (sync.status !== 0) {
  console.error('astro sync faalde; zie hierboven.');
  process.exit(sync.status ?? 1);
}

interface Uitkomst { naam: string; code: number; uitvoer: string }

/** Runs a program; `live` shows its output as it comes, otherwise it is kept for afterwards. */
function draai(naam: string, cmd: string, args: string[], live: boolean): Promise<Uitkomst> {
  return new Promise((klaar) => {
    const kind = spawn(cmd, args, { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: process.env });
    let uitvoer = '';
    kind.stdout?.on('data', (d: Buffer) => (uitvoer += d));
    kind.stderr?.on('data', (d: Buffer) => (uitvoer += d));
    kind.on('error', (e) => klaar({ naam, code: 1, uitvoer: `${naam} kon niet starten: ${e.message}. Draai eerst \`npm install\`.\n` }));
    kind.on('close', (code) => klaar({ naam, code: code ?? 1, uitvoer }));
  });
}

const vitest = (...args: string[]) => ['run', '--config', 'vitest.config.ts', ...args];
const extra = process.argv.slice(2);
const typen = draai('tsc', 'tsc', ['--noEmit', '-p', '.'], false);

// With extra arguments (a project, a file) one vitest runs them. Without, the unit tests run in a process of
// their own beside the e2e project, whose global setup keeps the cores busy with builds for about a minute
// but leaves gaps the unit tests (mostly waiting on child processes and sockets) fill: one after the other
// they added ~45 s to the run. Their output and the type check's follow the e2e output.
const uitkomsten = await Promise.all([
  typen,
  ...(extra.length
    ? [draai('vitest', 'vitest', vitest(...extra), true)]
    : [draai('unit', 'vitest', vitest('--project', 'unit'), false), draai('e2e', 'vitest', vitest('--project', 'e2e'), true)]),
]);

for (const u of uitkomsten.filter((x) => x.uitvoer)) {
  console.log(`\n== ${u.naam === 'tsc' ? 'Typecontrole (tsc)' : `vitest --project ${u.naam}`} ==\n${u.uitvoer.trimEnd()}`);
}
const mislukt = uitkomsten.filter((u) => u.code !== 0);
if (mislukt.length) console.error(`\nMislukt: ${mislukt.map((u) => (u.naam === 'tsc' ? 'typecontrole (tsc)' : u.naam)).join(', ')}.`);
process.exit(mislukt[0]?.code ?? 0);
