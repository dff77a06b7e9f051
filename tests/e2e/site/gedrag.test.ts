/**
 * Behaviour on one content page per region: Snel weg (with JavaScript: location.replace, so Back cannot
 * return, and Shift pressed three times; without: a plain link), keyboard access to the menu, and the print
 * stylesheet. The exit target is stubbed (Pagina.stub): no request leaves the machine.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { nieuweContext, nieuwePagina, type Context, type Pagina } from '../harness.ts';
import { alleBouwen, browserVoorBestand, perRegio } from './gedeeld.ts';

const bouwen = await alleBouwen();
const browser = browserVoorBestand();

const snelWeg = (page: Page) => page.getByRole('link', { name: /^Snel weg/ }).first();

/** Answers the exit target locally and returns its origin. */
async function stubDoel(p: Pagina): Promise<string> {
  const doel = await snelWeg(p.page).getAttribute('href');
  expect(doel).toMatch(/^https:\/\//);
  return p.stub(doel!, '<!doctype html><title>weg</title>');
}

perRegio(bouwen, (_bouw, site) => {
  // The tests with JavaScript reuse pages of one context per region (Context.leen): a fresh page each cost a
  // renderer start. Each test navigates first, so no page state carries over; history only grows.
  let metJs: Context;
  beforeAll(async () => {
    metJs = await nieuweContext(browser(), { origin: site().url });
  });
  afterAll(async () => {
    await metJs?.close();
  });

  test('Snel weg with JavaScript replaces the history entry', async () => {
    const p = await metJs.leen();
    try {
      await p.page.goto(`${site().url}/`);
      await p.page.goto(`${site().url}/inwoners/`);
      const doel = await stubDoel(p);
      const voor = await p.page.evaluate(() => history.length);
      await snelWeg(p.page).click();
      await p.page.waitForURL((u) => u.origin === doel);
      expect(await p.page.evaluate(() => history.length)).toBe(voor);
      // Back lands on the page before the one that was left, not on it.
      await p.page.goBack();
      expect(new URL(p.page.url()).pathname).toBe('/');
      expect(p.vreemd).toEqual([]);
    } finally {
      await p.close();
    }
  });

  test('Shift pressed three times leaves the page', async () => {
    const p = await metJs.leen();
    try {
      await p.page.goto(`${site().url}/jongeren/`);
      const doel = await stubDoel(p);
      await p.page.locator('main').click({ position: { x: 1, y: 1 } });
      for (let i = 0; i < 3; i++) await p.page.keyboard.press('Shift');
      await p.page.waitForURL((u) => u.origin === doel, { timeout: 5000 });
      expect(p.vreemd).toEqual([]);
    } finally {
      await p.close();
    }
  });

  test('without JavaScript Snel weg is a plain link that works', async () => {
    const p = await nieuwePagina(browser(), { origin: site().url, javaScript: false });
    try {
      await p.page.goto(`${site().url}/inwoners/`);
      const doel = await stubDoel(p);
      await snelWeg(p.page).click();
      await p.page.waitForURL((u) => u.origin === doel);
      expect(p.vreemd).toEqual([]);
    } finally {
      await p.close();
    }
  });

  test('Tab reaches every link of the main menu', async () => {
    const p = await metJs.leen();
    try {
      await p.page.goto(`${site().url}/inwoners/`);
      const nav = p.page.getByRole('navigation', { name: 'Hoofdmenu' });
      const menu = await nav.getByRole('link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(menu.length).toBeGreaterThan(2);
      const bereikt = new Set<string>();
      for (let i = 0; i < 40 && bereikt.size < menu.length; i++) {
        await p.page.keyboard.press('Tab');
        const href = await p.page.evaluate(() =>
          document.activeElement?.closest('nav.kop__nav') ? (document.activeElement as HTMLAnchorElement).href : null,
        );
        if (href) bereikt.add(href);
      }
      expect([...bereikt].sort()).toEqual([...menu].sort());
    } finally {
      await p.close();
    }
  });

  test('the print stylesheet hides navigation and Snel weg', async () => {
    const p = await metJs.leen();
    try {
      await p.page.goto(`${site().url}/professionals/`);
      await p.page.emulateMedia({ media: 'print' });
      // Role queries skip hidden elements, so select the landmarks by tag here.
      const navs = p.page.locator('nav, [role="navigation"]');
      expect(await navs.count()).toBeGreaterThan(0);
      for (const nav of await navs.all()) expect(await nav.isVisible()).toBe(false);
      expect(await snelWeg(p.page).isVisible()).toBe(false);
      expect(await p.page.locator('main').isVisible()).toBe(true);
    } finally {
      await p.close();
    }
  });
});
