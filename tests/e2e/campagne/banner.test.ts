/**
 * The campaign banner is on every Dutch page inside the window and on none outside it (decided at build time).
 * The campaign is Dutch only for now, so pages in other languages never show it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { bouwRegio, htmlBestanden, IN_VENSTER, NA_VENSTER, padVan } from '../harness.ts';
import { taalVanPad } from '../../../src/i18n/talen.ts';

const BANNER = '<aside class="campagne-banner"';

/** Every HTML file of the build is a page (the toolkit's banner code is a .txt download on purpose). */
const paginas = (dist: string) => htmlBestanden(dist).filter((f) => taalVanPad(padVan(dist, f)) === 'nl');
const anderstalig = (dist: string) => htmlBestanden(dist).filter((f) => taalVanPad(padVan(dist, f)) !== 'nl');

describe('campaign banner', () => {
  test('MELDWIJZER_VANDAAG=2027-10-10 (inside 1–31 October 2027): on every page, once, linking to 2027', async () => {
    const dist = await bouwRegio('de-bilt', IN_VENSTER);
    const lijst = paginas(dist);
    expect(lijst.length).toBeGreaterThan(15);
    const zonder = lijst.filter((f) => readFileSync(f, 'utf8').split(BANNER).length !== 2).map((f) => padVan(dist, f));
    expect(zonder).toEqual([]);
    expect(readFileSync(lijst[0]!, 'utf8')).toMatch(/<aside class="campagne-banner"[^>]*>.*href="\/campagne\/2027\/"/s);
    const andere = anderstalig(dist);
    expect(andere.length).toBeGreaterThan(15);
    expect(andere.filter((f) => readFileSync(f, 'utf8').includes(BANNER)).map((f) => padVan(dist, f))).toEqual([]);
  });

  test('MELDWIJZER_VANDAAG=2027-11-20 (after the window): on no page', async () => {
    const dist = await bouwRegio('de-bilt', NA_VENSTER);
    const lijst = paginas(dist);
    expect(lijst.length).toBeGreaterThan(15);
    const met = lijst.filter((f) => readFileSync(f, 'utf8').includes(BANNER)).map((f) => padVan(dist, f));
    expect(met).toEqual([]);
  });
});
