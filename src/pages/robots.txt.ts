import type { APIRoute } from 'astro';
import { regio } from '../regio/actief.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nDisallow: /api/\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', regio.url).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
