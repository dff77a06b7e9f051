/**
 * Cleans one chosen photo in the browser, before anything is encrypted: read the bytes, check what they
 * are and how large an image they declare, decode with the EXIF orientation applied, draw onto a canvas
 * (scaled to FOTO_ZIJDE at most) and encode anew. Only the pixels survive: EXIF, GPS, XMP, IPTC, maker
 * notes, ICC profiles, comments and thumbnails stay behind, and `schoon*` removes whatever an encoder
 * might add. Loaded with the first chosen photo, not with the page.
 */
import { FOTO_BESTAND_MAX, FOTO_PIXELS_MAX, FOTO_ZIJDE, type FotoBijlage } from '../../../melding/fotos.ts';
import { herken } from './herken.ts';
import { schoonJpeg, schoonPng } from './schoon.ts';

export type Weigering = 'geen_foto' | 'kapot' | 'onleesbaar' | 'te_veel_pixels' | 'bestand_te_groot';

export interface SchoneFoto extends FotoBijlage {
  breedte: number;
  hoogte: number;
  /** A small JPEG as a data: URL for the preview (the CSP allows data: images, not blob:). */
  voorbeeld: string;
}

/** JPEG quality: a licence plate stays readable, a phone photo lands around 1 MB at 2560 px. */
const KWALITEIT = 0.85;
/** A PNG (a screenshot) stays PNG, sharp text and all, unless that would be larger than this. */
const PNG_MAX = 3_000_000;
const VOORBEELD_ZIJDE = 240;

function canvas(breedte: number, hoogte: number): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = breedte;
  c.height = hoogte;
  return c;
}

function teken(bron: ImageBitmap | HTMLCanvasElement, breedte: number, hoogte: number, wit: boolean): HTMLCanvasElement {
  const c = canvas(breedte, hoogte);
  const ctx = c.getContext('2d');
  if (!ctx) throw new Error('geen 2d-canvas');
  if (wit) {
    // JPEG has no transparency: a transparent screenshot would turn black.
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, breedte, hoogte);
  }
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bron, 0, 0, breedte, hoogte);
  return c;
}

function blob(c: HTMLCanvasElement, type: 'image/jpeg' | 'image/png'): Promise<Uint8Array> {
  return new Promise((klaar, fout) =>
    c.toBlob(
      (b) => (b ? b.arrayBuffer().then((a) => klaar(new Uint8Array(a)), fout) : fout(new Error('toBlob gaf niets'))),
      type,
      type === 'image/jpeg' ? KWALITEIT : undefined,
    ),
  );
}

function opruimen(...cs: HTMLCanvasElement[]): void {
  // Frees the pixel memory now instead of at the next garbage collection (matters on a cheap phone).
  for (const c of cs) c.width = c.height = 0;
}

export async function maakSchoon(bestand: Blob): Promise<SchoneFoto | Weigering> {
  if (bestand.size > FOTO_BESTAND_MAX) return 'bestand_te_groot';
  const bytes = new Uint8Array(await bestand.arrayBuffer());
  const h = herken(bytes);
  if ('fout' in h) return h.fout;
  const teGroot = (b: number | null, hg: number | null) => b !== null && hg !== null && b * hg > FOTO_PIXELS_MAX;
  if (teGroot(h.breedte, h.hoogte)) return 'te_veel_pixels';

  let beeld: ImageBitmap;
  try {
    beeld = await createImageBitmap(new Blob([bytes], { type: h.type }), { imageOrientation: 'from-image' });
  } catch {
    return 'onleesbaar'; // e.g. HEIC in a browser without a HEIC decoder: never sent as it was
  }
  const bron: HTMLCanvasElement[] = [];
  try {
    if (teGroot(beeld.width, beeld.height)) return 'te_veel_pixels';
    const schaal = Math.min(1, FOTO_ZIJDE / Math.max(beeld.width, beeld.height));
    const breedte = Math.max(1, Math.round(beeld.width * schaal));
    const hoogte = Math.max(1, Math.round(beeld.height * schaal));

    let type: FotoBijlage['type'] = 'image/jpeg';
    let data: Uint8Array | null = null;
    if (h.soort === 'png') {
      const c = teken(beeld, breedte, hoogte, false);
      bron.push(c);
      const p = await blob(c, 'image/png');
      if (p.length <= PNG_MAX) [type, data] = ['image/png', schoonPng(p)];
    }
    const c = teken(beeld, breedte, hoogte, true);
    bron.push(c);
    data ??= schoonJpeg(await blob(c, 'image/jpeg'));

    // Fail closed: what goes out must itself be a well-formed image of the size we drew.
    const uit = herken(data);
    if ('fout' in uit || uit.breedte !== breedte || uit.hoogte !== hoogte) return 'onleesbaar';

    const s = Math.min(1, VOORBEELD_ZIJDE / Math.max(breedte, hoogte));
    const klein = teken(c, Math.max(1, Math.round(breedte * s)), Math.max(1, Math.round(hoogte * s)), true);
    bron.push(klein);
    return { type, data, breedte, hoogte, voorbeeld: klein.toDataURL('image/jpeg', 0.7) };
  } catch {
    return 'onleesbaar';
  } finally {
    beeld.close();
    opruimen(...bron);
  }
}
