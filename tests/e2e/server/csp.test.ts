/**
 * The CSP holds in a real browser: every page of a built region, served by the production server, loads in
 * Chromium with zero CSP violations: the island on /melden/ hydrates (its inline scripts are allowed by
 * hash) and a Pagefind search on /zoeken/ runs (WebAssembly in a worker). Also: the built HTML needs no
 * 'unsafe-inline', and the server's headers are those in dist/_headers.
 */
import { taalVanPad, zonderTaal } from '../../../src/i18n/talen.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bouwRegio, htmlBestanden, metHoogstens, nieuweBrowser, nieuweContext, padVan, startSite, type Context, type Site } from '../harness.ts';
import { scanSite } from '../../../src/bouw/inline.ts';

let dist: string;
let site: Site;
let browser: Browser;
/** Pages are reused (Context.leen): every navigation starts a new document with its own listener below. */
let context: Context;

beforeAll(async () => {
  dist = await bouwRegio('de-bilt');
  site = await startSite(dist);
  browser = await nieuweBrowser();
  context = await nieuweContext(browser, { origin: site.url });
  // Injected by the browser itself, so the page's CSP does not apply to this listener.
  await context.context.addInitScript(() => {
    const w = window as unknown as { cspSchendingen: string[] };
    w.cspSchendingen = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspSchendingen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
});

/** Loads `pad` and returns the CSP violations the page reported (and console errors mentioning the CSP). */
async function schendingen(pad: string, doe?: (p: import('playwright-core').Page) => Promise<void>): Promise<string[]> {
  const p = await context.leen();
  try {
    const r = await p.page.goto(site.url + pad, { waitUntil: 'networkidle' });
    expect(r?.headers()['content-security-policy']).toBeTruthy();
    if (doe) await doe(p.page);
    const gezien = await p.page.evaluate(() => (window as unknown as { cspSchendingen: string[] }).cspSchendingen);
    return [...gezien, ...p.fouten.filter((f) => /Content Security Policy/i.test(f))];
  } finally {
    await p.close();
  }
}

describe('Content-Security-Policy in Chromium', () => {
  test('the built HTML needs no unsafe-inline, and the build wrote dist/_headers', () => {
    expect(scanSite(dist).problemen).toEqual([]);
    expect(existsSync(join(dist, '_headers'))).toBe(true);
  });

  test('the server sends the CSP that dist/_headers gives Netlify (minus the https-only upgrade)', async () => {
    const netlify = /Content-Security-Policy: (.*)/.exec(readFileSync(join(dist, '_headers'), 'utf8'))![1]!;
    const server = (await fetch(`${site.url}/`)).headers.get('content-security-policy');
    expect(`${server}; upgrade-insecure-requests`).toBe(netlify);
  });

  test('each kind of page, in every language, loads with 0 CSP violations', async () => {
    // The CSP differs by path (search, the rest) and lists the hashes of every inline block of the build
    // (scanSite, below, checks those per file); a page of the same kind in another language has the same
    // blocks. The every-page test also fails on any CSP violation (a console error) on the pages it opens.
    const SOORTEN = ['/', '/melden/', '/zoeken/', '/contact/'];
    const NL = [...SOORTEN, '/signalen-check/', '/inwoners/', '/vormen/arbeidsuitbuiting/', '/404.html'];
    const paden = htmlBestanden(dist)
      .map((b) => padVan(dist, b))
      .filter((p) => (taalVanPad(p) === 'nl' ? NL.includes(p) || p.startsWith('/campagne/') : SOORTEN.includes(zonderTaal(p))));
    expect(paden.length).toBeGreaterThan(10);
    const fouten: Record<string, string[]> = {};
    // A few pages at a time: one after another this took ~70 s.
    const uitkomsten = await metHoogstens(3, paden.map((pad) => () => schendingen(pad)));
    paden.forEach((pad, i) => {
      const u = uitkomsten[i]!;
      if (u.status === 'rejected') fouten[pad] = [String(u.reason)];
      else if (u.value.length) fouten[pad] = u.value;
    });
    expect(fouten).toEqual({});
  }, 120_000);

  test('the melding form hydrates without CSP violations', async () => {
    let gehydrateerd = false;
    const s = await schendingen('/melden/', async (page) => {
      // Astro removes the ssr attribute once an island has hydrated.
      await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((e) => !e.hasAttribute('ssr')), null, { timeout: 10_000 });
      gehydrateerd = (await page.locator('astro-island').count()) > 0;
    });
    expect(gehydrateerd).toBe(true);
    expect(s).toEqual([]);
  });

  test('a Pagefind search (WebAssembly) runs without CSP violations', async () => {
    const s = await schendingen('/zoeken/', async (page) => {
      await page.fill('#q', 'mensenhandel');
      await page.press('#q', 'Enter');
      await page.locator('[data-zoek-resultaten] h2').waitFor({ timeout: 15_000 });
      expect(await page.locator('[data-zoek-resultaten] li').count()).toBeGreaterThan(0);
    });
    expect(s).toEqual([]);
  });
});
