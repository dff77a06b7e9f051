import type { Velden, VeldenInvoer, VeldFoutCode } from '../../melding/velden.ts';
import { MELDING_VELDEN, type MeldingVeld, type MeldingVorm } from '../../lib/begrippen.ts';
import { MAX } from '../../melding/limieten.ts';
import { NL_FORMULIER, type FormulierTekst } from '../../i18n/formulier.ts';
import { vul } from '../../i18n/vul.ts';
import { getal } from './teller.ts';

/** A form of uitbuiting, as the form offers it (the four forms and "weet-niet"). */
export type Vorm = MeldingVorm;

/** What the fields hold, as strings: the same names the no-JavaScript form posts. */
export interface Waarden {
  wat: string;
  waar: string;
  wanneer: string;
  wie: string;
  vorm: Vorm;
  contactGewenst: 'ja' | 'nee';
  contact: string;
}

export type Veld = MeldingVeld;

/** Field order: the error summary lists errors in the order the fields appear. */
export const VELD_VOLGORDE: readonly Veld[] = MELDING_VELDEN;

export const LEEG: Waarden = { wat: '', waar: '', wanneer: '', wie: '', vorm: 'weet-niet', contactGewenst: 'nee', contact: '' };

/** id of the element an error-summary link points to (the first radio for a group). */
export function veldId(veld: Veld): string {
  if (veld === 'vorm') return 'veld-vorm-0';
  if (veld === 'contactGewenst') return 'veld-contactGewenst-nee';
  return `veld-${veld}`;
}

/**
 * Schema input from the fields. Contact details are dropped when the reporter chose "no contact",
 * so text typed and then hidden again never leaves the browser.
 */
export function naarInvoer(w: Waarden): VeldenInvoer {
  const contactGewenst = w.contactGewenst === 'ja';
  return { wat: w.wat, waar: w.waar, wanneer: w.wanneer, wie: w.wie, vorm: w.vorm, contactGewenst, contact: contactGewenst ? w.contact : '' };
}

export interface VeldFout {
  veld: Veld;
  bericht: string;
}

/**
 * The sentence for one of the schema's error codes, in the visitor's language. Anything that is not a
 * known code (a message from a library default) gets the generic sentence: nothing unexpected is shown.
 */
export function veldFoutTekst(code: string, veld: Veld, T: FormulierTekst = NL_FORMULIER): string {
  const zin = (T.veldFout as Record<string, string | undefined>)[code as VeldFoutCode];
  if (!zin) return T.veldFoutAnders;
  return vul(zin, { max: veld in MAX ? getal(MAX[veld as keyof typeof MAX], T) : '' });
}

/**
 * Schema issues as one error per field, in field order, each as a sentence: the error summary of the
 * form and of the no-JavaScript page alike.
 */
export function foutenPerVeld(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
  T: FormulierTekst = NL_FORMULIER,
): VeldFout[] {
  const perVeld = new Map<Veld, string>();
  for (const issue of issues) {
    const veld = String(issue.path[0] ?? 'wat') as Veld;
    if (VELD_VOLGORDE.includes(veld) && !perVeld.has(veld)) perVeld.set(veld, veldFoutTekst(issue.message, veld, T));
  }
  return VELD_VOLGORDE.filter((v) => perVeld.has(v)).map((veld) => ({ veld, bericht: perVeld.get(veld)! }));
}

/** Minimal shape of a schema we validate with; the real one (zod) is loaded lazily. */
export interface Schema {
  safeParse(input: unknown):
    | { success: true; data: Velden }
    | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } };
}

/** Validates with the shared schema; errors come back one per field, in field order. */
export function controleer(
  w: Waarden,
  schema: Schema,
  T: FormulierTekst = NL_FORMULIER,
): { velden: Velden; fouten: [] } | { velden: null; fouten: VeldFout[] } {
  const r = schema.safeParse(naarInvoer(w));
  if (r.success) return { velden: r.data, fouten: [] };
  return { velden: null, fouten: foutenPerVeld(r.error.issues, T) };
}
