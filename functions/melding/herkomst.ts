/**
 * Another site must not be able to post meldingen through a visitor's browser. Refused: a POST the browser
 * marks `Sec-Fetch-Site: cross-site`, and a POST whose Origin is a real origin other than the site's own
 * (the profile's public address, or the host the request was sent to). `Origin: null` is allowed: our own
 * no-JavaScript form sends exactly that, because the site's Referrer-Policy is no-referrer.
 */
import type { MiddlewareHandler } from 'hono';
import { fout } from './antwoord.ts';

export function zelfdeSite(eigen: readonly string[]): MiddlewareHandler {
  const toegestaan = new Set(eigen.map((u) => new URL(u).origin));
  return async (c, next) => {
    if (c.req.header('sec-fetch-site') === 'cross-site') return fout('andere_site');
    const origin = c.req.header('origin');
    if (origin !== undefined && origin !== 'null' && !toegestaan.has(origin)) {
      let host: string | undefined;
      try {
        host = new URL(origin).host;
      } catch {
        return fout('andere_site');
      }
      if (host !== (c.req.header('host') ?? new URL(c.req.url).host)) return fout('andere_site');
    }
    await next();
  };
}
