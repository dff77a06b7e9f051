/** /og/standaard.png: the default link preview (1200×630) in the region's colours, made at build time. */
import type { APIRoute } from 'astro';
import { t } from '../../i18n/nl.ts';
import { regio } from '../../regio/actief.ts';
import { naarPng, standaardOgSvg } from '../../campagne/toolkit/beeld.ts';
import { alsBody } from '../../lib/binair.ts';

export const GET: APIRoute = () =>
  new Response(alsBody(naarPng(standaardOgSvg(regio, t.site.naam, t.site.ondertitel))), { headers: { 'Content-Type': 'image/png' } });
