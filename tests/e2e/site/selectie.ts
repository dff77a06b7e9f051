/**
 * Which built pages the browser checks (tests/e2e/site/elke-pagina.test.ts). Every page of every build in
 * every language gets the static checks (statisch.test.ts, talen.test.ts) and the Nu Html Checker
 * (html-geldig.test.ts). The browser's checks (axe, focus, reflow, privacy) cost a second or more a page on
 * these two cores, and the builds have ~130 pages each, so the browser sees:
 * - the first region: every Dutch page, and in each other language the pages whose layout is their own
 *   (KERN) plus one page shown in a fallback language (the notice and its lang marking);
 * - every other region: the Dutch pages where its own content and colours show in a new way (REGIO_PAGINAS)
 *   and its contact page right to left (its translated partners and meldroute in Arabic).
 * The other pages are the same templates with the same parts; what differs per page is text, which the
 * static checks and the Nu Html Checker read on every page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { taalVanPad, zonderTaal } from '../../../src/i18n/talen.ts';

export const KERN = ['/', '/melden/', '/contact/'];
export const REGIO_PAGINAS = ['/', '/contact/', '/melden/', '/inwoners/', '/ar/contact/'];

/** Whether the built page shows a text in another language than its own (the "not translated yet" notice). */
export function isTerugval(dist: string, pad: string): boolean {
  const bestand = pad.endsWith('.html') ? join(dist, pad) : join(dist, pad, 'index.html');
  return readFileSync(bestand, 'utf8').includes('class="melding melding--info niet-vertaald"');
}

export function browserPaden(dist: string, paden: string[], eersteRegio: boolean): string[] {
  if (!eersteRegio) return paden.filter((p) => REGIO_PAGINAS.includes(p));
  const eenTerugval = new Set<string>();
  return paden.filter((p) => {
    const taal = taalVanPad(p);
    // The campaign pages have a browser test of their own (tests/e2e/campagne/paginas.test.ts).
    if (taal === 'nl') return !p.startsWith('/campagne/');
    if (KERN.includes(zonderTaal(p))) return true;
    if (!isTerugval(dist, p) || eenTerugval.has(taal)) return false;
    eenTerugval.add(taal);
    return true;
  });
}
