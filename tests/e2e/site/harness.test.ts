/** The harness itself: a shared build, the server, and the foreign-origin guard (which must be able to fail). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { bouwRegio, bouwSleutel, nieuweBrowser, nieuweContext, nieuwePagina, regioIds, sitemapPaden, sleutelBouw, startSite, VOORAF_VARIANTEN, type Site } from '../harness.ts';

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

test('the global setup provides every region and shared variant, each a finished build', () => {
  const bouwen = inject('bouwen');
  const gevraagd = process.env.MELDWIJZER_E2E_REGIOS?.split(',').map((s) => s.trim()).filter(Boolean);
  const ids = gevraagd ?? regioIds();
  const verwacht = [
    ...ids.map((id) => bouwSleutel(id)),
    ...VOORAF_VARIANTEN.filter(([id]) => ids.includes(id)).map(([id, env]) => bouwSleutel(id, env)),
    // de-bilt encrypting to the run's GnuPG key, for the form files
    ...(ids.includes('de-bilt') ? [bouwSleutel('de-bilt', sleutelBouw(join(inject('gpgHome'), 'publiek.asc')))] : []),
  ];
  expect(Object.keys(bouwen).sort()).toEqual(verwacht.sort());
  for (const [k, u] of Object.entries(bouwen)) {
    if ('fout' in u) throw new Error(`${k}: ${u.fout}`);
    expect(existsSync(join(u.dist, 'index.html')), k).toBe(true);
  }
  expect(bouwen[bouwSleutel('de-bilt')]).toEqual({ dist });
});

test('a build key does not depend on the order of the env variables', () => {
  expect(bouwSleutel('de-bilt', { A: '1', B: '2' })).toBe(bouwSleutel('de-bilt', { B: '2', A: '1' }));
  expect(bouwSleutel('de-bilt', { A: '1' })).not.toBe(bouwSleutel('de-bilt', { A: '2' }));
  expect(bouwSleutel('de-bilt')).not.toBe(bouwSleutel('zblw'));
});

test('sitemap paths are local paths of the build', () => {
  const paden = sitemapPaden(dist);
  expect(paden).toContain('/');
  for (const p of paden) expect(p.startsWith('/')).toBe(true);
});

test('files share one Chromium, but contexts share no cookies', async () => {
  expect(inject('browserWs')).toMatch(/^ws:\/\//);
  const ander = await nieuweBrowser();
  try {
    const a = await nieuwePagina(browser, { origin: site.url });
    const b = await nieuwePagina(ander, { origin: site.url });
    await a.context.addCookies([{ name: 'proef', value: '1', url: site.url }]);
    expect(await a.context.cookies()).toHaveLength(1);
    expect(await b.context.cookies()).toEqual([]);
    await a.close();
    await b.close();
  } finally {
    await ander.close();
  }
  // Closing one file's connection leaves the shared browser running for the others.
  expect(browser.isConnected()).toBe(true);
});

test('a request to another origin is blocked and reported', async () => {
  const p = await nieuwePagina(browser, { origin: site.url });
  await p.page.goto(`${site.url}/`);
  // A navigation, not a fetch: the production server's CSP would stop a fetch before it is even requested.
  await p.page.goto('http://example.invalid/x').catch(() => null);
  expect(p.vreemd).toEqual(['http://example.invalid/x']);
  await p.close();
});

test('a stubbed origin answers locally and does not count as another origin', async () => {
  const p = await nieuwePagina(browser, { origin: site.url });
  await p.stub('https://weg.example/', '<!doctype html><title>weg</title>');
  await p.page.goto('https://weg.example/x');
  expect(await p.page.title()).toBe('weg');
  expect(p.vreemd).toEqual([]);
  await p.close();
});

test('a reused page (Context.leen) starts clean: nothing recorded, the viewport, screen media and no stubs', async () => {
  const c = await nieuweContext(browser, { origin: site.url });
  try {
    const a = await c.leen();
    await a.stub('https://weg.example/', '<!doctype html><title>weg</title>');
    await a.page.goto(`${site.url}/`);
    await a.page.evaluate(() => console.error('proef'));
    await a.page.setViewportSize({ width: 320, height: 600 });
    await a.page.emulateMedia({ media: 'print' });
    const tab = a.page;
    await a.close();

    const b = await c.leen();
    expect(b.page).toBe(tab); // the same tab, not a new one
    expect([b.verzoeken, b.scripts, b.vreemd, b.fouten]).toEqual([[], [], [], []]);
    expect(await b.setCookies()).toEqual([]);
    expect(b.page.viewportSize()).toEqual({ width: 1280, height: 800 });
    expect(await b.page.evaluate(() => matchMedia('print').matches)).toBe(false);
    await b.page.goto('https://weg.example/x').catch(() => null);
    expect(b.vreemd).toEqual(['https://weg.example/x']);
    await b.close();
  } finally {
    await c.close();
  }
});

test('an unknown path answers 404 with the 404 page', async () => {
  const p = await nieuwePagina(browser, { origin: site.url });
  const r = await p.page.goto(`${site.url}/bestaat-niet/`);
  expect(r?.status()).toBe(404);
  expect(await p.page.locator('main').count()).toBe(1);
  await p.close();
});
