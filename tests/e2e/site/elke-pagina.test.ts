/**
 * Pages in the browser (which ones: selectie.ts): accessibility (axe, WCAG 2.2 AA + best practices), the
 * page's lang and dir, skip link, Snel weg, reflow at 320 px (WCAG 1.4.10, = 1280 px at 400 % zoom), and
 * privacy (no other origin, no cookies, no web storage). Content pages ship only the quick-exit script.
 * Each page is one test (named by its path, inside its region) whose soft assertions name the rule, so one
 * run lists every problem. Pages run concurrently, each a tab in one browser context per region, at most the
 * e2e project's maxConcurrency at a time (vitest.config.ts).
 */
import { afterAll, beforeAll, test, type ExpectStatic } from 'vitest';
import { axeScan, beschrijfAxe, nieuweContext, sitemapPaden, type Context, type Site } from '../harness.ts';
import { MET_JS, alleBouwen, browserVoorBestand, perRegio } from './gedeeld.ts';
import { browserPaden, REGIO_PAGINAS } from './selectie.ts';
import { TAAL_INFO, taalVanPad, zonderTaal } from '../../../src/i18n/talen.ts';
import { woordenboek } from '../../../src/i18n/woordenboek.ts';

const bouwen = await alleBouwen();
const browser = browserVoorBestand();

/** `expect` is the test's own: with concurrent tests the global one cannot tell which test a soft failure is for. */
async function controleer(expect: ExpectStatic, context: Context, site: Site, pad: string): Promise<void> {
  const p = await context.leen();
  const { page } = p;
  const taal = taalVanPad(pad);
  try {
    const antwoord = await page.goto(site.url + pad, { waitUntil: 'load' });
    expect.soft(antwoord?.status(), 'HTTP-status').toBeLessThan(400);

    const html = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
    expect.soft(html, 'lang en dir op <html>').toEqual({ lang: taal, dir: TAAL_INFO[taal].dir });

    // No rule is switched off: every violation is a finding.
    expect.soft(beschrijfAxe(await axeScan(page)), 'axe-overtredingen').toEqual([]);

    const snelWeg = new RegExp(`^${woordenboek(taal).snelWeg.knop}`);
    expect.soft(await page.getByRole('link', { name: snelWeg }).count(), 'Snel weg-link').toBeGreaterThanOrEqual(1);

    // style="" cannot be allowed by a CSP hash (the server hashes inline <script>/<style> blocks instead),
    // and a content page runs no script at all besides /snel-weg.js, inline or not.
    const inline = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll('script:not([src])')]
        .filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
        .map((s) => s.outerHTML.slice(0, 80)),
      styleAttributen: [...document.querySelectorAll('[style]')].map((e) => e.outerHTML.slice(0, 80)),
    }));
    expect.soft(inline.styleAttributen, 'style=""-attributen (CSP)').toEqual([]);

    if (!MET_JS.includes(zonderTaal(pad))) {
      const eigen = p.scripts.map((s) => new URL(s).pathname);
      expect.soft(eigen.filter((s) => s !== '/snel-weg.js'), 'JavaScript behalve /snel-weg.js').toEqual([]);
      expect.soft(inline.scripts, 'inline <script> op een inhoudspagina').toEqual([]);
    }

    // The skip link is the first thing Tab reaches and moves focus into main (WCAG 2.4.1).
    await page.keyboard.press('Tab');
    const eerste = await page.evaluate(() => {
      const a = document.activeElement as HTMLAnchorElement | null;
      const doel = a?.hash ? document.getElementById(decodeURIComponent(a.hash.slice(1))) : null;
      return { tag: a?.tagName, tekst: a?.textContent?.trim(), doel: doel?.tagName ?? null };
    });
    expect.soft(eerste, 'eerste focus: skip link naar <main>').toMatchObject({ tag: 'A', doel: 'MAIN' });
    await page.keyboard.press('Enter');
    expect.soft(await page.evaluate(() => document.activeElement?.tagName), 'focus na skip link').toBe('MAIN');

    expect.soft(await p.context.cookies(), 'cookies').toEqual([]);
    expect.soft(await p.setCookies(), 'Set-Cookie-headers').toEqual([]);
    expect
      .soft(await page.evaluate(() => localStorage.length + sessionStorage.length), 'localStorage/sessionStorage')
      .toBe(0);

    await page.setViewportSize({ width: 320, height: 800 });
    const reflow = await page.evaluate(() => {
      const breed = [...document.querySelectorAll('body *')]
        .filter((e) => {
          const r = e.getBoundingClientRect();
          return r.right > window.innerWidth + 1 || r.left < -1;
        })
        .slice(0, 3)
        .map((e) => `${e.tagName.toLowerCase()}${e.className ? '.' + String(e.className).split(' ')[0] : ''}`);
      return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, breed };
    });
    expect
      .soft(reflow.scrollWidth, `horizontaal scrollen op 320 px (te breed: ${reflow.breed.join(', ')})`)
      .toBeLessThanOrEqual(reflow.innerWidth);

    expect.soft(p.vreemd, 'verzoeken naar een ander origin').toEqual([]);
    expect.soft(p.fouten, 'consolefouten').toEqual([]);
  } finally {
    await p.close();
  }
}

perRegio(bouwen, (bouw, site) => {
  const paden = browserPaden(bouw.dist, [...sitemapPaden(bouw.dist), '/404.html'], bouw.id === bouwen[0]?.id);
  let context: Context;
  beforeAll(async () => {
    context = await nieuweContext(browser(), { origin: site().url });
  });
  afterAll(async () => {
    await context?.close();
  });

  test('the selection has the pages', ({ expect }) => {
    expect(paden.length).toBeGreaterThanOrEqual(bouw.id === bouwen[0]?.id ? 40 : REGIO_PAGINAS.length);
  });
  // Three pages share the cores: on a machine that is also busy otherwise one page can take ~30 s.
  for (const pad of paden) test(pad, { timeout: 120_000 }, ({ expect }) => controleer(expect, context, site(), pad));
}, { tegelijk: true });
