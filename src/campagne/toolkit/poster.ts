/**
 * Printable poster (PDF, A4 or A3) in the region's colours: theme, call to action, key message for
 * inwoners with its pictogram, the national numbers (112 first) beside a QR code to the region's /melden/
 * page, and the gemeente's logo. Text is real PDF text in
 * an embedded Open Sans subset, so it can be selected, searched and read by a screen reader.
 */
import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import type { Campagne } from '../schema.ts';
import type { Regio } from '../../regio/schema.ts';
import { venster } from '../venster.ts';
import { lettertypeBytes, pasIn, regels, type Gewicht } from './lettertype.ts';
import { qrCode } from './qr.ts';
import { logoPng, pictogramPng } from './beeldmerk.ts';
import { DAG, meldUrl, meldUrlKort, POSTERNUMMERS } from './teksten.ts';

export type Papier = 'A4' | 'A3';
export const PAPIER: Record<Papier, [number, number]> = { A4: [595.28, 841.89], A3: [841.89, 1190.55] };

/** `#rrggbb` as a pdf-lib colour. */
export function kleur(hex: string): RGB {
  return rgb(parseInt(hex.slice(1, 3), 16) / 255, parseInt(hex.slice(3, 5), 16) / 255, parseInt(hex.slice(5, 7), 16) / 255);
}
export const ZWART = kleur('#1a1a1a');
export const WIT = rgb(1, 1, 1);

/** The document properties of every poster; the dates from the campaign, not the clock, so the same content gives the same file in every build. */
export function zetEigenschappen(
  doc: PDFDocument, c: Campagne, regio: Regio, e: { titel: string; onderwerp: string; trefwoorden: string[]; taal: string },
): void {
  const datum = new Date(`${venster(c).start}T00:00:00Z`);
  doc.setTitle(e.titel, { showInWindowTitleBar: true });
  doc.setAuthor(regio.naam);
  doc.setSubject(e.onderwerp);
  doc.setKeywords(e.trefwoorden);
  doc.setLanguage(e.taal);
  doc.setCreator('Meldwijzer');
  doc.setProducer('Meldwijzer (pdf-lib)');
  doc.setCreationDate(datum);
  doc.setModificationDate(datum);
}

export async function maakPoster(c: Campagne, regio: Regio, papier: Papier): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts: Record<Gewicht, PDFFont> = {
    gewoon: await doc.embedFont(lettertypeBytes('gewoon'), { subset: true }),
    vet: await doc.embedFont(lettertypeBytes('vet'), { subset: true }),
  };
  zetEigenschappen(doc, c, regio, {
    titel: `${c.thema} (poster ${papier})`,
    onderwerp: `${DAG}. ${c.oproep}`,
    trefwoorden: ['mensenhandel', 'Europese dag tegen mensenhandel', regio.korteNaam],
    taal: 'nl-NL',
  });

  const [B, H] = PAPIER[papier];
  const page = doc.addPage([B, H]);
  // Laid out once in A4 points; A3 is the same poster scaled by √2.
  const s = B / PAPIER.A4[0];
  const h = regio.huisstijl;
  const marge = 42 * s;
  const breed = B - 2 * marge;

  const tekst = (p: PDFPage, t: string, x: number, yVanafBoven: number, grootte: number, gewicht: Gewicht, k: RGB) =>
    p.drawText(t, { x, y: H - yVanafBoven, size: grootte, font: fonts[gewicht], color: k });

  // Band in the region's main colour with the day, the theme and the call to action.
  const thema = pasIn(c.thema, 50 * s, 30 * s, 'vet', breed, 3);
  const oproep = pasIn(c.oproep, 26 * s, 18 * s, 'vet', breed, 2);
  let y = marge + 16 * s;
  const bandHoogte = y + 28 * s + thema.regels.length * thema.grootte * 1.15 + 14 * s + oproep.regels.length * oproep.grootte * 1.25 + 30 * s;
  page.drawRectangle({ x: 0, y: H - bandHoogte, width: B, height: bandHoogte, color: kleur(h.primair) });
  tekst(page, DAG, marge, y, 15 * s, 'gewoon', WIT);
  y += 28 * s;
  for (const r of thema.regels) {
    y += thema.grootte * 1.05;
    tekst(page, r, marge, y, thema.grootte, 'vet', WIT);
    y += thema.grootte * 0.1;
  }
  y += 14 * s;
  for (const r of oproep.regels) {
    y += oproep.grootte * 1.1;
    tekst(page, r, marge, y, oproep.grootte, 'vet', kleur(h.accentLicht));
    y += oproep.grootte * 0.15;
  }

  // The key message for inwoners: the poster hangs in public places.
  y = bandHoogte + 34 * s;
  // The inwoners pictogram beside the message: the poster is looked at before it is read.
  const picto = 64 * s;
  const pictoBeeld = await doc.embedPng(pictogramPng('inwoners', regio, 256));
  page.drawImage(pictoBeeld, { x: B - marge - picto, y: H - y - 12 * s - picto, width: picto, height: picto });
  const boodschap = pasIn(c.boodschappen.inwoners, 21 * s, 15 * s, 'gewoon', breed - picto - 20 * s, 6);
  for (const r of boodschap.regels) {
    y += boodschap.grootte * 1.35;
    tekst(page, r, marge, y, boodschap.grootte, 'gewoon', ZWART);
  }

  // Lower part: numbers on the left, QR code on the right, both above the footer.
  const voetHoogte = 72 * s;
  const qrMaat = 170 * s;
  const qrX = B - marge - qrMaat;
  const qrBoven = H - voetHoogte - 36 * s - qrMaat - 44 * s;
  tekenQr(page, meldUrl(regio), qrX, H - qrBoven - qrMaat, qrMaat);
  const onderschrift = regels('Scan de code en meld anoniem', 13 * s, 'vet', qrMaat);
  onderschrift.forEach((r, i) => tekst(page, r, qrX, qrBoven + qrMaat + 18 * s + i * 16 * s, 13 * s, 'vet', ZWART));

  let ny = qrBoven + 4 * s;
  tekst(page, 'Bel', marge, ny, 14 * s, 'vet', ZWART);
  for (const n of POSTERNUMMERS) {
    ny += 40 * s;
    tekst(page, n.nummer, marge, ny, 24 * s, 'vet', kleur(h.primair));
    tekst(page, n.label, marge + 140 * s, ny - 2 * s, 13 * s, 'gewoon', ZWART);
  }

  // Footer: where to report online, readable when the QR code cannot be scanned.
  page.drawRectangle({ x: 0, y: 0, width: B, height: voetHoogte, color: kleur(h.accentLicht) });
  page.drawRectangle({ x: 0, y: voetHoogte, width: B, height: 4 * s, color: kleur(h.primair) });
  // The gemeente's logo on a white plate, bottom right: the poster is recognisably the gemeente's own.
  const logo = logoPng(regio, 240);
  const logoH = 44 * s;
  const logoB = (logoH * logo.breedte) / logo.hoogte;
  const plaatB = logoB + 16 * s;
  const adres = pasIn(`Anoniem melden: ${meldUrlKort(regio)}`, 15 * s, 9 * s, 'vet', breed - plaatB - 16 * s, 1);
  tekst(page, adres.regels.join(' '), marge, H - voetHoogte + 30 * s, adres.grootte, 'vet', ZWART);
  tekst(page, regio.naam, marge, H - voetHoogte + 52 * s, 12 * s, 'gewoon', ZWART);
  page.drawRectangle({ x: B - marge - plaatB, y: (voetHoogte - logoH - 12 * s) / 2, width: plaatB, height: logoH + 12 * s, color: WIT });
  page.drawImage(await doc.embedPng(logo.png), { x: B - marge - plaatB + 8 * s, y: (voetHoogte - logoH) / 2, width: logoB, height: logoH });

  return doc.save();
}

/** Draws the QR code as black rectangles on a white square with the standard 4-module quiet zone. */
export function tekenQr(page: PDFPage, url: string, x: number, y: number, maat: number): void {
  const qr = qrCode(url);
  const m = maat / (qr.grootte + 8);
  page.drawRectangle({ x, y, width: maat, height: maat, color: WIT });
  for (const k of qr.blokken) {
    // PDF y grows upwards; module rows grow downwards.
    page.drawRectangle({ x: x + (k.x + 4) * m, y: y + maat - (k.y + 5) * m, width: k.b * m, height: m, color: rgb(0, 0, 0) });
  }
}
