/**
 * Limits for photos with a melding, in one place: the form shows them before the reporter chooses, the
 * browser enforces them while it cleans each photo, and the function's body limit follows from them.
 * No zod, no browser APIs: the page, the island and the function all import this.
 */

/** At most this many photos per melding. */
export const FOTO_AANTAL = 5;

/** Where the function runs: the self-hosted server, or Netlify (whose functions take at most 6 MB per request). */
export type Host = 'zelf' | 'netlify';

/**
 * Bytes of cleaned photos per melding, all together. On Netlify the request must stay under 6 MB after
 * base64 (MIME) and armor (OpenPGP), both ×4/3, and possibly a third base64 when the platform passes the
 * body on encoded: 2 MB of photos is ~3.9 MB of JSON, ~5.2 MB even then.
 */
export const FOTO_BYTES: Readonly<Record<Host, number>> = { zelf: 10_000_000, netlify: 2_000_000 };

/** Longest side after cleaning: sharp enough for a licence plate across a street, small enough to send. */
export const FOTO_ZIJDE = 2560;

/** A chosen file larger than this is refused before it is read (phone photos are far smaller). */
export const FOTO_BESTAND_MAX = 50_000_000;

/** More pixels than this is refused before decoding: a small file can declare a huge image (a "bomb"). */
export const FOTO_PIXELS_MAX = 50_000_000;

/** What the file input offers; HEIC/HEIF only where the browser can decode it (iOS Safari). */
export const FOTO_ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,image/heif';

/** Largest text-only body: the melding's fields, padding and the JSON around it (also the no-JS form post). */
export const TEKST_BODY = 256 * 1024;

/**
 * Largest JSON body for a host: the text plus the photos after MIME base64 (4/3, CRLF every 76) and
 * OpenPGP armor (4/3, a line end every 64, escaped as two or four characters in JSON).
 */
export function maxBody(host: Host): number {
  return TEKST_BODY + Math.ceil(FOTO_BYTES[host] * (4 / 3) * (78 / 76) * (4 / 3) * (68 / 64)) + FOTO_AANTAL * 1024;
}


/** A cleaned photo as it goes into the melding (src/islands/formulier/fotos/ makes these in the browser). */
export interface FotoBijlage {
  type: 'image/jpeg' | 'image/png';
  data: Uint8Array;
}

/** The neutral attachment name: never the file's own name, which can say who took it. */
export function fotoNaam(i: number, type: FotoBijlage['type']): string {
  return `foto-${i + 1}.${type === 'image/png' ? 'png' : 'jpg'}`;
}
