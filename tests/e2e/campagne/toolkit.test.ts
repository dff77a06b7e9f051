/**
 * For every region profile: the toolkit of every campaign is built, every listed download exists, the poster
 * PDFs render with pdftoppm and their QR code decodes with zbarimg to exactly `${regio.url}/melden/`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bouwRegio, regioIds } from '../harness.ts';
import { campagneJaren, meldUrl, pdfNaarPng, pdfTekst, pngMaat, qrInhoud, regioData } from './gedeeld.ts';

const JAREN = campagneJaren();
const werk = mkdtempSync(join(tmpdir(), 'meldwijzer-toolkit-'));
afterAll(() => rmSync(werk, { recursive: true, force: true }));

test('there are campaigns to build', () => {
  expect(JAREN).toEqual(expect.arrayContaining(['2026', '2027']));
});

describe.each(regioIds())('region %s', (id) => {
  const regio = regioData(id);
  let dist: string;
  beforeAll(async () => {
    dist = await bouwRegio(id);
  });

  describe.each(JAREN)('campaign %s', (jaar) => {
    const map = () => join(dist, 'campagne', jaar, 'toolkit');

    test('every download the toolkit page links to exists and is not empty', () => {
      const html = readFileSync(join(map(), 'index.html'), 'utf8');
      const links = [...html.matchAll(/<a href="([^"]+)" download=/g)].map((m) => m[1]!);
      expect(links.length).toBeGreaterThanOrEqual(15);
      for (const l of links) {
        expect(l.startsWith(`/campagne/${jaar}/toolkit/`), l).toBe(true);
        const bestand = join(dist, l);
        expect(existsSync(bestand), l).toBe(true);
        expect(statSync(bestand).size, l).toBeGreaterThan(100);
      }
    });

    test.each(['a4', 'a3'])('poster %s renders and its QR code is the region /melden/ URL', async (papier) => {
      const pdf = join(map(), `poster-${papier}.pdf`);
      const png = await pdfNaarPng(pdf, join(werk, `${id}-${jaar}-${papier}`));
      expect(await qrInhoud(png)).toEqual([meldUrl(regio)]);
      const tekst = await pdfTekst(pdf);
      for (const nummer of ['112', '0900-8844', '0800-7000', '0800-2000']) expect(tekst).toContain(nummer);
      expect(tekst).toContain(regio.naam);
    });

    test('images have the promised sizes and the banner code links to the form', () => {
      for (const [naam, maat] of [
        ['sociaal-inwoners-1080x1080.png', [1080, 1080]],
        ['sociaal-jongeren-1200x630.png', [1200, 630]],
        ['banner-728x90.png', [728, 90]],
        ['banner-300x250.png', [300, 250]],
      ] as const) {
        expect(pngMaat(readFileSync(join(map(), naam))), naam).toEqual(maat);
      }
      const code = readFileSync(join(map(), 'banner-code.txt'), 'utf8');
      expect(code).toContain(`<a href="${meldUrl(regio)}"><img src="${regio.url}/campagne/${jaar}/toolkit/banner-728x90.png"`);
      expect(code).not.toMatch(/<script|onload=|onclick=/i);
    });
  });

  test('the default Open Graph image exists (1200×630) and campaign pages point to their own', () => {
    expect(pngMaat(readFileSync(join(dist, 'og/standaard.png')))).toEqual([1200, 630]);
    const html = readFileSync(join(dist, 'campagne', JAREN.at(-1)!, 'index.html'), 'utf8');
    expect(html).toContain(`<meta property="og:image" content="${regio.url}/campagne/${JAREN.at(-1)}/toolkit/sociaal-inwoners-1200x630.png">`);
  });
});
