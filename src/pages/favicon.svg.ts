import type { APIRoute } from 'astro';
import { regio } from '../regio/actief.ts';
import { faviconSvg } from '../regio/favicon.ts';

export const GET: APIRoute = () => new Response(faviconSvg(regio), { headers: { 'Content-Type': 'image/svg+xml' } });
