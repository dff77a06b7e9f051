/**
 * Bench: accept latency (p50/p99) and throughput of the melding function over loopback HTTP, spool mode,
 * with the local SMTP sink as stub relay. Requests are prepared first (encryption and proof of work are the
 * browser's cost, not the function's); only the POST → 202 is timed. Also reports how long the spool
 * worker took to hand everything to the relay. Figures only, no assertions.
 *
 *   npx node tests/bench/melding-function.ts [aantal] [gelijktijdig]
 *   import { benchMeldingFunctie } from './melding-function.ts'   (for tests/bench/run.ts)
 */
import { createServer } from 'node:http';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import * as openpgp from 'openpgp';
import { createMeldingApp, type MeldingDeps } from '../../functions/melding/app.ts';
import { losOp } from '../../functions/melding/pow.ts';
import { startSmtpSink } from '../../src/dev/smtp-sink.ts';
import { meldingMime, nieuweCode } from '../../src/melding/tekst.ts';
import { veldenSchema } from '../../src/melding/velden.ts';

export interface MeldingBench {
  aantal: number;
  gelijktijdig: number;
  p50Ms: number;
  p99Ms: number;
  perSeconde: number;
  /** From the first POST until the relay had stored every melding. */
  afgeleverdNaMs: number;
}

function percentiel(gesorteerd: number[], p: number): number {
  return gesorteerd[Math.min(gesorteerd.length - 1, Math.ceil((p / 100) * gesorteerd.length) - 1)]!;
}

export async function benchMeldingFunctie(aantal = 200, gelijktijdig = 8): Promise<MeldingBench> {
  const map = mkdtempSync(join(tmpdir(), 'meldwijzer-bench-'));
  const sink = await startSmtpSink({ map: join(map, 'post') });
  const transport = nodemailer.createTransport({ url: sink.url, pool: true } as Parameters<typeof nodemailer.createTransport>[0]);
  const { publicKey } = await openpgp.generateKey({ type: 'ecc', curve: 'curve25519Legacy', userIDs: [{ name: 'Bench', email: 'af@bench.example' }], format: 'armored' });
  const app = await createMeldingApp({
    sleutel: publicKey,
    transport: transport as unknown as MeldingDeps['transport'],
    spoolMap: join(map, 'spool'),
    aan: 'af@bench.example',
    van: 'noreply@bench.example',
    powGeheim: 'bench',
    powMoeite: 5000,
    perMinuut: aantal + 10,
    log: () => {},
  });
  await app.start();
  const server = createServer(async (req, res) => {
    const delen: Buffer[] = [];
    for await (const d of req) delen.push(d as Buffer);
    const r = await app.handle(
      new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers: { 'content-type': String(req.headers['content-type'] ?? '') }, body: req.method === 'POST' ? Buffer.concat(delen) : null }),
    );
    res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? 'text/plain' });
    res.end(Buffer.from(await r.arrayBuffer()));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const sleutel = await openpgp.readKey({ armoredKey: publicKey });
    const tekst = 'Ik zag iets bij het bedrijf aan de Dorpsstraat. '.repeat(100); // ~5 KB
    const lichamen: string[] = [];
    for (let i = 0; i < aantal; i++) {
      const code = nieuweCode();
      const versleuteld = await openpgp.encrypt({ message: await openpgp.createMessage({ text: meldingMime(veldenSchema.parse({ wat: tekst }), code) }), encryptionKeys: sleutel, format: 'armored' });
      const pow = await losOp(await (await fetch(`${basis}/api/uitdaging`)).json());
      lichamen.push(JSON.stringify({ code, versleuteld, pow }));
    }
    const tijden: number[] = [];
    const start = performance.now();
    let volgende = 0;
    await Promise.all(
      Array.from({ length: gelijktijdig }, async () => {
        while (volgende < lichamen.length) {
          const body = lichamen[volgende++]!;
          const t = performance.now();
          const r = await fetch(`${basis}/api/melding`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
          await r.arrayBuffer();
          if (r.status !== 202) throw new Error(`onverwacht antwoord ${r.status}`);
          tijden.push(performance.now() - t);
        }
      }),
    );
    const duur = performance.now() - start;
    const eind = Date.now() + 60_000;
    while (readdirSync(sink.map).filter((f) => f.endsWith('.eml')).length < aantal && Date.now() < eind) await new Promise((r) => setTimeout(r, 10));
    const afgeleverdNaMs = performance.now() - start;
    tijden.sort((a, b) => a - b);
    return { aantal, gelijktijdig, p50Ms: percentiel(tijden, 50), p99Ms: percentiel(tijden, 99), perSeconde: (aantal / duur) * 1000, afgeleverdNaMs };
  } finally {
    server.close();
    await app.stop();
    transport.close();
    await sink.close();
    rmSync(map, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const [aantal, gelijktijdig] = process.argv.slice(2).map(Number);
  const b = await benchMeldingFunctie(aantal || 200, gelijktijdig || 8);
  console.log(
    `melding-functie (loopback, spool + fsync, stub relay): ${b.aantal} meldingen van ~5 KB, ${b.gelijktijdig} tegelijk\n` +
      `  aanname p50 ${b.p50Ms.toFixed(1)} ms, p99 ${b.p99Ms.toFixed(1)} ms, ${b.perSeconde.toFixed(0)} meldingen/s\n` +
      `  alles afgeleverd bij de relay na ${(b.afgeleverdNaMs / 1000).toFixed(2)} s`,
  );
}
