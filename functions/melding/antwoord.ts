import type { Antwoord } from '../../src/melding/payload.ts';

/**
 * Every error the function gives, with its status and a plain Dutch sentence. Fixed texts only: an
 * answer never repeats anything from the request.
 */
export const FOUTEN = {
  methode: [405, 'Dit adres neemt alleen meldingen aan (POST).'],
  niet_gevonden: [404, 'Dit adres bestaat niet.'],
  inhoudstype: [415, 'Stuur de melding als JSON of als formulier.'],
  te_groot: [413, 'De melding is te groot. Maak de tekst korter en probeer het opnieuw.'],
  ongeldige_json: [400, 'De melding kon niet worden gelezen.'],
  velden: [400, 'De melding mist gegevens of heeft gegevens in de verkeerde vorm.'],
  pow_ontbreekt: [403, 'De controle tegen misbruik ontbreekt. Laad de pagina opnieuw en probeer het nog eens.'],
  pow_ongeldig: [403, 'De controle tegen misbruik klopt niet. Laad de pagina opnieuw en probeer het nog eens.'],
  pow_verlopen: [403, 'De controle tegen misbruik is verlopen. Probeer het nog eens.'],
  herhaald: [409, 'Deze controle is al gebruikt. Probeer het nog eens.'],
  code_bezet: [409, 'Deze meldcode is al gebruikt voor een andere melding. Probeer het nog eens.'],
  geen_pgp: [422, 'De melding is niet versleuteld zoals nodig. Er is niets verstuurd.'],
  verkeerde_sleutel: [422, 'De melding is niet versleuteld voor de juiste sleutel. Laad de pagina opnieuw.'],
  andere_site: [403, 'Meldingen kunnen alleen via het formulier op deze website worden verstuurd.'],
  te_veel: [429, 'Er komen nu veel meldingen binnen. Wacht een minuut en probeer het opnieuw.'],
  niet_verstuurd: [503, 'De melding is NIET verstuurd. Er is een storing. Probeer het over een paar minuten opnieuw.'],
  storing: [500, 'Er ging iets mis. De melding is NIET verstuurd. Probeer het opnieuw.'],
} as const satisfies Record<string, readonly [number, string]>;

export type FoutCode = keyof typeof FOUTEN;

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
