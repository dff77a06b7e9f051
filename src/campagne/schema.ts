import { z } from 'astro/zod';
import { bronSchema } from '../regio/schema.ts';

const datum = z.iso.date('een datum als 2027-10-01');
const doelgroep = z.enum(['inwoners', 'ondernemers', 'professionals', 'jongeren']);

/** A yearly campaign around the Europese dag tegen mensenhandel (18 October). */
export const campagneSchema = z
  .object({
    /** Campaign year; the page lives at /campagne/<jaar>/. */
    jaar: z.number().int().min(2020).max(2100),
    /** Campaign title, e.g. "Kijk verder dan je denkt". */
    titel: z.string().min(3),
    /** One or two sentences for search engines and link previews (max 160 characters). */
    beschrijving: z.string().min(20).max(160),
    /** When the banner shows on every page (inclusive). Defaults to 1–31 October of `jaar`. */
    venster: z.object({ start: datum, eind: datum }).optional(),
    /** The one-line theme, used on posters and the banner. */
    thema: z.string().min(3).max(80),
    /** One key message per doelgroep, used on the page and in the social posts. */
    boodschappen: z.record(doelgroep, z.string().min(10).max(200)),
    /** Call to action on posters and the banner, e.g. "Twijfel je? Meld het anoniem." */
    oproep: z.string().min(5).max(60),
    /** Optional local events during the campaign. */
    activiteiten: z
      .array(
        z.object({
          /** Date of the event. */
          datum,
          /** Where it takes place. */
          plaats: z.string().min(2),
          /** What happens, one or two sentences. */
          omschrijving: z.string().min(10),
        }),
      )
      .default([]),
    /** Sources of facts used in the campaign. */
    bronnen: z.array(bronSchema).min(1),
  })
  .superRefine((c, ctx) => {
    if (c.venster && c.venster.eind < c.venster.start) {
      ctx.addIssue({ code: 'custom', path: ['venster', 'eind'], message: 'de einddatum ligt vóór de startdatum' });
    }
  });

export type Campagne = z.infer<typeof campagneSchema>;
