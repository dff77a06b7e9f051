import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { bannerCode, grootteNl, toolkitBestanden } from '../../../src/campagne/toolkit/bestanden.ts';
import { handleiding, meldUrl, persbericht, persberichtTekst, vensterNl } from '../../../src/campagne/toolkit/teksten.ts';
import { pasIn, regels, breedte } from '../../../src/campagne/toolkit/lettertype.ts';
import { qrCode } from '../../../src/campagne/toolkit/qr.ts';
import { nummers } from '../../../src/lib/nummers.ts';
import { campagne, regio } from './voorbeeld.ts';

function pngMaat(b: Uint8Array): [number, number] {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  expect([...b.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  return [v.getUint32(16), v.getUint32(20)];
}

describe('toolkit files', () => {
  const lijst = toolkitBestanden(campagne, regio);

  it('has posters (Dutch, then one for workers per published language), eight social images, two banners, the banner code, the press text and the guide, each once', () => {
    expect(lijst.map((b) => b.naam)).toEqual([
      'poster-a4.pdf', 'poster-a3.pdf', 'poster-werk-pl.pdf', 'poster-werk-ar.pdf',
      'sociaal-inwoners-1080x1080.png', 'sociaal-inwoners-1200x630.png',
      'sociaal-ondernemers-1080x1080.png', 'sociaal-ondernemers-1200x630.png',
      'sociaal-professionals-1080x1080.png', 'sociaal-professionals-1200x630.png',
      'sociaal-jongeren-1080x1080.png', 'sociaal-jongeren-1200x630.png',
      'banner-728x90.png', 'banner-300x250.png', 'banner-code.txt', 'persbericht.md', 'persbericht.txt', 'handleiding-campagneweek.md',
    ]);
  });

  it('gives every image an alt text with the theme and every social image a post text with the form address', () => {
    for (const b of lijst.filter((x) => x.formaat === 'PNG')) {
      expect(b.alt, b.naam).toContain('Zie de signalen. Meld uw twijfel.');
      if (b.soort === 'sociaal') {
        expect(b.alt).toContain(campagne.boodschappen[b.doelgroep!]);
        expect(b.post).toContain('https://meldwijzer.testdorp.example/melden/');
        expect(b.post).toContain(campagne.boodschappen[b.doelgroep!]);
      }
    }
  });

  it('renders PNGs at the promised pixel size', async () => {
    for (const b of lijst.filter((x) => x.pixels)) {
      expect(pngMaat(await b.maak()), b.naam).toEqual(b.pixels);
    }
  });

  it('makes A4 and A3 posters with Dutch metadata', async () => {
    const a4 = await PDFDocument.load(await lijst[0]!.maak());
    const a3 = await PDFDocument.load(await lijst[1]!.maak());
    expect(a4.getPage(0).getSize().width).toBeCloseTo(595.28, 1);
    expect(a3.getPage(0).getSize().height).toBeCloseTo(1190.55, 1);
    expect(a4.getTitle()).toBe('Zie de signalen. Meld uw twijfel. (poster A4)');
    expect(a4.getAuthor()).toBe('Gemeente Testdorp');
  });

  it('makes a file once per build: the page and the endpoint share the bytes', async () => {
    const opnieuw = toolkitBestanden(campagne, regio);
    expect(await opnieuw[0]!.maak()).toBe(await lijst[0]!.maak());
    const anders = toolkitBestanden({ ...campagne, thema: 'Een ander thema' }, regio);
    expect(await anders[0]!.maak()).not.toBe(await lijst[0]!.maak());
  });
});

describe('texts', () => {
  it('points to the region /melden/ page exactly', () => {
    expect(meldUrl(regio)).toBe('https://meldwijzer.testdorp.example/melden/');
    expect(meldUrl({ url: 'https://x.example/' })).toBe('https://x.example/melden/');
  });

  it('banner code is a plain link around an image: no script, no tracking, absolute addresses', () => {
    const code = bannerCode(campagne, regio).split('\n');
    expect(code).toHaveLength(2);
    expect(code[0]).toBe(
      '<a href="https://meldwijzer.testdorp.example/melden/"><img src="https://meldwijzer.testdorp.example/campagne/2027/toolkit/banner-728x90.png" width="728" height="90" alt="Zie de signalen. Meld uw twijfel. Ook bij twijfel: meld het. Naar het anonieme meldformulier van Gemeente Testdorp."></a>',
    );
    expect(code.join('')).not.toMatch(/script|onload|onclick|\?|utm_/i);
  });

  it('press text has the national numbers, the events and placeholders to fill in', () => {
    const tekst = persbericht(campagne, regio);
    for (const n of [nummers.alarm, nummers.politie, nummers.mma, nummers.veiligThuis]) expect(tekst).toContain(n.nummer);
    expect(tekst).toContain('18 oktober 2027, Bibliotheek Testdorp: Filmavond met gesprek na afloop.');
    expect(tekst).toContain('[Citaat van de burgemeester');
  });

  it('press text also comes as plain text without Markdown marks, same words', () => {
    const platte = persberichtTekst(campagne, regio);
    expect(platte).not.toMatch(/^#|\*\*|^---$/m);
    expect(platte).toContain('Persbericht: Uw twijfel is genoeg');
    expect(platte).toContain('[Plaats], [datum] – Op 18 oktober');
    for (const n of [nummers.alarm, nummers.veiligThuis]) expect(platte).toContain(n.nummer);
  });

  it('writes the window in Dutch', () => {
    expect(vensterNl({ jaar: 2027 })).toBe('1 oktober tot en met 31 oktober 2027');
    expect(vensterNl({ jaar: 2027, venster: { start: '2027-12-20', eind: '2028-01-05' } })).toBe('20 december 2027 tot en met 5 januari 2028');
  });

  it('docs/campagne.md carries the same guide as the toolkit page', () => {
    const docs = readFileSync(new URL('../../../docs/campagne.md', import.meta.url), 'utf8');
    const h = handleiding();
    expect(docs).toContain(h.kop);
    for (const s of h.stappen) {
      expect(docs).toContain(s.wanneer);
      expect(docs).toContain(s.wat);
    }
  });

  it('formats sizes the Dutch way', () => {
    expect(grootteNl(17_241)).toBe('17 kB');
    expect(grootteNl(1_250_000)).toBe('1,3 MB');
    expect(grootteNl(120)).toBe('1 kB');
  });
});

describe('layout helpers', () => {
  it('wraps text within the width and shrinks a long theme to fit the lines', () => {
    const r = regels('Werkt iemand in uw straat lange dagen voor weinig geld?', 20, 'gewoon', 200);
    expect(r.length).toBeGreaterThan(1);
    for (const x of r) expect(breedte(x, 20, 'gewoon')).toBeLessThanOrEqual(200);
    const p = pasIn('Een heel lang thema dat op een poster niet in twee regels past', 60, 20, 'vet', 400, 2);
    expect(p.regels.length).toBeLessThanOrEqual(2);
    expect(p.grootte).toBeLessThan(60);
  });

  it('measures diacritics with real glyphs (é is as wide as e, not zero)', () => {
    expect(breedte('é', 20, 'gewoon')).toBeCloseTo(breedte('e', 20, 'gewoon'), 1);
  });

  it('QR code runs stay inside the symbol', () => {
    const qr = qrCode('https://meldwijzer.testdorp.example/melden/');
    expect(qr.grootte).toBeGreaterThanOrEqual(21);
    for (const k of qr.blokken) expect(k.x + k.b).toBeLessThanOrEqual(qr.grootte);
  });
});
