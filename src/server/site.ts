/**
 * The self-hosted site as one Hono app: the security and cache headers on every answer, /api/* handed to the
 * melding app (the same app the Netlify entry runs), and the built files for everything else.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { HttpBindings } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { fout } from '../../functions/melding/antwoord.ts';
import { doorClientAfgebroken } from '../http/afgebroken.ts';
import { t } from '../i18n/nl.ts';
import { CACHE_KORT, CACHE_LANG, headersVoor, type HeaderOpties } from '../http/headers.ts';
import { bestandAntwoord, zoekBestand } from './statisch.ts';

/** What the server needs from the melding app (functions/melding/app.ts, createMeldingApp). */
export interface MeldingHandler {
  handle(request: Request): Promise<Response>;
}

/** Request headers the function may need; everything else (IP, forwarded-for, user agent, cookies) stays out. */
const DOOR = ['accept', 'accept-language', 'content-type', 'content-length', 'transfer-encoding', 'host', 'origin', 'sec-fetch-site', 'sec-fetch-mode', 'sec-fetch-dest'];

const ZONDER_REQUEST = new Set(['TRACE', 'TRACK', 'CONNECT']);

function metHeaders(antwoord: Response, headers: Record<string, string>): Response {
  // The function's own content headers, then ours: security and cache headers always win.
  const h = new Headers(antwoord.headers);
  h.delete('set-cookie');
  for (const [k, v] of Object.entries(headers)) h.set(k, v);
  return new Response(antwoord.body, { status: antwoord.status, headers: h });
}

/**
 * The path as the client sent it (no query). The URL parser would resolve `..` and `%2e%2e` first; the
 * file lookup wants to see and refuse them itself.
 */
function rauwPad(c: Context<{ Bindings: Partial<HttpBindings> }>): string {
  const rauw = c.env?.incoming?.url ?? new URL(c.req.url).pathname;
  const vraag = rauw.indexOf('?');
  return vraag >= 0 ? rauw.slice(0, vraag) : rauw;
}

export function siteApp(o: { dist: string; app?: MeldingHandler; headers: HeaderOpties; maxBody: number }): Hono<{ Bindings: Partial<HttpBindings> }> {
  const dist = resolve(o.dist);
  const niet404 = join(dist, '404.html');
  const site = new Hono<{ Bindings: Partial<HttpBindings> }>();
  site.onError((e, c) => {
    // A client that went away or was cut off (408) is not a server fault; anything else: one line, name only.
    if (!doorClientAfgebroken(c, e)) console.error(`server: ${(e as Error)?.name ?? 'onbekend'}`);
    return new Response(null, { status: 500 });
  });

  site.use('*', async (c, next) => {
    await next();
    const pad = rauwPad(c);
    const headers = headersVoor(pad, o.headers);
    // A miss under /_astro/ must not be cached for a year.
    if (c.res.status >= 400 && headers['Cache-Control'] === CACHE_LANG) headers['Cache-Control'] = CACHE_KORT;
    c.res = metHeaders(c.res, headers);
  });

  site.all(
    '/api/*',
    // Refused without reading: the connection is closed, since the rest of that body would follow.
    bodyLimit({ maxSize: o.maxBody, onError: () => fout('te_groot', { connection: 'close' }) }),
    async (c) => {
      if (!o.app) return fout('niet_verstuurd');
      // Methods the Fetch API cannot even represent as a Request: the function never sees them.
      if (ZONDER_REQUEST.has(c.req.method)) {
        const allow = c.req.path.endsWith('/uitdaging') ? 'GET' : c.req.path.endsWith('/melding') ? 'POST' : undefined;
        return allow ? fout('methode', { allow }) : fout('niet_gevonden');
      }
      const headers = new Headers();
      for (const naam of DOOR) {
        const w = c.req.header(naam);
        if (w !== undefined) headers.set(naam, w);
      }
      const raw = c.req.raw;
      const metBody = raw.method !== 'GET' && raw.method !== 'HEAD';
      const verzoek = new Request(raw.url, { method: raw.method, headers, body: metBody ? raw.body : null, signal: raw.signal, duplex: 'half' } as RequestInit);
      const antwoord = await o.app.handle(verzoek);
      // An error answer may leave part of the body unread; a fresh connection is cleaner than draining it.
      if (metBody && antwoord.status >= 400) {
        const h = new Headers(antwoord.headers);
        h.set('connection', 'close');
        return new Response(antwoord.body, { status: antwoord.status, headers: h });
      }
      return antwoord;
    },
  );

  site.on(['GET', 'HEAD'], '*', (c) => {
    const o2 = zoekBestand(dist, rauwPad(c));
    if (o2.soort === 'bestand') return bestandAntwoord(c.req.raw, o2.bestand, o2.stat, 200, {});
    if (o2.soort === 'omleiding') return new Response(null, { status: 301, headers: { Location: o2.naar + new URL(c.req.url).search, 'Content-Length': '0' } });
    if (o2.status === 404 && existsSync(niet404)) return bestandAntwoord(c.req.raw, niet404, statSync(niet404), 404, {});
    return c.text(o2.status === 400 ? t.server.ongeldigAdres : t.server.nietGevonden, o2.status);
  });

  site.all('*', (c) => c.text(t.server.methode, 405, { Allow: 'GET, HEAD' }));
  return site;
}
