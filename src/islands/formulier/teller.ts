import { taal, tf } from '../../i18n/formulier.ts';

/** Counts characters the way the shared schema does (after trimming, in UTF-16 units), so the count and the check agree. */
export function lengte(tekst: string): number {
  return tekst.trim().length;
}

/** Numbers as the visitor's language writes them (10.000 in Dutch). */
export const getal = new Intl.NumberFormat(taal);

/** The soft character count (GOV.UK style): says how many are left or how many too many, never cuts text. */
export function tellerTekst(tekst: string, max: number): string {
  const over = max - lengte(tekst);
  if (over >= 0) return tf.teller.over(getal.format(over), over === 1);
  return tf.teller.teVeel(getal.format(-over), over === -1);
}

/** The static hint for when JavaScript does not run (or has not run yet). */
export function limietTekst(max: number): string {
  return tf.teller.limiet(getal.format(max));
}

/** Whether the count is worth showing for a one-line field: only when nearly full (GOV.UK's threshold idea). */
export function toonTeller(tekst: string, max: number, drempel = 0.8): boolean {
  return lengte(tekst) >= max * drempel;
}
