/**
 * The shared melding suite (ingangen.ts) against both entries, in this process:
 * - self-hosted: startServer + meldingAppUitOmgeving, over HTTP on 127.0.0.1 (spool, worker);
 * - Netlify: the default export of functions/melding/melding.ts called with a web Request, as Netlify's
 *   Functions v2 runtime calls it (documented signature `(req: Request) => Response`).
 * tests/e2e/server/netlify-cli.test.ts runs the same suite through netlify-cli when it is installed.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { laadRegio } from '../../../src/regio/laad.ts';
import { laadSleutel, lokaleSleutelPaden } from '../../../src/regio/sleutel.ts';
import { startServer, type DraaiendeServer } from '../../../src/server/server.ts';
import { startSmtpSink, type SmtpSink } from '../../../src/dev/smtp-sink.ts';
import type { MeldingApp } from '../../../functions/melding/app.ts';
import { meldingAppUitOmgeving } from '../../../functions/melding/omgeving.ts';
import { maakSite } from './hulp.ts';
import { ingangSuite, type Ingang } from './ingangen.ts';
import { BlobsServer } from '@netlify/blobs/server';

let site: { root: string; dist: string };
let sink: SmtpSink;
let server: DraaiendeServer;
let app: MeldingApp;
let netlify: (req: Request) => Promise<Response>;
let sleutels: { publiek: string; prive: string };
let blobs: BlobsServer;
const vorigeEnv = { ...process.env };

function mails(): string[] {
  return readdirSync(sink.map)
    .filter((f) => f.endsWith('.eml'))
    .map((f) => readFileSync(join(sink.map, f), 'utf8'));
}

beforeAll(async () => {
  site = maakSite();
  sink = await startSmtpSink({ map: join(site.root, 'post') });
  const regio = laadRegio('de-bilt');
  // Both entries read the same environment: one region, one local test key, one relay.
  Object.assign(process.env, {
    MELDWIJZER_REGIO: 'de-bilt',
    MELDWIJZER_DATA: join(site.root, 'data'),
    SMTP_URL: sink.url,
    MELDING_POW_SLEUTEL: 'test-geheim-voor-beide-ingangen',
    MELDING_PER_MINUUT: '1000',
  });
  delete process.env.MELDING_SLEUTEL;
  // The Netlify entry finds its Blobs store through the context Netlify gives a function; here a local BlobsServer.
  blobs = new BlobsServer({ directory: join(site.root, 'blobs'), token: 'test-token' });
  const { port } = await blobs.start();
  process.env.NETLIFY_BLOBS_CONTEXT = Buffer.from(JSON.stringify({ siteID: 'test-site', token: 'test-token', edgeURL: `http://127.0.0.1:${port}`, uncachedEdgeURL: `http://127.0.0.1:${port}`, deployID: '0' })).toString('base64');
  await laadSleutel(regio, process.env);
  const paden = lokaleSleutelPaden('de-bilt', process.env);
  sleutels = { publiek: readFileSync(paden.pub, 'utf8'), prive: readFileSync(paden.priv, 'utf8') };
  app = await meldingAppUitOmgeving(process.env, regio, { log: () => {} });
  await app.start();
  server = await startServer({ dist: site.dist, port: 0, host: '127.0.0.1', app });
  netlify = (await import('../../../functions/melding/melding.ts')).default;
}, 30_000);

afterAll(async () => {
  await server?.close();
  await app?.stop();
  await sink?.close();
  await blobs?.stop();
  process.env = vorigeEnv;
  rmSync(site.root, { recursive: true, force: true });
});

ingangSuite('the self-hosted server', (): Ingang => ({ fetch: (pad, init) => fetch(server.url + pad, init), mails, ...sleutels }));
ingangSuite('the Netlify function entry (in-process)', (): Ingang => ({
  fetch: (pad, init) => netlify(new Request(`https://meldwijzer.de-bilt.example${pad}`, init)),
  mails,
  ...sleutels,
}), { host: 'netlify' });
