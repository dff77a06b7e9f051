/**
 * A region's own texts in another language: content/regios/vertalingen/<taal>.json holds, per region id,
 * the partners' roles, the meldroute and the other sentences of the profile. Names, numbers, addresses and
 * sources stay as the profile has them; only sentences are translated. A region that publishes a language
 * must have a complete translation: every partner, every step, nothing extra (checked when it loads).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import '../lib/zod-nl.ts';
import { z } from 'astro/zod';
import type { Regio } from './schema.ts';
import type { Taal } from '../i18n/talen.ts';
import { formatFouten } from '../lib/zod-fouten.ts';

const tekst = z.string().trim().min(3);

export const regioVertalingSchema = z
  .object({
    logoAlt: tekst,
    aandachtsfunctionaris: tekst,
    gemeenteContact: z.object({ bereikbaar: tekst.optional() }).strict().default({}),
    partners: z.record(z.string(), z.object({ rol: tekst, bereikbaar: tekst.optional() }).strict()),
    meldroute: z.array(z.object({ titel: tekst, tekst }).strict()).min(1),
  })
  .strict();
export type RegioVertaling = z.infer<typeof regioVertalingSchema>;

export const vertalingBestand = (map: string, taal: Taal) => join(map, 'vertalingen', `${taal}.json`);

/** Reads the region's part of <map>/vertalingen/<taal>.json; every problem is one line in the returned list. */
export function leesVertaling(regio: Regio, taal: Taal, map: string): { vertaling?: RegioVertaling; fouten: string[] } {
  const bestand = vertalingBestand(map, taal);
  if (!existsSync(bestand)) return { fouten: [`${bestand} ontbreekt (de regio publiceert "${taal}")`] };
  let alles: unknown;
  try {
    alles = JSON.parse(readFileSync(bestand, 'utf8'));
  } catch (e) {
    return { fouten: [`${bestand} is geen geldige JSON: ${(e as Error).message}`] };
  }
  const deel = (alles as Record<string, unknown> | null)?.[regio.id];
  if (!deel) return { fouten: [`${bestand}: "${regio.id}" ontbreekt`] };
  const r = regioVertalingSchema.safeParse(deel);
  if (!r.success) return { fouten: [`${bestand} (${regio.id}):\n${formatFouten(r.error)}`] };
  const v = r.data;
  const fouten: string[] = [];
  const namen = regio.partners.map((p) => p.naam);
  for (const naam of namen) if (!v.partners[naam]) fouten.push(`${bestand} (${regio.id}): partner "${naam}" ontbreekt`);
  for (const naam of Object.keys(v.partners)) if (!namen.includes(naam)) fouten.push(`${bestand} (${regio.id}): partner "${naam}" staat niet in het profiel`);
  for (const p of regio.partners) {
    if (p.bereikbaar && v.partners[p.naam] && !v.partners[p.naam]!.bereikbaar) fouten.push(`${bestand} (${regio.id}): "bereikbaar" van "${p.naam}" ontbreekt`);
  }
  if (regio.gemeenteContact.bereikbaar && !v.gemeenteContact.bereikbaar) fouten.push(`${bestand} (${regio.id}): gemeenteContact.bereikbaar ontbreekt`);
  if (v.meldroute.length !== regio.meldroute.length) {
    fouten.push(`${bestand} (${regio.id}): meldroute heeft ${v.meldroute.length} stappen, het profiel ${regio.meldroute.length}`);
  }
  return fouten.length ? { fouten } : { vertaling: v, fouten };
}

/** The profile with its sentences in the translation's language; everything else unchanged. */
export function vertaalRegio(regio: Regio, v: RegioVertaling): Regio {
  return {
    ...regio,
    huisstijl: { ...regio.huisstijl, logo: { ...regio.huisstijl.logo, alt: v.logoAlt } },
    aandachtsfunctionaris: { ...regio.aandachtsfunctionaris, rol: v.aandachtsfunctionaris },
    gemeenteContact: { ...regio.gemeenteContact, ...(v.gemeenteContact.bereikbaar ? { bereikbaar: v.gemeenteContact.bereikbaar } : {}) },
    partners: regio.partners.map((p) => ({ ...p, rol: v.partners[p.naam]!.rol, ...(p.bereikbaar ? { bereikbaar: v.partners[p.naam]!.bereikbaar } : {}) })),
    meldroute: regio.meldroute.map((stap, i) => ({ ...stap, ...v.meldroute[i]! })),
  };
}
