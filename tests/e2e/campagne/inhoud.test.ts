/**
 * The toolkit is generated from content, not hand-made: in a temporary copy of the project a changed theme
 * and an added event show up in the poster's text and on the campaign page. And bad content stops the
 * build with the file, the field and what is expected.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bouwIn, pdfNaarPng, pdfTekst, projectKopie, qrInhoud, regioData, vervang, meldUrl } from './gedeeld.ts';

const OUD_THEMA = 'thema: "Zie de signalen. Meld uw twijfel."';
const NIEUW = 'Proefthema uit de inhoudstest ëï';

describe('a changed campaign file changes the generated toolkit', () => {
  let map: string;
  let dist: string;
  beforeAll(async () => {
    map = projectKopie((m) => {
      const bestand = join(m, 'content/campagnes/2027.md');
      vervang(bestand, OUD_THEMA, `thema: "${NIEUW}"`);
      vervang(bestand, 'activiteiten: []', 'activiteiten:\n  - datum: 2027-10-18\n    plaats: "Bibliotheek in het centrum"\n    omschrijving: "Filmavond over arbeidsuitbuiting, met een gesprek na afloop."');
    });
    const bouw = await bouwIn(map, { MELDWIJZER_VANDAAG: '2027-10-10', MELDWIJZER_TALEN: 'nl' });
    if (bouw.code !== 0) throw new Error(`bouw van de kopie faalde:\n${bouw.uitvoer.slice(-3000)}`);
    dist = bouw.dist;
  });
  afterAll(() => {
    if (map) rmSync(map, { recursive: true, force: true });
  });

  test('the poster text is the new theme, with Dutch diacritics intact, and the QR code still decodes', async () => {
    const pdf = join(dist, 'campagne/2027/toolkit/poster-a4.pdf');
    // The theme wraps over lines on the poster; compare with the line breaks taken out.
    const tekst = (await pdfTekst(pdf, false)).replace(/\s+/g, ' ');
    expect(tekst).toContain(NIEUW);
    expect(tekst).not.toContain('Zie de signalen. Meld uw twijfel.');
    expect(await qrInhoud(await pdfNaarPng(pdf, join(map, 'poster')))).toEqual([meldUrl(regioData('de-bilt'))]);
  });

  test('the page, the banner and the alt texts follow the content', () => {
    const pagina = readFileSync(join(dist, 'campagne/2027/index.html'), 'utf8');
    expect(pagina).toContain(NIEUW);
    expect(pagina).toContain('18 oktober 2027, Bibliotheek in het centrum:');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain(`<strong>${NIEUW}</strong>`);
    expect(readFileSync(join(dist, 'campagne/2027/toolkit/index.html'), 'utf8')).toContain(`Grote tekst: ${NIEUW}.`);
    expect(readFileSync(join(dist, 'campagne/2027/toolkit/persbericht.md'), 'utf8')).toContain('Filmavond over arbeidsuitbuiting');
  });
});

describe('bad campaign content stops the build', () => {
  test.each([
    ['a window that ends before it starts', (f: string) => vervang(f, 'eind: "2027-10-31"', 'eind: "2027-09-01"'), 'venster.eind: de einddatum 2027-09-01 ligt vóór de startdatum 2027-10-01'],
    ['a date that is not a date', (f: string) => vervang(f, 'start: "2027-10-01"', 'start: "1 oktober"'), 'venster.start: moet een bestaande datum zijn, geschreven als JJJJ-MM-DD'],
    ['a missing key message', (f: string) => vervang(f, '  jongeren: "', '  oud_jongeren: "'), 'boodschappen.jongeren: ontbreekt: een kernboodschap voor jongeren'],
  ])('%s: file, field and expectation in the output', async (_, pas, verwacht) => {
    const map = projectKopie((m) => pas(join(m, 'content/campagnes/2027.md')));
    try {
      const bouw = await bouwIn(map);
      expect(bouw.code).not.toBe(0);
      expect(bouw.uitvoer).toContain('content/campagnes/2027.md');
      expect(bouw.uitvoer).toContain(verwacht);
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });
});
