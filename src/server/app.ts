/**
 * The self-hosted production server: the built site, /api/* through the melding app, one set of headers.
 * `startServer` does not start or stop the melding app (its spool worker); its caller does (see main.ts).
 */
import { existsSync, statSync } from 'node:fs';
import { METHODS, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { behandelApi, type MeldingHandler } from './api.ts';
import { CACHE_KORT, CACHE_LANG, headersVoor, type HeaderOpties } from './headers.ts';
import { maakHttpServer, STANDAARD_GRENZEN, type Grenzen } from './http.ts';
import { scanSite } from './inline.ts';
import { stuurBestand, zoekBestand } from './static.ts';

export interface ServerOpties {
  /** Build folder (MELDWIJZER_DIST or dist/). */
  dist: string;
  /** 0 picks a free port. */
  port: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The melding app; without it /api/* answers 503. */
  app?: MeldingHandler;
  /** Served over https (behind a TLS proxy): adds upgrade-insecure-requests to the CSP. */
  https?: boolean;
  grenzen?: Partial<Grenzen>;
}

export interface DraaiendeServer {
  /** http://host:port, no trailing slash. */
  url: string;
  /** Stops accepting, lets running requests finish (up to grenzen.sluitTimeoutMs), then resolves. */
  close(): Promise<void>;
}

const STATISCH = new Set(['GET', 'HEAD']);

function tekst(res: ServerResponse, status: number, body: string, headers: Record<string, string>, extra: Record<string, string> = {}): void {
  res.setHeaders(new Map(Object.entries({ ...headers, ...extra })));
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

export async function startServer(opties: ServerOpties): Promise<DraaiendeServer> {
  const dist = resolve(opties.dist);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`Geen gebouwde site in ${dist} (index.html ontbreekt). Draai eerst npm run build.`);
  const grenzen = { ...STANDAARD_GRENZEN, ...opties.grenzen };
  // The same scan the build uses for dist/_headers, so both hosts send the same policy.
  const scan = scanSite(dist);
  const headerOpties: HeaderOpties = { hashes: scan, https: opties.https ?? false };
  const niet404 = join(dist, '404.html');
  const host = opties.host ?? '127.0.0.1';
  let origin = '';
  let bezig = 0;
  let sluiten = false;
  let klaar: (() => void) | undefined;

  async function verwerk(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rauw = req.url ?? '/';
    const vraag = rauw.indexOf('?');
    const pad = vraag >= 0 ? rauw.slice(0, vraag) : rauw;
    const headers = headersVoor(pad, headerOpties);
    if (sluiten) res.setHeader('Connection', 'close');
    if (pad === '/api' || pad.startsWith('/api/')) {
      await behandelApi(req, res, opties.app, { origin, pad: rauw, max: grenzen.maxBody, headers });
      return;
    }
    if (!STATISCH.has(req.method ?? '')) {
      tekst(res, METHODS.includes(req.method ?? '') ? 405 : 501, 'Deze methode kan hier niet.', headers, { Allow: 'GET, HEAD' });
      req.resume();
      return;
    }
    const o = zoekBestand(dist, pad);
    if (o.soort === 'bestand') return stuurBestand(req, res, o.bestand, o.stat, 200, headers);
    if (o.soort === 'omleiding') {
      res.setHeaders(new Map(Object.entries(headers)));
      res.writeHead(301, { Location: o.naar + (vraag >= 0 ? rauw.slice(vraag) : ''), 'Content-Length': 0 }).end();
      return;
    }
    // A miss under /_astro/ must not be cached for a year.
    if (headers['Cache-Control'] === CACHE_LANG) headers['Cache-Control'] = CACHE_KORT;
    if (o.status === 404 && existsSync(niet404)) return stuurBestand(req, res, niet404, statSync(niet404), 404, headers);
    tekst(res, o.status, o.status === 400 ? 'Ongeldig adres.' : 'Niet gevonden.', headers);
  }

  const server = maakHttpServer(async (req, res) => {
    bezig += 1;
    try {
      await verwerk(req, res);
    } finally {
      bezig -= 1;
      if (sluiten && bezig === 0) klaar?.();
    }
  }, grenzen, { ...headersVoor('/', headerOpties), 'Cache-Control': 'no-store' });

  await new Promise<void>((ok, fout) => {
    server.once('error', fout);
    server.listen(opties.port, host, () => ok());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  return {
    url: origin,
    async close() {
      if (sluiten) return;
      sluiten = true;
      const dicht = new Promise<void>((ok) => server.close(() => ok()));
      server.closeIdleConnections();
      const wacht = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms).unref());
      if (bezig > 0) await Promise.race([new Promise<void>((ok) => (klaar = ok)), wacht(grenzen.sluitTimeoutMs)]);
      // Answers went out with Connection: close, so their sockets end by themselves once flushed; what is
      // still open after that is an idle keep-alive or a stuck client.
      server.closeIdleConnections();
      await Promise.race([dicht, wacht(1000)]);
      server.closeAllConnections();
      await dicht;
    },
  };
}
