/**
 * The self-hosted production server: the site app (site.ts) under @hono/node-server, on a node:http server
 * with limits against slow and oversized clients (http.ts) and a graceful close.
 * `startServer` does not start or stop the melding app (its spool worker); its caller does (see main.ts).
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { getRequestListener, RequestError } from '@hono/node-server';
import { scanSite } from '../bouw/inline.ts';
import { t } from '../i18n/nl.ts';
import { headersVoor, type HeaderOpties } from '../http/headers.ts';
import { maakHttpServer, STANDAARD_GRENZEN, type Grenzen } from './http.ts';
import { siteApp, type MeldingHandler } from './site.ts';

export type { MeldingHandler } from './site.ts';

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

export async function startServer(opties: ServerOpties): Promise<DraaiendeServer> {
  const dist = resolve(opties.dist);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`Geen gebouwde site in ${dist} (index.html ontbreekt). Draai eerst npm run build.`);
  const grenzen = { ...STANDAARD_GRENZEN, ...opties.grenzen };
  // The same scan the build uses for dist/_headers, so both hosts send the same policy.
  const headerOpties: HeaderOpties = { hashes: scanSite(dist), https: opties.https ?? false };
  const site = siteApp({ dist, app: opties.app, headers: headerOpties, maxBody: grenzen.maxBody });
  const host = opties.host ?? '127.0.0.1';
  let bezig = 0;
  let sluiten = false;
  let klaar: (() => void) | undefined;

  const luister = getRequestListener(site.fetch, {
    // A fault that escaped the app: one line, the error's name only (no request data).
    errorHandler: (e) => {
      // A request line node-server refuses to turn into a Request (e.g. a backslash in the path).
      if (e instanceof RequestError) return new Response(t.server.ongeldigAdres, { status: 400, headers: { ...headersVoor('/', headerOpties), 'Content-Type': 'text/plain; charset=utf-8' } });
      console.error(`server: ${(e as Error)?.name ?? 'onbekend'}`);
      return new Response(null, { status: 500 });
    },
  });
  const server = maakHttpServer(async (req, res) => {
    bezig += 1;
    if (sluiten) res.setHeader('Connection', 'close');
    try {
      await luister(req, res);
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

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
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
