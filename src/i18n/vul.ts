import type { Meervoud } from './nl/formulier.ts';

/** Fills `{naam}` placeholders in a dictionary text; an unknown placeholder stays visible (a test catches it). */
export function vul(tekst: string, waarden: Record<string, string | number>): string {
  return tekst.replace(/\{(\w+)\}/g, (heel, naam: string) => (naam in waarden ? String(waarden[naam]) : heel));
}

/** The text for `aantal` in the language's plural category, with `{n}` filled in (already formatted). */
const regels = new Map<string, Intl.PluralRules>();

export function meervoud(teksten: Meervoud, taal: string, aantal: number, n: string): string {
  let r = regels.get(taal);
  if (!r) regels.set(taal, (r = new Intl.PluralRules(taal)));
  const categorie = r.select(aantal) as keyof Meervoud;
  return vul(teksten[categorie] ?? teksten.other, { n });
}
