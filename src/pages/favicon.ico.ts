import type { APIRoute } from 'astro';
import { regio } from '../regio/actief.ts';
import { faviconIco } from '../regio/favicon.ts';

export const GET: APIRoute = () => new Response(faviconIco(regio), { headers: { 'Content-Type': 'image/x-icon' } });
