import type { Bron } from '../regio/schema.ts';

/** A source as a government site cites it: "Titel, uitgever, jaar". Never the seed file name. */
export function bronTekst(b: Bron): string {
  return [b.titel, b.uitgever, b.jaar].filter((d) => d !== undefined && d !== '').join(', ');
}
