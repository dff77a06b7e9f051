/**
 * The worker posters: one per published language besides Dutch, its text from that language's dictionary,
 * every glyph in the chosen font, nothing overlapping, and (rendered with poppler, decoded with zbar) a QR
 * code to exactly `${regio.url}/<taal>/melden/`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import type { Regio } from '../../../src/regio/schema.ts';
import { bekendeRegios, laadRegio } from '../../../src/regio/laad.ts';
import { TALEN, TAAL_INFO, type Taal } from '../../../src/i18n/talen.ts';
import { woordenboek } from '../../../src/i18n/woordenboek.ts';
import { nummers } from '../../../src/lib/nummers.ts';
import { toolkitBestanden } from '../../../src/campagne/toolkit/bestanden.ts';
import { maakWerkposter, pdfTaal, werkNummers, type Getekend } from '../../../src/campagne/toolkit/werkposter.ts';
import { meldUrl, meldUrlKort } from '../../../src/campagne/toolkit/teksten.ts';
import { heeftGlyphs, lettertype, letterVoor, lettertypeBytes, breedte } from '../../../src/campagne/toolkit/lettertype.ts';
import { woffNaarTtf } from '../../../src/campagne/toolkit/woff.ts';
import { pdfNaarPng, pdfTekst, qrInhoud } from '../../e2e/campagne/gedeeld.ts';
import { campagne, regio } from './voorbeeld.ts';

const ANDERE = TALEN.filter((t) => t !== 'nl');
const werk = mkdtempSync(join(tmpdir(), 'meldwijzer-werkposter-'));
afterAll(() => rmSync(werk, { recursive: true, force: true }));

/** Every poster once, with what was drawn on it. */
const posters = new Map<Taal, Promise<{ pdf: Uint8Array; getekend: Getekend[] }>>();
function poster(taal: Taal) {
  let p = posters.get(taal);
  if (!p) {
    const getekend: Getekend[] = [];
    p = maakWerkposter(campagne, regio, taal, getekend).then((pdf) => ({ pdf, getekend }));
    posters.set(taal, p);
  }
  return p;
}

/** Pairs of things drawn over each other, and things off the page. Boxes are the ink of each line (glyph outlines, marks included), so touching lines count too. */
function overlap(getekend: Getekend[]): string[] {
  const naam = (g: Getekend) => `"${g.tekst ?? g.soort}"`;
  const raakt = (a: Getekend, b: Getekend) => a.x < b.x + b.b && b.x < a.x + a.b && a.y < b.y + b.h && b.y < a.y + a.h;
  return getekend.flatMap((a, i) => [
    ...(a.x >= 0 && a.y >= 0 && a.x + a.b <= 595.28 && a.y + a.h <= 841.89 ? [] : [`${naam(a)} off the page`]),
    ...getekend.slice(i + 1).filter((b) => raakt(a, b)).map((b) => `${naam(a)} and ${naam(b)}`),
  ]);
}

describe('the list of toolkit files', () => {
  it('has a worker poster for each published language besides Dutch, after the Dutch posters, titled in Dutch', () => {
    const lijst = toolkitBestanden(campagne, regio);
    const werkposters = lijst.filter((b) => b.naam.startsWith('poster-werk-'));
    expect(werkposters.map((b) => [b.naam, b.titel, b.taal, b.maat])).toEqual([
      ['poster-werk-pl.pdf', 'Poster voor werknemers, Pools', 'pl', 'A4 (210 × 297 mm)'],
      ['poster-werk-ar.pdf', 'Poster voor werknemers, Arabisch', 'ar', 'A4 (210 × 297 mm)'],
    ]);
    expect(lijst.slice(0, 4).map((b) => b.naam)).toEqual(['poster-a4.pdf', 'poster-a3.pdf', 'poster-werk-pl.pdf', 'poster-werk-ar.pdf']);
    for (const b of werkposters) expect([b.soort, b.mime]).toEqual(['poster', 'application/pdf']);
  });

  it('follows the profile: none for Dutch or an unpublished language, one for each of all six', () => {
    const alleenNl = toolkitBestanden(campagne, { ...regio, talen: ['nl'] } as Regio);
    expect(alleenNl.filter((b) => b.naam.startsWith('poster-werk-'))).toEqual([]);
    const alle = toolkitBestanden(campagne, { ...regio, talen: [...TALEN] } as Regio);
    expect(alle.filter((b) => b.naam.startsWith('poster-werk-')).map((b) => b.naam)).toEqual(ANDERE.map((t) => `poster-werk-${t}.pdf`));
  });
});

describe('addresses', () => {
  it('points a language to its own form; Dutch stays at /melden/', () => {
    expect(meldUrl(regio, 'pl')).toBe('https://meldwijzer.testdorp.example/pl/melden/');
    expect(meldUrl(regio, 'ar')).toBe('https://meldwijzer.testdorp.example/ar/melden/');
    expect(meldUrl(regio, 'nl')).toBe('https://meldwijzer.testdorp.example/melden/');
    expect(meldUrl({ url: 'https://x.example/' }, 'uk')).toBe('https://x.example/uk/melden/');
    expect(meldUrlKort(regio, 'pl')).toBe('meldwijzer.testdorp.example/pl/melden');
  });
});

describe('texts', () => {
  it('uses the Arbeidsinspectie number from src/lib/nummers.ts beside 112', () => {
    expect(werkNummers(woordenboek('pl')).map((n) => n.nummer)).toEqual([nummers.alarm.nummer, nummers.arbeidsinspectie.nummer]);
  });

  it.each(ANDERE)('%s: two or three lines of what is normal, and no invented number', (taal) => {
    const p = woordenboek(taal).poster;
    expect(p.regels.length).toBeGreaterThanOrEqual(2);
    expect(p.regels.length).toBeLessThanOrEqual(3);
    for (const s of [p.normaal, ...p.regels, p.hulp, p.arbeidsinspectie, p.scan]) expect(s, s).not.toMatch(/\d/);
  });

  it('writes Romanian ș and ț with the comma below, not the cedilla', () => {
    const p = woordenboek('ro').poster;
    const alles = [p.normaal, ...p.regels, p.hulp, p.arbeidsinspectie, p.scan].join(' ');
    expect(alles).toMatch(/[șț]/);
    expect(alles).not.toMatch(/[şţŞŢ]/);
  });

  it('keeps every Arabic poster string pure Arabic script (its font has no Latin, digits, "." or ":")', () => {
    const w = woordenboek('ar');
    for (const s of [w.nav.werk, w.nav.melden, w.campagne.banner, w.contact.bel, w.uiterlijk.directHulp.gevaar, w.poster.normaal, ...w.poster.regels, w.poster.hulp, w.poster.arbeidsinspectie, w.poster.scan]) {
      expect(s, s).toMatch(/^[\u0600-\u06FF ]+$/);
    }
  });
});

describe('fonts', () => {
  it('picks Noto Sans Arabic for Arabic and Open Sans for every other language', () => {
    expect(letterVoor('ar')).toBe('noto-sans-arabic');
    for (const t of TALEN.filter((x) => x !== 'ar')) expect(letterVoor(t)).toBe('open-sans');
    // Measuring follows the choice: Open Sans has no Arabic, so the same text is narrower (.notdef boxes).
    expect(breedte('هل تعمل', 20, 'vet', 'noto-sans-arabic')).not.toBeCloseTo(breedte('هل تعمل', 20, 'vet'), 0);
    expect(heeftGlyphs('هل تعمل', 'vet')).toBe(false);
  });

  it('unpacks the Arabic WOFF into a TrueType whose subsets keep every glyph intact', async () => {
    const ttf = lettertypeBytes('vet', 'noto-sans-arabic');
    expect(Buffer.from(ttf.subarray(0, 4)).readUInt32BE(0)).toBe(0x00010000);
    const f = lettertype('vet', 'noto-sans-arabic');
    const run = f.layout(woordenboek('ar').poster.hulp);
    const subset = f.createSubset();
    for (const g of run.glyphs) subset.includeGlyph(g);
    const stukken: Uint8Array[] = [];
    const stroom = subset.encodeStream();
    await new Promise<void>((klaar) => {
      stroom.on('data', (d: Uint8Array) => stukken.push(d));
      stroom.on('end', () => klaar());
    });
    const s = fontkit.create(Buffer.concat(stukken));
    // Subset glyph 0 is .notdef; then the run's distinct glyphs in order, each with its own outline.
    // fontkit's types leave out Path.commands; the objects have it.
    const bevelen = (g: { path: unknown }) => (g.path as { commands: unknown[] }).commands.length;
    const ids = [...new Set(run.glyphs.map((g) => g.id))];
    ids.forEach((id, i) => expect(() => bevelen(s.getGlyph(i + 1)), `glyph ${id}`).not.toThrow());
    ids.forEach((id, i) => expect(bevelen(s.getGlyph(i + 1)), `glyph ${id}`).toBe(bevelen(f.getGlyph(id))));
  });

  it('rejects a file that is not WOFF 1.0', () => {
    expect(() => woffNaarTtf(new Uint8Array(64))).toThrow('Geen WOFF 1.0-bestand');
  });
});

describe.each(ANDERE)('worker poster in %s', (taal) => {
  const w = woordenboek(taal);

  it('is an A4 PDF with the title and language of its text', async () => {
    const doc = await PDFDocument.load((await poster(taal)).pdf);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getPage(0).getSize().width).toBeCloseTo(595.28, 1);
    expect(doc.getTitle()).toBe(w.nav.werk);
    expect(doc.getAuthor()).toBe('Gemeente Testdorp');
    const lang = doc.catalog.lookup(PDFName.of('Lang'), PDFString, PDFHexString);
    expect(lang.decodeText()).toBe(pdfTaal(taal));
    expect(pdfTaal(taal)).toMatch(/^[a-z]{2}(-[A-Z]{2})?$/); // BCP 47, not og:locale's pl_PL
  });

  it('has a glyph in the chosen font for every character it draws (no .notdef)', async () => {
    const { getekend } = await poster(taal);
    const runs = getekend.filter((g) => g.soort === 'tekst');
    expect(runs.length).toBeGreaterThan(12);
    for (const r of runs) {
      const f = lettertype(r.gewicht!, r.letter!);
      for (const c of r.tekst!) expect(f.hasGlyphForCodePoint(c.codePointAt(0)!), `${JSON.stringify(c)} in "${r.tekst}" (${r.letter})`).toBe(true);
      expect(heeftGlyphs(r.tekst!, r.gewicht!, r.letter!), r.tekst).toBe(true);
    }
    // The language's own text is set in its font; numbers, address and the gemeente's name in Open Sans.
    const eigen = runs.filter((r) => r.letter === letterVoor(taal)).map((r) => r.tekst).join(' ');
    for (const s of [w.nav.werk, w.poster.normaal, ...w.poster.regels, w.poster.hulp, w.poster.scan, w.poster.arbeidsinspectie, w.uiterlijk.directHulp.gevaar]) {
      for (const woord of s.split(/\s+/)) expect(eigen, `${woord} (${s})`).toContain(woord);
    }
    const latijn = runs.filter((r) => r.letter === 'open-sans').map((r) => r.tekst);
    expect(latijn).toEqual(expect.arrayContaining(['112', '0800-5151', `meldwijzer.testdorp.example/${taal}/melden`, 'Gemeente Testdorp']));
  });

  it('lays nothing over anything else and stays on the page', async () => {
    expect(overlap((await poster(taal)).getekend)).toEqual([]);
  });

  it('mirrors for right-to-left: the QR code on the leading side is the trailing side', async () => {
    const { getekend } = await poster(taal);
    const qr = getekend.find((g) => g.soort === 'qr')!;
    const nummer = getekend.find((g) => g.tekst === '112')!;
    if (TAAL_INFO[taal].dir === 'rtl') expect(qr.x).toBeLessThan(nummer.x);
    else expect(qr.x).toBeGreaterThan(nummer.x);
    // Lines of the poster's own text start at the leading margin: right-aligned in Arabic, left-aligned otherwise.
    const kop = getekend.find((g) => g.tekst === w.poster.normaal)!;
    if (TAAL_INFO[taal].dir === 'rtl') expect(kop.x + kop.b).toBeCloseTo(595.28 - 42, 0);
    else expect(kop.x).toBeCloseTo(42, 0);
  });
});

describe.each(bekendeRegios())('built-in region %s', (id) => {
  // Real names, addresses and logos are longer than the test region's: the longest texts (Bulgarian) and Arabic.
  it.each(['bg', 'ar'] as const)('%s poster fits without overlap', async (taal) => {
    const getekend: Getekend[] = [];
    await maakWerkposter(campagne, laadRegio(id), taal, getekend);
    expect(overlap(getekend)).toEqual([]);
  });
});

describe.each(['pl', 'ar'] as const)('rendered poster in %s', (taal) => {
  it('renders with pdftoppm and its QR code decodes to exactly the region form in that language', async () => {
    const pdf = join(werk, `poster-werk-${taal}.pdf`);
    writeFileSync(pdf, (await poster(taal)).pdf);
    const png = await pdfNaarPng(pdf, join(werk, `poster-werk-${taal}`), 100);
    expect(await qrInhoud(png)).toEqual([`https://meldwijzer.testdorp.example/${taal}/melden/`]);
  });
});

it('keeps Polish letters as written in the PDF text (pdftotext)', async () => {
  const pdf = join(werk, 'poster-werk-pl-tekst.pdf');
  writeFileSync(pdf, (await poster('pl')).pdf);
  const tekst = (await pdfTekst(pdf, false)).replace(/\s+/g, ' ');
  expect(tekst).toContain('Paszport i kartę bankową masz u siebie.');
  expect(tekst).toContain('Pomoc bez strachu: zgłoś anonimowo');
  expect(tekst).toContain('Możesz zrezygnować albo szukać innej pracy.');
  expect(tekst).toContain('meldwijzer.testdorp.example/pl/melden');
});
