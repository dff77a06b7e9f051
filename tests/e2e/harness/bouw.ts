/**
 * Builds of a region for the e2e tests.
 *
 * The global setup (global-setup.ts) builds every region and the variants in VOORAF_VARIANTEN once per run,
 * at most two at a time (a build keeps a core busy and the machines have two), before the first test file
 * starts. It hands the result to the test files (separate worker processes) through vitest's
 * provide/inject as `bouwen`: build key → dist folder or the build's error.
 *
 * bouwRegio(id, env) returns that prebuilt folder. A variant that was not prebuilt (e.g. a build that
 * encrypts to a key the test file generated) is built in the asking worker, one at a time per worker: with
 * vitest's two e2e workers that keeps the whole run at two builds at a time, without any lock between
 * processes.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

export const PROJECT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

export type BouwEnv = Record<string, string>;

/** What the global setup provides per build key: the dist folder, or the error message with the log tail. */
export type BouwUitkomst = { dist: string } | { fout: string };

declare module 'vitest' {
  export interface ProvidedContext {
    /** Build key (bouwSleutel) → outcome, for every build the global setup made. */
    bouwen: Record<string, BouwUitkomst>;
    /** The run folder the builds are in; variants built later go there too. */
    bouwMap: string;
  }
}

/**
 * Build variants the global setup makes besides every region's default build, because several files use
 * them. Add a variant here when more than one file needs it; a one-off can just call bouwRegio.
 */
/** Inside the October 2027 campaign window; Dutch (where the banner shows) and English (where it must not). */
export const IN_VENSTER: BouwEnv = { MELDWIJZER_VANDAAG: '2027-10-10', MELDWIJZER_TALEN: 'nl,en' };
/** After that window (the campaign is Dutch only, so Dutch only). */
export const NA_VENSTER: BouwEnv = { MELDWIJZER_VANDAAG: '2027-11-20', MELDWIJZER_TALEN: 'nl' };
/** de-bilt encrypting to a test key, in the languages the form tests use (a variant builds in ~5 s, not ~13). */
export const sleutelBouw = (publiekPad: string): BouwEnv => ({ MELDING_SLEUTEL: publiekPad, MELDWIJZER_TALEN: 'nl,pl,ar' });

export const VOORAF_VARIANTEN: [string, BouwEnv][] = [
  ['de-bilt', IN_VENSTER],
  ['de-bilt', NA_VENSTER],
];

/** Region ids with a profile in content/regios/, sorted. */
export function regioIds(): string[] {
  return readdirSync(join(PROJECT, 'content/regios'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** A folder name for (id, env): the same build always gets the same key, whatever the order of env. */
export function bouwSleutel(id: string, env: BouwEnv = {}): string {
  const tekst = JSON.stringify([id, Object.entries(env).sort(([a], [b]) => a.localeCompare(b))]);
  const hash = createHash('sha256').update(tekst).digest('hex').slice(0, 10);
  return `${id.replace(/[^a-z0-9-]/gi, '_')}-${hash}`;
}

/**
 * Runs `npm run build` for region `id` into `<map>/dist`, with the build's output in `<map>/bouw.log`.
 * A failed build rejects with its log tail, so the test that needed it shows why.
 */
export function draaiBouw(map: string, id: string, env: BouwEnv = {}): Promise<string> {
  mkdirSync(map, { recursive: true });
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
        if (code === 0) return klaar(dist);
        const staart = readFileSync(log, 'utf8').split('\n').slice(-60).join('\n');
        mis(new Error(`npm run build voor regio "${id}" ${JSON.stringify(env)} faalde (code ${code}):\n${staart}`));
      });
    });
  });
}

/**
 * The provided context, or undefined outside a vitest worker (e.g. `npm run bench` imports the harness):
 * vitest's inject throws there.
 */
function gegeven(): { bouwen: Record<string, BouwUitkomst>; bouwMap: string } | undefined {
  try {
    const bouwen = inject('bouwen');
    const bouwMap = inject('bouwMap');
    return bouwen && bouwMap ? { bouwen, bouwMap } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where builds of this process go: the run folder; outside vitest MELDWIJZER_E2E_MAP, made on first use
 * (`npm run bench` removes it afterwards).
 */
function bouwMapHier(): string {
  const g = gegeven();
  if (g) return g.bouwMap;
  process.env.MELDWIJZER_E2E_MAP ??= mkdtempSync(join(tmpdir(), 'meldwijzer-e2e-'));
  return process.env.MELDWIJZER_E2E_MAP;
}

const inDitProces = new Map<string, Promise<string>>();
let rij: Promise<unknown> = Promise.resolve();

/**
 * The dist folder of region `id` built with extra build env (e.g. { MELDWIJZER_VANDAAG: '2027-10-10' }).
 * Prebuilt ones come from the global setup (a failed prebuild throws its log tail in every file that asks);
 * anything else is built here once per worker, one build at a time. Builds cost ~20-60 s: share variants.
 */
export function bouwRegio(id: string, env: BouwEnv = {}): Promise<string> {
  const k = bouwSleutel(id, env);
  const vooraf = gegeven()?.bouwen[k];
  if (vooraf) return 'dist' in vooraf ? Promise.resolve(vooraf.dist) : Promise.reject(new Error(vooraf.fout));
  let p = inDitProces.get(k);
  if (!p) {
    // The pid keeps two workers that both need an unlisted variant out of each other's folder.
    const map = join(bouwMapHier(), `${k}-p${process.pid}`);
    p = rij.then(() => draaiBouw(map, id, env));
    rij = p.catch(() => undefined);
    inDitProces.set(k, p);
  }
  return p;
}
