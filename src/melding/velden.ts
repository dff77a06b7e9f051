import * as v from 'valibot';
import { MELDING_VORMEN, type TekstVeld } from '../lib/begrippen.ts';
import { MAX } from './limieten.ts';

/**
 * The fields of a melding as the reporter fills them in. Used by the form (client-side check and error
 * summary, loaded on first use) and by the function's no-JavaScript path: one schema for both.
 *
 * Written with Valibot because the browser loads it: this schema costs ~1.8 KB gzip there, against ~22 KB
 * in classic zod and ~5.6 KB in zod/mini, and /melden/ must stay within 80 KB of JavaScript through a
 * submit (openpgp alone is 62.5 KB). The function's JSON contract (payload.ts) never reaches the browser
 * and stays zod, like the rest of the project.
 *
 * The messages are error codes (`VeldFoutCode`), not sentences: the form and the no-JS pages say them in
 * the visitor's language with the dictionary (`t.formulier.veldFout`), so a second language needs no
 * change here.
 */

export { MAX };

/** The form's choices for vorm (the four forms and "weet-niet"); see src/lib/begrippen.ts. */
export const VORMEN = MELDING_VORMEN;

/** Every code the schema can give; the dictionary has one sentence per code. */
export const VELD_FOUT_CODES = ['ongeldig', 'wat_leeg', 'wat_te_lang', 'waar_te_lang', 'wanneer_te_lang', 'wie_te_lang', 'contact_te_lang', 'vorm_onbekend', 'contact_leeg'] as const;
export type VeldFoutCode = (typeof VELD_FOUT_CODES)[number];

const code = (c: VeldFoutCode) => c;

/** Not a string, boolean or object where one belongs: a code too, so no library default text (which may quote the input) is ever shown. */
const ONGELDIG = code('ongeldig');

/** Trimmed text of at most MAX[veld] characters; empty when absent. */
function tekst(veld: TekstVeld) {
  return v.optional(v.pipe(v.string(ONGELDIG), v.trim(), v.maxLength(MAX[veld], code(`${veld}_te_lang`))), '');
}

/** The schema itself (Valibot). Most callers use `veldenSchema` below. */
export const veldenValibot = v.pipe(
  v.object({
    /** What did you see or hear? The only required field. */
    wat: v.pipe(v.string(ONGELDIG), v.trim(), v.minLength(1, code('wat_leeg')), v.maxLength(MAX.wat, code('wat_te_lang'))),
    /** Where it happened (optional). */
    waar: tekst('waar'),
    /** When it happened (optional, free text: "vorige week", "elke nacht"). */
    wanneer: tekst('wanneer'),
    /** Who is involved, a description (optional). */
    wie: tekst('wie'),
    /** Which form of uitbuiting, if known. */
    vorm: v.optional(v.picklist(MELDING_VORMEN, code('vorm_onbekend')), 'weet-niet'),
    /** Whether the reporter wants to be contacted; giving contact details gives up anonymity. */
    contactGewenst: v.optional(v.boolean(ONGELDIG), false),
    /** How to reach the reporter, only when contactGewenst. */
    contact: tekst('contact'),
  }, ONGELDIG),
  v.forward(
    v.check((w) => !(w.contactGewenst && !w.contact), code('contact_leeg')),
    ['contact'],
  ),
);

export type Velden = v.InferOutput<typeof veldenValibot>;
export type VeldenInvoer = v.InferInput<typeof veldenValibot>;

/** One problem: the field it is about (`path[0]`) and its error code (`message`). */
export interface VeldIssue {
  path: PropertyKey[];
  message: string;
}

export type VeldenUitslag = { success: true; data: Velden } | { success: false; error: { issues: VeldIssue[] } };

/**
 * The schema with the call shape the project has always used (`safeParse` → `{ success, data }` or
 * `{ success: false, error: { issues } }`, `parse` throws), so the function, the CLIs and the tests call it
 * as before.
 */
export const veldenSchema = {
  safeParse(invoer: unknown): VeldenUitslag {
    const r = v.safeParse(veldenValibot, invoer);
    if (r.success) return { success: true, data: r.output };
    return { success: false, error: { issues: r.issues.map((i) => ({ path: (i.path ?? []).map((p) => p.key as PropertyKey), message: i.message })) } };
  },
  parse(invoer: unknown): Velden {
    const r = veldenSchema.safeParse(invoer);
    if (!r.success) throw new Error(`Ongeldige melding: ${r.error.issues.map((i) => `${String(i.path[0] ?? '')}: ${i.message}`).join(', ')}`);
    return r.data;
  },
};
