/**
 * Builds a region once per test run and shares the result between test files (which run in separate
 * worker processes). Coordination is through the file system of one run folder (MELDWIJZER_E2E_MAP):
 * - `<id>-<hash>/` is claimed with an atomic mkdir by the first process that needs that build; the others
 *   wait for its `klaar` or `fout` marker.
 * - `slot-0`, `slot-1` cap concurrent builds at two, because a build keeps a core busy and the machines
 *   have two.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const MAX_BOUWEN = 2;
const WACHT_MS = 250;
const MAX_WACHT_MS = 15 * 60_000;

/** The run folder; created on first use when no global setup made one (e.g. under `npm run bench`). */
export function runMap(): string {
  if (!process.env.MELDWIJZER_E2E_MAP) {
    process.env.MELDWIJZER_E2E_MAP = mkdtempSync(join(tmpdir(), 'meldwijzer-e2e-'));
  }
  mkdirSync(process.env.MELDWIJZER_E2E_MAP, { recursive: true });
  return process.env.MELDWIJZER_E2E_MAP;
}

/** Region ids with a profile in content/regios/, sorted. */
export function regioIds(): string[] {
  return readdirSync(join(PROJECT, 'content/regios'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

const slaap = (ms: number) => new Promise((r) => setTimeout(r, ms));

function sleutel(id: string, env: Record<string, string>): string {
  const tekst = JSON.stringify([id, Object.entries(env).sort(([a], [b]) => a.localeCompare(b))]);
  const hash = createHash('sha256').update(tekst).digest('hex').slice(0, 10);
  return `${id.replace(/[^a-z0-9-]/gi, '_')}-${hash}`;
}

async function wachtOpMarker(map: string): Promise<string> {
  for (let gewacht = 0; gewacht < MAX_WACHT_MS; gewacht += WACHT_MS) {
    if (existsSync(join(map, 'klaar'))) return join(map, 'dist');
    if (existsSync(join(map, 'fout'))) throw new Error(readFileSync(join(map, 'fout'), 'utf8'));
    await slaap(WACHT_MS);
  }
  throw new Error(`Bouw in ${map} niet klaar na ${MAX_WACHT_MS / 60_000} minuten.`);
}

async function pakSlot(run: string): Promise<string> {
  for (let gewacht = 0; gewacht < MAX_WACHT_MS; gewacht += WACHT_MS) {
    for (let i = 0; i < MAX_BOUWEN; i++) {
      const slot = join(run, `slot-${i}`);
      try {
        mkdirSync(slot);
        return slot;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e; // EEXIST: taken, try the next one
      }
    }
    await slaap(WACHT_MS);
  }
  throw new Error('Geen bouwplek vrij gekomen.');
}

function draaiBouw(map: string, id: string, env: Record<string, string>): Promise<void> {
  const dist = join(map, 'dist');
  const log = join(map, 'bouw.log');
  return new Promise((klaar, mis) => {
    const uit = createWriteStream(log);
    const kind = spawn('npm', ['run', 'build'], {
      cwd: PROJECT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env, MELDWIJZER_REGIO: id, MELDWIJZER_DIST: dist },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    kind.stdout.pipe(uit, { end: false });
    kind.stderr.pipe(uit, { end: false });
    kind.on('error', mis);
    kind.on('close', (code) => {
      uit.end(() => {
        if (code === 0) return klaar();
        const staart = readFileSync(log, 'utf8').split('\n').slice(-60).join('\n');
        mis(new Error(`npm run build voor regio "${id}" ${JSON.stringify(env)} faalde (code ${code}):\n${staart}`));
      });
    });
  });
}

const inDitProces = new Map<string, Promise<string>>();

/**
 * Builds region `id` (with extra build env such as MELDWIJZER_VANDAAG) and returns its dist folder.
 * The same (id, env) is built once per run, whichever file asks first; a failed build throws its log tail
 * in every file that asks for it.
 */
export function bouwRegio(id: string, env: Record<string, string> = {}): Promise<string> {
  const k = sleutel(id, env);
  let p = inDitProces.get(k);
  if (!p) {
    p = bouwEenmaal(k, id, env);
    inDitProces.set(k, p);
  }
  return p;
}

async function bouwEenmaal(k: string, id: string, env: Record<string, string>): Promise<string> {
  const run = runMap();
  const map = join(run, k);
  try {
    mkdirSync(map);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return wachtOpMarker(map); // another process builds (or built) it
  }
  const slot = await pakSlot(run);
  try {
    await draaiBouw(map, id, env);
    writeFileSync(join(map, 'klaar'), '');
    return join(map, 'dist');
  } catch (e) {
    writeFileSync(join(map, 'fout'), (e as Error).message);
    throw e;
  } finally {
    rmdirSync(slot);
  }
}
