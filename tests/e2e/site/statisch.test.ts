/**
 * What every built page of every region must be, read from the HTML without a browser (the browser
 * checks a selection: elke-pagina.test.ts): the skip link is the first link and leads to <main>; Snel weg
 * is there in the page's language; no style="" attribute (the CSP allows none); content pages load no
 * script but /snel-weg.js; and nothing on the page is loaded from another origin (scripts, styles, images,
 * icons, fonts, frames, preloads).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { htmlBestanden, padVan } from '../harness.ts';
import { alleBouwen, MET_JS, perRegio } from './gedeeld.ts';
import { taalVanPad, zonderTaal } from '../../../src/i18n/talen.ts';
import { woordenboek } from '../../../src/i18n/woordenboek.ts';

const bouwen = await alleBouwen();

/** Attributes that make the browser fetch something on load (links the visitor follows are not among them). */
const LADEN = ['script[src]', 'link[href]:not([rel="canonical"]):not([rel="alternate"])', 'img[src]', 'source[srcset]', 'iframe[src]', 'video[src]', 'audio[src]', 'object[data]'];

perRegio(bouwen, (bouw) => {
  const dist = bouw.dist;
  const bestanden = htmlBestanden(dist).filter((b) => !b.includes('/pagefind/'));

  test('every page: skip link first, Snel weg, no style attributes, only its own scripts, nothing from another origin', () => {
    expect(bestanden.length).toBeGreaterThan(50);
    const fouten: string[] = [];
    for (const b of bestanden) {
      const pad = padVan(dist, b);
      const t = woordenboek(taalVanPad(pad));
      const doc = parse(readFileSync(b, 'utf8'));
      const body = doc.querySelector('body')!;
      const eerste = body.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
      const main = doc.querySelector('main');
      if (eerste?.getAttribute('href') !== `#${main?.getAttribute('id')}` || !main) fouten.push(`${pad}: het eerste focusbare element is geen skip link naar <main>`);
      if (main && main.getAttribute('tabindex') !== '-1') fouten.push(`${pad}: <main> kan geen focus krijgen (tabindex="-1")`);
      const snelWeg = doc.querySelectorAll('a[data-snel-weg]');
      if (snelWeg.length !== 1 || !snelWeg[0]!.text.trim().startsWith(t.snelWeg.knop)) fouten.push(`${pad}: Snel weg ontbreekt of is niet in de taal van de pagina`);
      for (const e of doc.querySelectorAll('[style]')) fouten.push(`${pad}: style="" op <${e.tagName.toLowerCase()}>`);
      const scripts = doc.querySelectorAll('script').filter((s) => !/json/.test(s.getAttribute('type') ?? ''));
      if (!MET_JS.includes(zonderTaal(pad))) {
        const anders = scripts.map((s) => s.getAttribute('src') ?? 'inline').filter((s) => s !== '/snel-weg.js');
        if (anders.length) fouten.push(`${pad}: scripts ${anders.join(', ')}`);
      }
      for (const e of doc.querySelectorAll(LADEN.join(', '))) {
        const url = e.getAttribute('src') ?? e.getAttribute('href') ?? e.getAttribute('srcset') ?? e.getAttribute('data') ?? '';
        if (/^(https?:)?\/\//i.test(url.trim())) fouten.push(`${pad}: <${e.tagName.toLowerCase()}> laadt ${url}`);
      }
    }
    expect(fouten).toEqual([]);
  });
});
