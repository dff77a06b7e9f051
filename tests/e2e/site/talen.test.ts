/**
 * Languages, read from every built page of every region (no browser: the browser checks are in
 * elke-pagina.test.ts): the pages issue 11 lists exist in every published language, translated; each page
 * has the lang and dir of its path, hreflang alternates for every published language plus x-default, and
 * the switcher; a translated page shows no Dutch interface text outside an element marked lang="nl"; and
 * every internal link and in-page anchor leads somewhere (the language prefix is added by the build).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { htmlBestanden, padVan } from '../harness.ts';
import { alleBouwen, perRegio } from './gedeeld.ts';
import { alleenNederlands, inTaal, TAAL_INFO, taalVanPad, zonderTaal, type Taal } from '../../../src/i18n/talen.ts';
import { woordenboek } from '../../../src/i18n/woordenboek.ts';
import { nl } from '../../../src/i18n/nl.ts';

/** The pages someone who may be exploited needs most: translated into every published language. */
export const TAAL_PAGINAS = [
  '/',
  '/werk/',
  '/vormen/arbeidsuitbuiting/',
  '/vormen/seksuele-uitbuiting/',
  '/vormen/criminele-uitbuiting/',
  '/contact/',
  '/privacy/',
  '/signalen-check/',
  '/melden/',
];

const bouwen = await alleBouwen();

/** Every string in a dictionary (functions and numbers left out), with its key path. */
function teksten(w: unknown, pad = ''): [string, string][] {
  if (typeof w === 'string') return [[pad, w]];
  if (Array.isArray(w)) return w.flatMap((x, i) => teksten(x, `${pad}.${i}`));
  if (w && typeof w === 'object') return Object.entries(w).flatMap(([k, v]) => teksten(v, pad ? `${pad}.${k}` : k));
  return [];
}
const opPad = (w: unknown, pad: string) => pad.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], w);

/** Dutch interface sentences that another language's dictionary says differently (long enough not to match by chance). */
function nederlandseZinnen(taal: Taal): string[] {
  const ander = woordenboek(taal);
  return teksten(nl)
    .filter(([pad, zin]) => zin.length >= 8 && !zin.includes('{') && opPad(ander, pad) !== zin)
    .map(([, zin]) => zin);
}

function lees(bestand: string): HTMLElement {
  return parse(readFileSync(bestand, 'utf8'));
}

/** A site path as a file of the build (`/pl/melden/` → dist/pl/melden/index.html). */
function bestaat(dist: string, pad: string): boolean {
  const kaal = decodeURIComponent(pad.split(/[?#]/)[0]!);
  if (kaal.endsWith('/')) return existsSync(join(dist, kaal, 'index.html'));
  return existsSync(join(dist, kaal));
}

perRegio(bouwen, (bouw) => {
  const dist = bouw.dist;
  const talen = (JSON.parse(readFileSync(join(process.cwd(), 'content/regios', `${bouw.id}.json`), 'utf8')).talen ?? ['nl']) as Taal[];
  const bestanden = htmlBestanden(dist).filter((b) => !b.includes('/pagefind/'));

  test('the region publishes every language (the example profiles do)', () => {
    expect(talen).toEqual(['nl', 'en', 'pl', 'ro', 'bg', 'uk', 'ar']);
  });

  test.each(talen.filter((t) => t !== 'nl'))('%s: the listed pages exist and are translated', (taal) => {
    const ontbreekt = TAAL_PAGINAS.filter((p) => !bestaat(dist, inTaal(p, taal)));
    expect(ontbreekt).toEqual([]);
    const terugval = TAAL_PAGINAS.filter((p) => lees(join(dist, inTaal(p, taal), 'index.html')).querySelector('.niet-vertaald'));
    expect(terugval).toEqual([]);
  });

  test('English is the whole site: no English page falls back to Dutch', () => {
    const terugval = bestanden
      .filter((b) => taalVanPad(padVan(dist, b)) === 'en')
      .filter((b) => lees(b).querySelector('.niet-vertaald'))
      .map((b) => padVan(dist, b));
    expect(terugval).toEqual([]);
  });

  test('every page has the lang and dir of its language, hreflang alternates and the switcher', () => {
    const fouten: string[] = [];
    for (const b of bestanden) {
      const pad = padVan(dist, b);
      const taal = taalVanPad(pad);
      const doc = lees(b);
      const html = doc.querySelector('html')!;
      if (html.getAttribute('lang') !== taal || html.getAttribute('dir') !== TAAL_INFO[taal].dir) fouten.push(`${pad}: <html lang="${html.getAttribute('lang')}" dir="${html.getAttribute('dir')}">`);
      const keuze = doc.querySelectorAll('.taalkeuze a');
      const codes = keuze.map((a) => a.getAttribute('lang'));
      if (codes.join() !== talen.join()) fouten.push(`${pad}: taalkeuze ${codes.join()}`);
      for (const a of keuze) if (!bestaat(dist, a.getAttribute('href')!)) fouten.push(`${pad}: taalkeuze → ${a.getAttribute('href')} bestaat niet`);
      if (doc.querySelector('meta[name="robots"]') || alleenNederlands(pad)) continue;
      const alternatieven = doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]);
      const kaal = zonderTaal(pad);
      const verwacht = [...talen.map((t) => [t, inTaal(kaal, t)]), ['x-default', kaal]];
      if (JSON.stringify(alternatieven) !== JSON.stringify(verwacht)) fouten.push(`${pad}: hreflang ${JSON.stringify(alternatieven)}`);
    }
    expect(fouten).toEqual([]);
  });

  test('a translated page shows no Dutch interface text outside lang="nl"', () => {
    const fouten: string[] = [];
    const zinnen = new Map(talen.filter((t) => t !== 'nl').map((t) => [t, nederlandseZinnen(t)]));
    for (const b of bestanden) {
      const pad = padVan(dist, b);
      const taal = taalVanPad(pad);
      if (taal === 'nl') continue;
      const doc = lees(b);
      for (const weg of doc.querySelectorAll('[lang="nl"], script, style')) weg.remove();
      const tekst = doc.querySelector('body')!.text.replace(/\s+/g, ' ');
      for (const zin of zinnen.get(taal)!) if (tekst.includes(zin)) fouten.push(`${pad}: "${zin}"`);
    }
    expect(fouten).toEqual([]);
  });

  test('every internal link and in-page anchor leads somewhere', () => {
    const fouten: string[] = [];
    for (const b of bestanden) {
      const pad = padVan(dist, b);
      const doc = lees(b);
      const ids = new Set(doc.querySelectorAll('[id]').map((e) => e.getAttribute('id')));
      for (const a of doc.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (href.startsWith('#')) {
          if (href.length > 1 && !ids.has(decodeURIComponent(href.slice(1)))) fouten.push(`${pad}: ${href}`);
        } else if (href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/api/')) {
          if (!bestaat(dist, href)) fouten.push(`${pad}: ${href}`);
        }
      }
    }
    expect(fouten).toEqual([]);
  });
});
