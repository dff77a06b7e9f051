/**
 * The poster for labour migrants (A4 PDF), one per language the region publishes besides Dutch. The same
 * look as the Dutch poster: a band in the region's colour with the werk page's question, what is normal at
 * work beside the work pictogram, 112 and the Arbeidsinspectie beside a QR code to the form in that
 * language (`/<taal>/melden/`), and a footer with the address and the logo on a white plate.
 *
 * Every sentence comes from the language's dictionary (src/i18n/<taal>.ts, section `poster` and a few keys
 * the site already uses), so a missing translation is a type error. Arabic is set right to left in Noto Sans
 * Arabic, aligned right, with the layout mirrored (numbers on the right, QR code on the left); numbers, the
 * address and the gemeente's name are separate left-to-right runs in Open Sans.
 */
import { PDFDocument, type RGB } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import type { Campagne } from '../schema.ts';
import type { Regio } from '../../regio/schema.ts';
import { TAAL_INFO, type Taal } from '../../i18n/talen.ts';
import type { Woordenboek } from '../../i18n/nl.ts';
import { woordenboek } from '../../i18n/woordenboek.ts';
import { nummers } from '../../lib/nummers.ts';
import { lettertype, lettertypeBytes, letterVoor, pasIn, type Gewicht, type Letter } from './lettertype.ts';
import { gevormdeBreedte, tekenGevormd, type PdfLetter } from './pdftekst.ts';
import { kleur, PAPIER, tekenQr, WIT, ZWART, zetEigenschappen } from './poster.ts';
import { logoPng, pictogramPng } from './beeldmerk.ts';
import { meldUrl, meldUrlKort } from './teksten.ts';

/** The numbers on the worker poster (src/lib/nummers.ts) with their labels in the poster's language. */
export function werkNummers(w: Woordenboek): { nummer: string; label: string }[] {
  return [
    { nummer: nummers.alarm.nummer, label: w.uiterlijk.directHulp.gevaar },
    { nummer: nummers.arbeidsinspectie.nummer, label: w.poster.arbeidsinspectie },
  ];
}

/** What was put on the page, for tests: text runs with their font, and the boxes of QR code and images (PDF points). */
export interface Getekend {
  soort: 'tekst' | 'qr' | 'beeld';
  tekst?: string;
  letter?: Letter;
  gewicht?: Gewicht;
  x: number;
  y: number;
  b: number;
  h: number;
}

/** `taal`'s PDF language tag: og:locale's `pl_PL` as BCP 47 `pl-PL`. */
export function pdfTaal(taal: Taal): string {
  return TAAL_INFO[taal].locale.replace('_', '-');
}

/** The A4 worker poster in `taal`. `getekend`, when given, receives everything drawn (tests check glyphs and overlap). */
export async function maakWerkposter(c: Campagne, regio: Regio, taal: Taal, getekend?: Getekend[]): Promise<Uint8Array> {
  const w = woordenboek(taal);
  const rtl = TAAL_INFO[taal].dir === 'rtl';
  const eigen = letterVoor(taal);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const letters = new Map<string, PdfLetter>();
  for (const letter of new Set<Letter>([eigen, 'open-sans'])) {
    for (const gewicht of ['gewoon', 'vet'] as const) {
      letters.set(`${letter}|${gewicht}`, { pdf: await doc.embedFont(lettertypeBytes(gewicht, letter), { subset: true }), vorm: lettertype(gewicht, letter) });
    }
  }
  const letterVan = (letter: Letter, gewicht: Gewicht) => letters.get(`${letter}|${gewicht}`)!;

  zetEigenschappen(doc, c, regio, {
    titel: w.nav.werk,
    onderwerp: w.poster.hulp,
    trefwoorden: ['mensenhandel', 'arbeidsuitbuiting', TAAL_INFO[taal].nederlands, regio.korteNaam],
    taal: pdfTaal(taal),
  });

  const [B, H] = PAPIER.A4;
  const page = doc.addPage([B, H]);
  const h = regio.huisstijl;
  const marge = 42;
  const breed = B - 2 * marge;
  /** x of a box `b` wide that starts `s` from the leading edge: the left in left-to-right, the right in Arabic. */
  const xVan = (s: number, b: number) => (rtl ? B - s - b : s);
  const breedteVan = (t: string, grootte: number, gewicht: Gewicht, letter: Letter = eigen) => gevormdeBreedte(letterVan(letter, gewicht), t, grootte);
  /** One line starting `s` from the leading edge, baseline `yVanafBoven` from the top. Returns its width. */
  const tekst = (t: string, s: number, yVanafBoven: number, grootte: number, gewicht: Gewicht, k: RGB, letter: Letter = eigen): number => {
    const b = breedteVan(t, grootte, gewicht, letter);
    const x = xVan(s, b);
    const m = tekenGevormd(page, letterVan(letter, gewicht), t, x, H - yVanafBoven, grootte, k);
    getekend?.push({ soort: 'tekst', tekst: t, letter, gewicht, x, y: H - yVanafBoven - m.onder, b: m.breedte, h: m.onder + m.boven });
    return b;
  };
  const vlak = (soort: Getekend['soort'], x: number, y: number, b: number, hoogte: number) => getekend?.push({ soort, x, y, b, h: hoogte });

  // Arabic letters reach further above and below the line (marks, deep descenders): more room between lines.
  const ruim = eigen === 'noto-sans-arabic' ? 1.2 : 1;

  // Band: the European day, the werk page's question, and "help without fear: report anonymously".
  // The question on one line when it fits at a good size, else on two.
  const eenRegel = pasIn(w.nav.werk, 46, 36, 'vet', breed, 1, eigen);
  const kop = eenRegel.regels.length === 1 ? eenRegel : pasIn(w.nav.werk, 46, 28, 'vet', breed, 2, eigen);
  const hulp = pasIn(w.poster.hulp, 26, 16, 'vet', breed, 2, eigen);
  let y = marge + 16;
  const bandHoogte = y + 28 + (kop.regels.length * kop.grootte * 1.15 + 14 + hulp.regels.length * hulp.grootte * 1.25) * ruim + 30;
  page.drawRectangle({ x: 0, y: H - bandHoogte, width: B, height: bandHoogte, color: kleur(h.primair) });
  const dag = pasIn(w.campagne.banner, 15, 10, 'gewoon', breed, 1, eigen);
  tekst(dag.regels.join(' '), marge, y, dag.grootte, 'gewoon', WIT);
  y += 28;
  for (const r of kop.regels) {
    y += kop.grootte * 1.05 * ruim;
    tekst(r, marge, y, kop.grootte, 'vet', WIT);
    y += kop.grootte * 0.1 * ruim;
  }
  y += 14 * ruim;
  for (const r of hulp.regels) {
    y += hulp.grootte * 1.1 * ruim;
    tekst(r, marge, y, hulp.grootte, 'vet', kleur(h.accentLicht));
    y += hulp.grootte * 0.15 * ruim;
  }

  // What is normal at work, with the work pictogram on the trailing side.
  const picto = 64;
  const pictoX = xVan(B - marge - picto, picto);
  y = bandHoogte + 34;
  page.drawImage(await doc.embedPng(pictogramPng('arbeidsuitbuiting', regio, 256)), { x: pictoX, y: H - y - 4 - picto, width: picto, height: picto });
  vlak('beeld', pictoX, H - y - 4 - picto, picto, picto);
  y += 20;
  tekst(w.poster.normaal, marge, y, 20, 'vet', ZWART);
  y += 12;

  // Lower part: numbers on the leading side, the QR code on the trailing side, both above the footer.
  const voetHoogte = 72;
  const qrMaat = 170;
  const qrS = B - marge - qrMaat;
  const qrX = xVan(qrS, qrMaat);
  const qrBoven = H - voetHoogte - 36 - qrMaat - 44;

  // One size for all lines (at most two lines each), so they read as one list: the largest that leaves
  // room above the numbers (a long heading in the band takes some of it).
  const inspring = 20;
  const regelBreed = breed - picto - 20 - inspring;
  const opmaak = (g: number) => {
    const blokken = w.poster.regels.map((r) => pasIn(r, g, g, 'gewoon', regelBreed, 2, eigen).regels);
    const hoogte = blokken.reduce((som, b) => som + g * 1.4 * ruim + (b.length - 1) * g * 1.3 * ruim + 4, 0);
    return { blokken, past: blokken.every((b) => b.length <= 2) && y + hoogte + g * 0.4 <= qrBoven - 26 };
  };
  let grootte = 18;
  while (grootte > 12 && !opmaak(grootte).past) grootte -= 1;
  const lijstOpmaak = opmaak(grootte);
  if (!lijstOpmaak.past) throw new Error(`Werkposter ${taal}: de tekst is te lang voor de poster (src/i18n/${taal}.ts, poster)`);
  for (const stukken of lijstOpmaak.blokken) {
    y += grootte * 1.4 * ruim;
    page.drawCircle({ x: xVan(marge, 8) + 4, y: H - y + grootte * 0.33, size: 4, color: kleur(h.primair) });
    stukken.forEach((s, i) => tekst(s, marge + inspring, y + i * grootte * 1.3 * ruim, grootte, 'gewoon', ZWART));
    y += (stukken.length - 1) * grootte * 1.3 * ruim + 4;
  }

  tekenQr(page, meldUrl(regio, taal), qrX, H - qrBoven - qrMaat, qrMaat);
  vlak('qr', qrX, H - qrBoven - qrMaat, qrMaat, qrMaat);
  const scan = pasIn(w.poster.scan, 13, 10, 'vet', qrMaat, 2, eigen);
  scan.regels.forEach((r, i) => tekst(r, qrS, qrBoven + qrMaat + 18 + i * 16 * ruim, scan.grootte, 'vet', ZWART));

  let ny = qrBoven + 4;
  tekst(w.contact.bel, marge, ny, 14, 'vet', ZWART);
  const lijst = werkNummers(w);
  const nummerBreed = Math.max(...lijst.map((n) => breedteVan(n.nummer, 24, 'vet', 'open-sans')));
  const labelS = marge + nummerBreed + 14;
  const labelBreed = qrS - 20 - labelS;
  for (const n of lijst) {
    ny += 40;
    tekst(n.nummer, marge, ny, 24, 'vet', kleur(h.primair), 'open-sans');
    const label = pasIn(n.label, 13, 10, 'gewoon', labelBreed, 4, eigen);
    label.regels.forEach((r, i) => tekst(r, labelS, ny - 6 + i * label.grootte * 1.25 * ruim, label.grootte, 'gewoon', ZWART));
    ny += Math.max(0, label.regels.length - 2) * label.grootte * 1.25 * ruim;
  }
  if (ny > H - voetHoogte - 10) throw new Error(`Werkposter ${taal}: de nummers passen niet boven de voet`);

  // Footer: where to report online, readable when the QR code cannot be scanned, and the logo.
  page.drawRectangle({ x: 0, y: 0, width: B, height: voetHoogte, color: kleur(h.accentLicht) });
  page.drawRectangle({ x: 0, y: voetHoogte, width: B, height: 4, color: kleur(h.primair) });
  const logo = logoPng(regio, 240);
  const logoH = 44;
  const logoB = (logoH * logo.breedte) / logo.hoogte;
  const plaatB = logoB + 16;
  const plaatX = xVan(B - marge - plaatB, plaatB);
  page.drawRectangle({ x: plaatX, y: (voetHoogte - logoH - 12) / 2, width: plaatB, height: logoH + 12, color: WIT });
  page.drawImage(await doc.embedPng(logo.png), { x: plaatX + 8, y: (voetHoogte - logoH) / 2, width: logoB, height: logoH });
  vlak('beeld', plaatX, (voetHoogte - logoH - 12) / 2, plaatB, logoH + 12);
  // "Report anonymously: <address>": the label in the poster's font (Arabic has no colon glyph: a gap), the address in Open Sans.
  const label = rtl ? w.nav.melden : `${w.nav.melden}:`;
  const adres = meldUrlKort(regio, taal);
  const adresRuimte = breed - plaatB - 16;
  let ag = 15;
  while (ag > 9 && breedteVan(label, ag, 'vet') + ag * 0.4 + breedteVan(adres, ag, 'vet', 'open-sans') > adresRuimte) ag -= 0.5;
  const lb = tekst(label, marge, H - voetHoogte + 30, ag, 'vet', ZWART);
  tekst(adres, marge + lb + ag * 0.4, H - voetHoogte + 30, ag, 'vet', ZWART, 'open-sans');
  tekst(regio.naam, marge, H - voetHoogte + 52, 12, 'gewoon', ZWART, 'open-sans');

  return doc.save();
}
