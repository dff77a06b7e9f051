/**
 * Which built pages the browser checks (tests/e2e/site/elke-pagina.test.ts). Every page of every build in
 * every language gets the static checks (statisch.test.ts) and the Nu Html Checker (html-geldig.test.ts);
 * the browser's checks (axe, focus, reflow, privacy) cost about a second a page, so they see:
 * - the first region: every Dutch and English page, and in each other language every translated page plus
 *   one page shown in a fallback language (the notice and its lang marking);
 * - every other region: the Dutch pages that show the region's own content or colours in a new way
 *   (REGIO_PAGINAS) and, in every other language, its home, contact (the region's translated partners and
 *   meldroute) and melden page.
 * The other pages of those regions are the first region's templates with the same region parts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { taalVanPad } from '../../../src/i18n/talen.ts';

export const REGIO_PAGINAS = ['/', '/contact/', '/melden/', '/inwoners/', '/jongeren/', '/ondernemers/', '/professionals/', '/werk/', '/signalen-check/', '/404.html'];
const PER_TAAL = ['/', '/contact/', '/melden/'];

/** Whether the built page shows a text in another language than its own (the "not translated yet" notice). */
export function isTerugval(dist: string, pad: string): boolean {
  const bestand = pad.endsWith('.html') ? join(dist, pad) : join(dist, pad, 'index.html');
  return readFileSync(bestand, 'utf8').includes('class="melding melding--info niet-vertaald"');
}

export function browserPaden(dist: string, paden: string[], eersteRegio: boolean): string[] {
  if (!eersteRegio) {
    return paden.filter((p) => {
      const taal = taalVanPad(p);
      if (taal === 'nl') return REGIO_PAGINAS.includes(p);
      return PER_TAAL.includes(p.slice(taal.length + 1));
    });
  }
  const eenTerugval = new Set<string>();
  return paden.filter((p) => {
    const taal = taalVanPad(p);
    if (taal === 'nl' || taal === 'en') return true;
    if (!isTerugval(dist, p)) return true;
    if (eenTerugval.has(taal)) return false;
    eenTerugval.add(taal);
    return true;
  });
}
