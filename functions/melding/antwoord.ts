import type { Antwoord } from '../../src/melding/payload.ts';
import { nl } from '../../src/i18n/nl.ts';
import { woordenboek } from '../../src/i18n/woordenboek.ts';
import { isTaal, type Taal } from '../../src/i18n/talen.ts';

/**
 * Every error the function gives, by code, with its HTTP status. The sentence for each code is in the
 * dictionary (`t.fouten` in src/i18n/), so a second language is a second dictionary; the dictionary's
 * type requires a sentence for every code here. Fixed texts only: an answer never repeats anything from
 * the request.
 */
export const STATUS = {
  methode: 405,
  niet_gevonden: 404,
  inhoudstype: 415,
  te_groot: 413,
  ongeldige_json: 400,
  velden: 400,
  pow_ontbreekt: 403,
  pow_ongeldig: 403,
  pow_verlopen: 403,
  herhaald: 409,
  code_bezet: 409,
  geen_pgp: 422,
  verkeerde_sleutel: 422,
  andere_site: 403,
  te_veel: 429,
  niet_verstuurd: 503,
  storing: 500,
} as const satisfies Record<string, number>;

export type FoutCode = keyof typeof STATUS;

/** Status and Dutch sentence per code, as `[status, bericht]` (the shape callers have always used). */
export const FOUTEN = Object.fromEntries(
  (Object.keys(STATUS) as FoutCode[]).map((code) => [code, [STATUS[code], nl.fouten[code]] as const]),
) as { readonly [C in FoutCode]: readonly [(typeof STATUS)[C], string] };

const BASIS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

export function json(status: number, body: Antwoord, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...BASIS, 'content-type': 'application/json; charset=utf-8', ...extra },
  });
}

/** The sentence for `code` in the reporter's language (Dutch for an unknown one). */
export function foutZin(code: FoutCode, taal: Taal = 'nl'): string {
  return woordenboek(taal).fouten[code];
}

/** The page's language as the form or the browser sent it; anything unknown is Dutch. */
export function taalVan(waarde: unknown): Taal {
  return isTaal(waarde) ? waarde : 'nl';
}

export function fout(code: FoutCode, extra: Record<string, string> = {}, taal: Taal = 'nl'): Response {
  return json(STATUS[code], { status: 'fout', fout: code, bericht: foutZin(code, taal) }, extra);
}

export function html(status: number, pagina: string, extra: Record<string, string> = {}): Response {
  return new Response(pagina, { status, headers: { ...BASIS, 'content-type': 'text/html; charset=utf-8', ...extra } });
}
