/**
 * The pages the function answers with when the form is posted without JavaScript: the error page for an
 * empty and for a too long melding (400), the receipt (202) and the rate-limited page (429). Each is a real
 * answer of the production server (a form post as a browser navigation) and gets the same checks as every
 * site page: axe with the project's tags, the Nu Html Checker, no request to another origin. And the form
 * on the error page must be the form on /melden/ as a browser without JavaScript shows it: same ids, names,
 * labels, hints and limits. (The answer pages are opened with JavaScript on only because axe runs as a
 * script in the page; they carry no script of their own beyond Snel weg.)
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Page } from 'playwright-core';
import { axeScan, beschrijfAxe, nieuwePagina, startSite, vnu, type Site } from '../harness.ts';
import { createMeldingApp, type MeldingApp } from '../../../functions/melding/app.ts';
import { MAX } from '../../../src/melding/limieten.ts';
import { t } from '../../../src/i18n/nl.ts';
import { startMeldOpzet, type MeldOpzet } from './opzet.ts';

let o: MeldOpzet;
/** A second app on the same build that accepts one melding a minute, so the second one meets the 429. */
let app: MeldingApp;
let site: Site;
let werkMap: string;
/** Each answer's HTML exactly as the server sent it, for the Nu Html Checker at the end. */
const bewaard: string[] = [];
/** The body of the last answer postAlsFormulier navigated to. */
let laatsteHtml = '';

beforeAll(async () => {
  o = await startMeldOpzet('curve25519');
  werkMap = mkdtempSync(join(tmpdir(), 'meldwijzer-zonder-js-'));
  app = await createMeldingApp({
    sleutel: o.gpg.publiek,
    transport: nodemailer.createTransport({ url: o.sink.url }) as never,
    spoolMap: join(werkMap, 'spool'),
    aan: 'af@meldwijzer.example',
    van: 'noreply@meldwijzer.example',
    powGeheim: 'e2e-zonder-js',
    perMinuut: 1,
    log: () => {},
    bezorging: { basisMs: 50, maxMs: 200 },
  });
  await app.start();
  site = await startSite(o.dist, { app });
});
afterAll(async () => {
  await site?.close();
  await app?.stop();
  await o?.stop();
  if (werkMap) rmSync(werkMap, { recursive: true, force: true });
});

/** Field by field, what a reporter (or a screen reader) is told: id, name, type, label and description. */
async function formulierBeschrijving(page: Page) {
  return page.$$eval('form[action="/api/melding"] :is(input, textarea)', (velden) =>
    velden.map((v) => {
      const veld = v as HTMLInputElement | HTMLTextAreaElement;
      const tekst = (id: string) => document.getElementById(id)?.textContent?.trim() ?? `(${id} ontbreekt)`;
      // The inline error is the only thing an error page may add to a field's description.
      const beschreven = (veld.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.endsWith('-fout'));
      return {
        id: veld.id,
        name: veld.name,
        type: veld.type,
        label: document.querySelector(`label[for="${veld.id}"]`)?.textContent?.trim() ?? null,
        beschrijving: beschreven.map(tekst),
        verplicht: veld.required,
        autocomplete: veld.getAttribute('autocomplete') ?? veld.form?.getAttribute('autocomplete') ?? null,
      };
    }),
  );
}

/**
 * Posts `velden` as the no-JS form would (a top-level navigation with a form body) and leaves the page on
 * the answer. Returns the status; the page is then checked like any site page.
 */
async function postAlsFormulier(page: Page, velden: Record<string, string>): Promise<number> {
  const url = `${site.url}/api/melding`;
  await page.route(url, (route) =>
    route.continue({
      method: 'POST',
      postData: new URLSearchParams(velden).toString(),
      headers: { ...route.request().headers(), 'content-type': 'application/x-www-form-urlencoded', origin: site.url },
    }),
  );
  const antwoord = (await page.goto(url))!;
  await page.unroute(url);
  laatsteHtml = await antwoord.text();
  return antwoord.status();
}

async function controleerPagina(page: Page, naam: string): Promise<string> {
  expect(beschrijfAxe(await axeScan(page)), naam).toEqual([]);
  const bestand = join(werkMap, `${naam}.html`);
  writeFileSync(bestand, laatsteHtml);
  bewaard.push(bestand);
  return laatsteHtml;
}

const LEEG = { wat: '', waar: '', wanneer: '', wie: '', vorm: 'weet-niet', contactGewenst: 'nee', contact: '' };

describe('no-JavaScript answers of the function', () => {
  test('empty and too long: 400, the error summary links to the fields of the /melden/ form, which is the same form', async () => {
    const zonderJs = await nieuwePagina(o.browser, { origin: site.url, javaScript: false });
    await zonderJs.page.goto(`${site.url}/melden/`);
    const opMelden = await formulierBeschrijving(zonderJs.page);
    await zonderJs.close();
    expect(opMelden.map((v) => v.id)).toEqual(expect.arrayContaining(['veld-wat', 'veld-waar', 'veld-wanneer', 'veld-wie', 'veld-vorm-0', 'veld-contactGewenst-ja', 'veld-contact']));

    const p = await nieuwePagina(o.browser, { origin: site.url });

    expect(await postAlsFormulier(p.page, { ...LEEG, contactGewenst: 'ja' })).toBe(400);
    await controleerPagina(p.page, 'leeg');
    expect(await formulierBeschrijving(p.page)).toEqual(opMelden);
    const links = await p.page.$$eval('.foutsamenvatting a', (as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    expect(links).toEqual([
      ['#veld-wat', t.formulier.veldFout.wat_leeg],
      ['#veld-contact', t.formulier.veldFout.contact_leeg],
    ]);
    for (const [href] of links) expect(await p.page.locator(href!).count()).toBe(1);
    expect(await p.page.locator('#veld-contactGewenst-ja').isChecked()).toBe(true);
    expect(await p.page.title()).toBe(t.melden.zonderJs.foutTitel);

    const teLang = 'x'.repeat(MAX.wat + 1);
    expect(await postAlsFormulier(p.page, { ...LEEG, wat: teLang, waar: 'Dorpsstraat <b>7</b>' })).toBe(400);
    await controleerPagina(p.page, 'te-lang');
    expect(await formulierBeschrijving(p.page)).toEqual(opMelden);
    expect(await p.page.$$eval('.foutsamenvatting a', (as) => as.map((a) => a.textContent))).toEqual(['Gebruik maximaal 10.000 tekens bij "wat zag of hoorde u"']);
    // Nothing typed is lost, and nothing typed becomes markup.
    expect(await p.page.inputValue('#veld-wat')).toBe(teLang);
    expect(await p.page.inputValue('#veld-waar')).toBe('Dorpsstraat <b>7</b>');
    expect(await p.page.locator('main b').count()).toBe(0);
    expect(p.vreemd).toEqual([]);
    await p.close();
  }, 90_000);

  test('a valid melding: 202 receipt with the code and how to leave no trace; the next one within the minute: 429 with the text kept', async () => {
    const p = await nieuwePagina(o.browser, { origin: site.url });
    await p.page.goto(`${site.url}/`);
    expect(await postAlsFormulier(p.page, { ...LEEG, wat: 'Zonder JavaScript gezien: een busje bij de kwekerij.' })).toBe(202);
    const bon = await controleerPagina(p.page, 'ontvangen');
    expect(await p.page.locator('h1').textContent()).toBe(t.formulier.ontvangen.titel);
    expect(await p.page.locator('.bon__code').textContent()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(bon).toContain(t.melden.zonderJs.gedeeld);
    expect(bon).not.toContain('busje');

    const tweede = 'Een tweede melding, binnen dezelfde minuut.';
    expect(await postAlsFormulier(p.page, { ...LEEG, wat: tweede })).toBe(429);
    const html = await controleerPagina(p.page, 'te-veel');
    expect(html).toContain(t.fouten.te_veel);
    expect(await p.page.inputValue('#veld-wat')).toBe(tweede);
    expect(p.vreemd).toEqual([]);
    await p.close();
  }, 90_000);

  test('the Nu Html Checker finds no errors on any of these pages', async () => {
    expect(bewaard).toHaveLength(4);
    expect(await vnu(bewaard)).toEqual([]);
  }, 120_000);
});
