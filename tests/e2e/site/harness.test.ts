/** The harness itself: a shared build, the server, and the foreign-origin guard (which must be able to fail). */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { bouwRegio, nieuweBrowser, nieuwePagina, sitemapPaden, startSite, type Site } from '../harness.ts';

let site: Site;
let browser: Browser;
let dist: string;

beforeAll(async () => {
  dist = await bouwRegio('de-bilt');
  site = await startSite(dist);
  browser = await nieuweBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

test('the same region is built once per run', async () => {
  expect(await bouwRegio('de-bilt')).toBe(dist);
});

test('sitemap paths are local paths of the build', () => {
  const paden = sitemapPaden(dist);
  expect(paden).toContain('/');
  for (const p of paden) expect(p.startsWith('/')).toBe(true);
});

test('a request to another origin is blocked and reported', async () => {
  const p = await nieuwePagina(browser, { origin: site.url });
  await p.page.goto(`${site.url}/`);
  // A navigation, not a fetch: the production server's CSP would stop a fetch before it is even requested.
  await p.page.goto('http://example.invalid/x').catch(() => null);
  expect(p.vreemd).toEqual(['http://example.invalid/x']);
  await p.close();
});

test('an unknown path answers 404 with the 404 page', async () => {
  const p = await nieuwePagina(browser, { origin: site.url });
  const r = await p.page.goto(`${site.url}/bestaat-niet/`);
  expect(r?.status()).toBe(404);
  expect(await p.page.locator('main').count()).toBe(1);
  await p.close();
});
