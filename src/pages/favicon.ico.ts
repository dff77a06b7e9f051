import type { APIRoute } from 'astro';
import { regio } from '../regio/actief.ts';
import { faviconIco } from '../regio/favicon.ts';
import { alsBody } from '../lib/binair.ts';

export const GET: APIRoute = () => new Response(alsBody(faviconIco(regio)), { headers: { 'Content-Type': 'image/x-icon' } });
