import type { APIRoute } from 'astro';
import { regio } from '../regio/actief.ts';
import { regioCss } from '../regio/huisstijl.ts';

/** The region's colour tokens as a static stylesheet (no inline styles: the CSP forbids them). */
export const GET: APIRoute = () =>
  new Response(regioCss(regio), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
