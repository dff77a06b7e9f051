import { z } from 'astro/zod';
import { bronSchema } from '../regio/schema.ts';
import { bestaandeDatum } from './venster.ts';

/** The four doelgroepen; every campaign has one key message for each. */
import { DOELGROEPEN } from '../lib/begrippen.ts';

export { DOELGROEPEN };

/**
 * A calendar date written as YYYY-MM-DD. YAML turns an unquoted 2027-10-01 into a Date, so that is
 * accepted too; "2027-02-30" or "1 oktober" are refused with the expected form.
 */
const datum = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.iso.date({ error: 'moet een bestaande datum zijn, geschreven als JJJJ-MM-DD (bijvoorbeeld 2027-10-01)' }),
);

const verplicht = (wat: string) => (iss: { input?: unknown }) =>
  iss.input === undefined ? `ontbreekt: ${wat}` : undefined;

const tekst = (wat: string, min: number, max?: number) => {
  const s = z.string({ error: verplicht(wat) }).min(min, `te kort: minstens ${min} tekens`);
  return max ? s.max(max, `te lang: hoogstens ${max} tekens`) : s;
};

const boodschap = (doelgroep: string) => tekst(`een kernboodschap voor ${doelgroep} van 10 tot 200 tekens`, 10, 200);

/** A yearly campaign around the Europese dag tegen mensenhandel (18 October). One file per year: content/campagnes/<jaar>.md. */
export const campagneSchema = z
  .object({
    /** Campaign year; the page lives at /campagne/<jaar>/ and the file is named <jaar>.md. */
    jaar: z
      .number({ error: 'moet het campagnejaar zijn, als getal zonder aanhalingstekens, bijvoorbeeld 2027' })
      .int('moet een heel jaartal zijn, bijvoorbeeld 2027')
      .min(2020, 'moet 2020 of later zijn')
      .max(2100, 'moet 2100 of eerder zijn'),
    /** Campaign title, e.g. "Kijk verder dan je denkt". */
    titel: tekst('de titel van de campagne', 3),
    /** One or two sentences for search engines and link previews (max 160 characters). */
    beschrijving: tekst('een korte beschrijving van 20 tot 160 tekens', 20, 160),
    /** When the banner shows on every page (both days included). Defaults to 1–31 October of `jaar`. */
    venster: z
      .object({ start: datum, eind: datum })
      // On the window itself, so it is reported even when other fields of the file are wrong too.
      .superRefine((v, ctx) => {
        const geldig = (d: unknown) => typeof d === 'string' && bestaandeDatum(d);
        // A date that is not a date has its own message already; comparing it would only add noise.
        if (geldig(v.start) && geldig(v.eind) && v.eind < v.start) {
          ctx.addIssue({
            code: 'custom',
            path: ['eind'],
            message: `de einddatum ${v.eind} ligt vóór de startdatum ${v.start}; de einddatum moet op of na de startdatum liggen`,
          });
        }
      })
      .optional(),
    /** The one-line theme, used on posters, images and the banner. */
    thema: tekst('het thema in één regel (3 tot 80 tekens)', 3, 80),
    /** One key message per doelgroep (all four are required), used on the page, posters and posts. */
    boodschappen: z.object(
      Object.fromEntries(DOELGROEPEN.map((d) => [d, boodschap(d)])) as Record<(typeof DOELGROEPEN)[number], ReturnType<typeof boodschap>>,
      { error: verplicht('kernboodschappen voor inwoners, ondernemers, professionals en jongeren') },
    ),
    /** Call to action on posters, images and the banner, e.g. "Twijfel je? Meld het anoniem." */
    oproep: tekst('een oproep van 5 tot 60 tekens, bijvoorbeeld "Twijfelt u? Meld het anoniem."', 5, 60),
    /** The same call to action in "je", for the jongeren image and post, e.g. "Twijfel je? Meld het anoniem." */
    oproepJe: tekst('een oproep in je-vorm van 5 tot 60 tekens, bijvoorbeeld "Twijfel je? Meld het anoniem."', 5, 60),
    /** Optional local events during the campaign. */
    activiteiten: z
      .array(
        z.object({
          /** Date of the event (YYYY-MM-DD). */
          datum,
          /** Where it takes place. */
          plaats: tekst('de plaats van de activiteit', 2),
          /** What happens, one or two sentences. */
          omschrijving: tekst('wat er gebeurt, in een of twee zinnen', 10),
        }),
      )
      .default([]),
    /** Sources of the facts used in the campaign (seeds or named authorities). */
    bronnen: z.array(bronSchema, { error: verplicht('minstens één bron') }).min(1, 'minstens één bron nodig'),
  })
  .superRefine((c, ctx) => {
    if (c.venster && !c.venster.start.startsWith(`${c.jaar}-`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['venster', 'start'],
        message: `moet in het campagnejaar ${c.jaar} liggen`,
      });
    }
  });

export type Campagne = z.infer<typeof campagneSchema>;
export type Doelgroep = (typeof DOELGROEPEN)[number];
