import { NL_FORMULIER, type FormulierTekst } from '../../i18n/formulier.ts';
import { meervoud, vul } from '../../i18n/vul.ts';

/** Counts characters the way the shared schema does (after trimming, in UTF-16 units), so the count and the check agree. */
export function lengte(tekst: string): number {
  return tekst.trim().length;
}

/** Numbers as the visitor's language writes them (10.000 in Dutch, 10 000 in Polish). */
const formaten = new Map<string, Intl.NumberFormat>();
export function getal(n: number, tekst: FormulierTekst = NL_FORMULIER): string {
  let f = formaten.get(tekst.taal);
  if (!f) formaten.set(tekst.taal, (f = new Intl.NumberFormat(tekst.taal)));
  return f.format(n);
}

/** The soft character count (GOV.UK style): says how many are left or how many too many, never cuts text. */
export function tellerTekst(tekst: string, max: number, T: FormulierTekst = NL_FORMULIER): string {
  const over = max - lengte(tekst);
  if (over >= 0) return meervoud(T.teller.over, T.taal, over, getal(over, T));
  return meervoud(T.teller.teVeel, T.taal, -over, getal(-over, T));
}

/** The static hint for when JavaScript does not run (or has not run yet). */
export function limietTekst(max: number, T: FormulierTekst = NL_FORMULIER): string {
  return vul(T.teller.limiet, { n: getal(max, T) });
}

/** Whether the count is worth showing for a one-line field: only when nearly full (GOV.UK's threshold idea). */
export function toonTeller(tekst: string, max: number, drempel = 0.8): boolean {
  return lengte(tekst) >= max * drempel;
}

/** A size in the visitor's language and notation: "1,2 MB" in Dutch, "1.2 MB" in English. */
export function grootteTekst(bytes: number, T: FormulierTekst = NL_FORMULIER): string {
  const mb = bytes >= 1_000_000;
  return new Intl.NumberFormat(T.taal, { style: 'unit', unit: mb ? 'megabyte' : 'kilobyte', maximumFractionDigits: mb ? 1 : 0 }).format(
    mb ? bytes / 1_000_000 : Math.max(1, Math.round(bytes / 1000)),
  );
}
