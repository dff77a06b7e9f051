/**
 * E2E harness: build a region, serve it, drive Debian Chromium, check it. Everything runs against the
 * *built* site, never the dev server.
 *
 * How to use it in tests/e2e/<area>/<name>.test.ts:
 *
 *   import { afterAll, beforeAll, expect, test } from 'vitest';
 *   import { bouwRegio, startSite, nieuweBrowser, nieuwePagina, axeScan, beschrijfAxe, type Site } from '../harness.ts';
 *   import type { Browser } from 'playwright-core';
 *
 *   let site: Site;
 *   let browser: Browser;
 *   beforeAll(async () => {
 *     const dist = await bouwRegio('de-bilt');            // prebuilt once per run by the global setup
 *     site = await startSite(dist);                        // 127.0.0.1, free port
 *     browser = await nieuweBrowser();                     // this file's connection to the run's Chromium
 *   });
 *   afterAll(async () => { await browser?.close(); await site?.close(); });
 *
 *   test('inwoners page has no axe violations', async () => {
 *     const p = await nieuwePagina(browser, { origin: site.url });
 *     await p.page.goto(`${site.url}/inwoners/`);
 *     expect(beschrijfAxe(await axeScan(p.page))).toEqual([]);
 *     expect(p.vreemd).toEqual([]);                        // no request left this origin
 *     await p.close();
 *   });
 *
 * - bouwRegio(id, env?): dist folder for region `id`; `env` adds build variables (e.g. { MELDWIJZER_VANDAAG:
 *   '2027-10-10' } for a campaign window). The global setup (harness/global-setup.ts) builds every region and
 *   the variants in VOORAF_VARIANTEN once per run, at most two at a time, and provides them to every file
 *   (vitest provide/inject); another variant is built by the worker that asks, once per worker. Builds cost
 *   ~20-60 s each: a variant more than one file needs belongs in VOORAF_VARIANTEN.
 * - startSite(dist, { app? }): the production server on a free port, with `app` (the melding app) mounted
 *   under /api/. harness/site.ts is the one place that knows how the server is started.
 * - nieuweBrowser(): under vitest a connection to the one Chromium the global setup started (close() ends
 *   the connection and this file's contexts); outside vitest (bench) a browser of its own.
 * - nieuwePagina(browser, { origin, javaScript?: false, viewport? }): a fresh context (no shared cookies or
 *   storage) whose requests to other origins are blocked and listed in `vreemd`; `fouten` collects console
 *   errors (CSP violations too). Stub an outside origin with `p.stub(origin, html)` before it is requested (other hosts do not resolve).
 * - sitemapUrls(dist, site.url), htmlBestanden(dist), vnu(files): crawl lists and the Nu Html Checker.
 * - axeScan(page, negeer?) with tags wcag2a, wcag2aa, wcag21aa, wcag22aa, best-practice; a rule in `negeer`
 *   needs a comment with the reason.
 * - metHoogstens(n, taken): a small pool for checks over many pages (a few at a time beats all at once on 2 cores).
 * - perRegio(bouwen, tests, { tegelijk: true }) (site/gedeeld.ts): regions and their tests concurrently,
 *   maxConcurrency at a time (vitest.config.ts); such tests use their context's `expect`.
 * Only the e2e project runs these (tests/e2e/**); `npx vitest run --project e2e tests/e2e/<area>` runs one area.
 */
export { bouwRegio, bouwSleutel, IN_VENSTER, NA_VENSTER, regioIds, sleutelBouw, VOORAF_VARIANTEN, PROJECT, type BouwEnv, type BouwUitkomst } from './harness/bouw.ts';
export { startSite, type Site, type SiteOpties } from './harness/site.ts';
export { nieuweBrowser, nieuweContext, nieuwePagina, CHROMIUM, CHROMIUM_ARGS, type Context, type Pagina, type PaginaOpties } from './harness/browser.ts';
export { metHoogstens } from './harness/tegelijk.ts';
export { axeScan, beschrijfAxe, AXE_TAGS, type AxeOvertreding } from './harness/axe.ts';
export { sitemapPaden, sitemapUrls, htmlBestanden, padVan, vnu, type VnuMelding } from './harness/bestanden.ts';
