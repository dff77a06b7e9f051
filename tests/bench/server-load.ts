/**
 * Bench: the self-hosted production server under load on loopback. `npm run serve` (src/server/main.ts)
 * runs in its own process with the local SMTP sink as relay; this process plays 200 visitors browsing
 * pages and 20 reporters, each sending real meldingen (a fresh challenge, solved proof of work at the real
 * difficulty, OpenPGP-encrypted to the region's key) for a bounded time. Reports errors and p50/p99
 * latency per kind. Figures only, no assertions.
 *
 * Only bench setting: MELDING_PER_MINUUT is raised to 100000, because the real cap (30 a minute) would
 * turn most of this load into 429s and measure nothing.
 *
 *   npx node tests/bench/server-load.ts [seconden] [bezoekers] [melders]     (defaults 60, 200, 20)
 *   import { benchServerLast } from './server-load.ts'   (tests: benchServerLast({ seconden: 3 }))
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as openpgp from 'openpgp';
import { losOp } from '../../functions/melding/pow.ts';
import { meldingMime, nieuweCode } from '../../src/melding/tekst.ts';
import { veldenSchema } from '../../src/melding/velden.ts';
import { laadRegio } from '../../src/regio/laad.ts';
import { laadSleutel } from '../../src/regio/sleutel.ts';
import { startSmtpSink } from '../../src/dev/smtp-sink.ts';
import { htmlBestanden } from '../../src/bouw/inline.ts';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

export interface Soort {
  aantal: number;
  fouten: number;
  p50Ms: number;
  p99Ms: number;
}

export interface ServerLast {
  seconden: number;
  bezoekers: number;
  melders: number;
  /** Page views (HTML + its stylesheet), challenges, melding POSTs. */
  pagina: Soort;
  uitdaging: Soort;
  melding: Soort;
  /** Meldingen the relay had received within 30 s after the load stopped, of those acknowledged (202). */
  afgeleverd: number;
  /** First few error descriptions, for reading, not counting. */
  voorbeeldFouten: string[];
}

export interface LastOpties {
  seconden?: number;
  bezoekers?: number;
  melders?: number;
  /** A built site; without it the bench builds de-bilt into a temp folder first. */
  dist?: string;
}

function percentiel(ms: number[], p: number): number {
  if (ms.length === 0) return NaN;
  const s = [...ms].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! * 10) / 10;
}

function paginas(dist: string): string[] {
  return htmlBestanden(dist).map((f) => `/${relative(dist, f).split(sep).join('/')}`.replace(/index\.html$/, ''));
}

export async function benchServerLast(opties: LastOpties = {}): Promise<ServerLast> {
  const seconden = opties.seconden ?? 60;
  const bezoekers = opties.bezoekers ?? 200;
  const melders = opties.melders ?? 20;
  const map = mkdtempSync(join(tmpdir(), 'meldwijzer-last-'));
  let dist = opties.dist;
  if (!dist) {
    dist = join(map, 'dist');
    const r = spawnSync(process.execPath, ['src/cli/build.ts'], { cwd: PROJECT, env: { ...process.env, MELDWIJZER_REGIO: 'de-bilt', MELDWIJZER_DIST: dist }, stdio: 'ignore' });
    if (r.status !== 0) throw new Error('bouwen voor de bench mislukte');
  }
  const sink = await startSmtpSink({ map: join(map, 'post') });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MELDWIJZER_REGIO: 'de-bilt',
    MELDWIJZER_DIST: dist,
    MELDWIJZER_DATA: join(map, 'data'),
    SMTP_URL: sink.url,
    MELDING_POW_SLEUTEL: 'bench-geheim-voor-de-last',
    MELDING_PER_MINUUT: '100000',
    PORT: '0',
  };
  delete env.MELDING_SLEUTEL;
  const sleutel = await openpgp.readKey({ armoredKey: (await laadSleutel(laadRegio('de-bilt'), env)).armored });
  const kind = spawn(process.execPath, ['src/server/main.ts'], { cwd: PROJECT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((ok, fout) => {
    let uit = '';
    const lees = (d: Buffer) => {
      uit += d.toString();
      const m = / op (http:\/\/127\.0\.0\.1:\d+)/.exec(uit);
      if (m) ok(m[1]!);
    };
    kind.stdout!.on('data', lees);
    kind.stderr!.on('data', lees);
    kind.on('exit', () => fout(new Error(`server stopte:\n${uit}`)));
  });
  kind.stdout!.resume();

  const lijst = paginas(dist);
  const css = /href="(\/_astro\/[^"]+\.css)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1];
  const tijden = { pagina: [] as number[], uitdaging: [] as number[], melding: [] as number[] };
  const fouten = { pagina: 0, uitdaging: 0, melding: 0 };
  const voorbeeldFouten: string[] = [];
  let bevestigd = 0;
  const eind = Date.now() + seconden * 1000;

  async function meet<T>(soort: keyof typeof tijden, doe: () => Promise<T>, ok: (t: T) => boolean): Promise<T | undefined> {
    const t0 = performance.now();
    try {
      const r = await doe();
      tijden[soort].push(performance.now() - t0);
      if (!ok(r)) {
        fouten[soort]++;
        if (voorbeeldFouten.length < 5) voorbeeldFouten.push(`${soort}: ${JSON.stringify(r).slice(0, 120)}`);
      }
      return r;
    } catch (e) {
      fouten[soort]++;
      if (voorbeeldFouten.length < 5) voorbeeldFouten.push(`${soort}: ${(e as Error).message}`);
      return undefined;
    }
  }

  async function bezoeker(i: number): Promise<void> {
    let n = i;
    while (Date.now() < eind) {
      const pad = lijst[n++ % lijst.length]!;
      await meet('pagina', async () => {
        const r = await fetch(url + pad);
        await r.arrayBuffer();
        if (css) await (await fetch(url + css)).arrayBuffer();
        return r.status;
      }, (s) => s === 200);
    }
  }

  async function melder(i: number): Promise<void> {
    while (Date.now() < eind) {
      const uitdaging = await meet('uitdaging', async () => {
        const r = await fetch(`${url}/api/uitdaging`);
        return r.ok ? await r.json() : r.status;
      }, (u) => typeof u === 'object');
      if (typeof uitdaging !== 'object') continue;
      const code = nieuweCode();
      const tekst = meldingMime(veldenSchema.parse({ wat: `Bench-melding ${i}: ${'signalen '.repeat(40)}` }), code);
      const versleuteld = await openpgp.encrypt({ message: await openpgp.createMessage({ text: tekst }), encryptionKeys: sleutel, format: 'armored' });
      const body = JSON.stringify({ code, versleuteld, pow: await losOp(uitdaging) });
      const status = await meet('melding', async () => {
        const r = await fetch(`${url}/api/melding`, { method: 'POST', headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' }, body });
        await r.arrayBuffer();
        return r.status;
      }, (s) => s === 202);
      if (status === 202) bevestigd++;
    }
  }

  try {
    await Promise.all([...Array.from({ length: bezoekers }, (_, i) => bezoeker(i)), ...Array.from({ length: melders }, (_, i) => melder(i))]);
    const wachtTot = Date.now() + 30_000;
    while (sink.aantal < bevestigd && Date.now() < wachtTot) await new Promise((r) => setTimeout(r, 100));
    const soort = (k: keyof typeof tijden): Soort => ({ aantal: tijden[k].length, fouten: fouten[k], p50Ms: percentiel(tijden[k], 50), p99Ms: percentiel(tijden[k], 99) });
    return { seconden, bezoekers, melders, pagina: soort('pagina'), uitdaging: soort('uitdaging'), melding: soort('melding'), afgeleverd: sink.aantal, voorbeeldFouten };
  } finally {
    const weg = new Promise((r) => kind.on('exit', r));
    kind.kill('SIGTERM');
    await weg;
    await sink.close();
    rmSync(map, { recursive: true, force: true });
  }
}

export function beschrijf(r: ServerLast): string {
  const regel = (naam: string, s: Soort) => `  ${naam.padEnd(10)} ${String(s.aantal).padStart(7)} verzoeken, ${s.fouten} fouten, p50 ${s.p50Ms} ms, p99 ${s.p99Ms} ms`;
  return [
    `Serverlast (${r.seconden} s, ${r.bezoekers} bezoekers, ${r.melders} melders, loopback):`,
    regel('pagina', r.pagina),
    regel('uitdaging', r.uitdaging),
    regel('melding', r.melding),
    `  afgeleverd bij de relay: ${r.afgeleverd} van ${r.melding.aantal - r.melding.fouten} bevestigde meldingen`,
    ...r.voorbeeldFouten.map((f) => `  fout: ${f}`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [s, b, m] = process.argv.slice(2).map(Number);
  console.log(beschrijf(await benchServerLast({ seconden: s || 60, bezoekers: b || 200, melders: m || 20, dist: process.env.MELDWIJZER_DIST })));
}
