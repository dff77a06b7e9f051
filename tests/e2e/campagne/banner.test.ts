/** The campaign banner is on every page inside the window and on none outside it (decided at build time). */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { bouwRegio, htmlBestanden, padVan } from '../harness.ts';

const BANNER = '<aside class="campagne-banner"';

/** Every HTML file of the build is a page (the toolkit's banner code is a .txt download on purpose). */
const paginas = (dist: string) => htmlBestanden(dist);

describe('campaign banner', () => {
  test('MELDWIJZER_VANDAAG=2027-10-10 (inside 1–31 October 2027): on every page, once, linking to 2027', async () => {
    const dist = await bouwRegio('de-bilt', { MELDWIJZER_VANDAAG: '2027-10-10' });
    const lijst = paginas(dist);
    expect(lijst.length).toBeGreaterThan(15);
    const zonder = lijst.filter((f) => readFileSync(f, 'utf8').split(BANNER).length !== 2).map((f) => padVan(dist, f));
    expect(zonder).toEqual([]);
    expect(readFileSync(lijst[0]!, 'utf8')).toMatch(/<aside class="campagne-banner"[^>]*>.*href="\/campagne\/2027\/"/s);
  });

  test('MELDWIJZER_VANDAAG=2027-11-20 (after the window): on no page', async () => {
    const dist = await bouwRegio('de-bilt', { MELDWIJZER_VANDAAG: '2027-11-20' });
    const lijst = paginas(dist);
    expect(lijst.length).toBeGreaterThan(15);
    const met = lijst.filter((f) => readFileSync(f, 'utf8').includes(BANNER)).map((f) => padVan(dist, f));
    expect(met).toEqual([]);
  });
});
