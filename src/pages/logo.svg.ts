import type { APIRoute } from 'astro';
import { regio } from '../regio/actief.ts';
import { logoSvg } from '../regio/huisstijl.ts';

/** The region's logo from content/regios/logos/, checked first (a missing or non-SVG logo stops the build). */
export const GET: APIRoute = () => new Response(logoSvg(regio), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
