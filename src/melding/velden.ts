import * as z from 'zod/mini';
import { MELDING_VORMEN, type TekstVeld } from '../lib/begrippen.ts';
import { MAX } from './limieten.ts';

export { MAX };

/**
 * The fields of a melding as the reporter fills them in. Used by the form (client-side check and
 * error summary) and by the function's no-JavaScript path. Written in `zod/mini` because the browser
 * loads this module: the same checks in classic zod cost ~22 KB gzip, in mini a few KB.
 *
 * The schema's messages are error codes (`VeldFoutCode`), not sentences: the form and the no-JS pages
 * turn them into the visitor's language with the dictionary (`t.formulier.veldFout`), so a second
 * language needs no change here.
 */

/** The form's choices for vorm (the four forms and "weet-niet"); see src/lib/begrippen.ts. */
export const VORMEN = MELDING_VORMEN;

/** Every code the schema can give; the dictionary has one sentence per code. */
export const VELD_FOUT_CODES = ['wat_leeg', 'wat_te_lang', 'waar_te_lang', 'wanneer_te_lang', 'wie_te_lang', 'contact_te_lang', 'vorm_onbekend', 'contact_leeg'] as const;
export type VeldFoutCode = (typeof VELD_FOUT_CODES)[number];

/** Trimmed text of at most MAX[veld] characters; empty when absent. */
function tekst(veld: TekstVeld) {
  return z._default(z.string().check(z.trim(), z.maxLength(MAX[veld], `${veld}_te_lang` satisfies VeldFoutCode)), '');
}

export const veldenSchema = z
  .object({
    /** What did you see or hear? The only required field. */
    wat: z.string().check(z.trim(), z.minLength(1, 'wat_leeg' satisfies VeldFoutCode), z.maxLength(MAX.wat, 'wat_te_lang' satisfies VeldFoutCode)),
    /** Where it happened (optional). */
    waar: tekst('waar'),
    /** When it happened (optional, free text: "vorige week", "elke nacht"). */
    wanneer: tekst('wanneer'),
    /** Who is involved, a description (optional). */
    wie: tekst('wie'),
    /** Which form of uitbuiting, if known. */
    vorm: z._default(z.enum(MELDING_VORMEN, 'vorm_onbekend' satisfies VeldFoutCode), 'weet-niet'),
    /** Whether the reporter wants to be contacted; giving contact details gives up anonymity. */
    contactGewenst: z._default(z.boolean(), false),
    /** How to reach the reporter, only when contactGewenst. */
    contact: tekst('contact'),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.contactGewenst && !v.contact) {
        ctx.addIssue({ code: 'custom', path: ['contact'], message: 'contact_leeg' satisfies VeldFoutCode });
      }
    }),
  );

export type Velden = z.infer<typeof veldenSchema>;
export type VeldenInvoer = z.input<typeof veldenSchema>;
