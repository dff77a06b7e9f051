/**
 * Every toolkit file (posters, images, banner code, press text, guide), generated at build time from the
 * campaign content and the active region profile. See src/campagne/toolkit/bestanden.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { regio } from '../../../../regio/actief.ts';
import { alleCampagnes } from '../../../../campagne/actief.ts';
import { toolkitBestanden, type ToolkitBestand } from '../../../../campagne/toolkit/bestanden.ts';
import { alsBody } from '../../../../lib/binair.ts';

export const getStaticPaths = (async () => {
  if (!regio.campagne.aan) return [];
  const alle = await alleCampagnes();
  return alle.flatMap((c) =>
    toolkitBestanden(c.data, regio).map((bestand) => ({ params: { jaar: String(c.data.jaar), bestand: bestand.naam }, props: { bestand } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ bestand: ToolkitBestand }> = async ({ props }) =>
  new Response(alsBody(await props.bestand.maak()), { headers: { 'Content-Type': props.bestand.mime } });
