/**
 * Serves a built site on 127.0.0.1 with a free port, through the production server (src/server/server.ts).
 * This file is the harness's only tie to how the server starts: when the server changes, adapt startSite.
 */
import { startServer, type ServerOpties } from '../../../src/server/server.ts';

export interface Site {
  /** Origin without trailing slash, e.g. http://127.0.0.1:40123 */
  url: string;
  close(): Promise<void>;
}

export interface SiteOpties {
  /** The melding app (functions/melding/app.ts) mounted under /api/; without it /api/* answers 503. */
  app?: ServerOpties['app'];
}

export async function startSite(dist: string, opties: SiteOpties = {}): Promise<Site> {
  const site = await startServer({ dist, port: 0, host: '127.0.0.1', app: opties.app });
  return { url: site.url.replace(/\/$/, ''), close: () => site.close() };
}
