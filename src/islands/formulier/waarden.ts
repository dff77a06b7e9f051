import type { Velden, VeldenInvoer } from '../../melding/velden.ts';

/** A form of uitbuiting, as the schema knows it. */
export type Vorm = Velden['vorm'];

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

export type Veld = keyof Waarden;

/** Field order: the error summary lists errors in the order the fields appear. */
export const VELD_VOLGORDE: readonly Veld[] = ['wat', 'waar', 'wanneer', 'wie', 'vorm', 'contactGewenst', 'contact'];

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

/** Minimal shape of a schema we validate with; the real one (zod) is loaded lazily. */
export interface Schema {
  safeParse(input: unknown):
    | { success: true; data: Velden }
    | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } };
}

/** Validates with the shared schema; errors come back one per field, in field order. */
export function controleer(w: Waarden, schema: Schema): { velden: Velden; fouten: [] } | { velden: null; fouten: VeldFout[] } {
  const r = schema.safeParse(naarInvoer(w));
  if (r.success) return { velden: r.data, fouten: [] };
  const perVeld = new Map<Veld, string>();
  for (const issue of r.error.issues) {
    const veld = String(issue.path[0] ?? 'wat') as Veld;
    if (VELD_VOLGORDE.includes(veld) && !perVeld.has(veld)) perVeld.set(veld, issue.message);
  }
  const fouten = VELD_VOLGORDE.filter((v) => perVeld.has(v)).map((veld) => ({ veld, bericht: perVeld.get(veld)! }));
  return { velden: null, fouten };
}
