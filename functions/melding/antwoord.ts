import type { Antwoord } from '../../src/melding/payload.ts';
import { t } from '../../src/i18n/nl.ts';

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

/** Status and sentence per code, as `[status, bericht]` (the shape callers have always used). */
export const FOUTEN = Object.fromEntries(
  (Object.keys(STATUS) as FoutCode[]).map((code) => [code, [STATUS[code], t.fouten[code]] as const]),
) as { readonly [C in FoutCode]: readonly [(typeof STATUS)[C], string] };

const BASIS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

export function json(status: number, body: Antwoord, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...BASIS, 'content-type': 'application/json; charset=utf-8', ...extra },
  });
}

export function fout(code: FoutCode, extra: Record<string, string> = {}): Response {
  const [status, bericht] = FOUTEN[code];
  return json(status, { status: 'fout', fout: code, bericht }, extra);
}

export function html(status: number, pagina: string, extra: Record<string, string> = {}): Response {
  return new Response(pagina, { status, headers: { ...BASIS, 'content-type': 'text/html; charset=utf-8', ...extra } });
}
