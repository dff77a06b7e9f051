/**
 * The melding form end to end: a built site with a key GnuPG generated, the production server with the
 * melding app, a local SMTP sink. Typed by keyboard in Chromium, decrypted with gpg.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Browser, Page, Request } from 'playwright-core';
import { startSite, nieuwePagina, axeScan, beschrijfAxe, type Site } from '../harness.ts';
import { createMeldingApp } from '../../../functions/melding/app.ts';
import { startSmtpSink } from '../../../src/dev/smtp-sink.ts';
import { pgpUitEml, type GpgSleutel } from './gnupg.ts';
import { startMeldOpzet, type MeldOpzet } from './opzet.ts';

let o: MeldOpzet;
let gpg: GpgSleutel;
let dist: string;
let site: Site;
let browser: Browser;
let opgeslagen: string[];

beforeAll(async () => {
  o = await startMeldOpzet('curve25519');
  ({ gpg, dist, site, browser, opgeslagen } = o);
});
afterAll(() => o?.stop());

/** axe over the whole page, no rule left out. */
async function axeFormulier(page: Page): Promise<string[]> {
  return beschrijfAxe(await axeScan(page));
}

const wachtOpMail = (n: number) => o.wachtOpMail(n);

/** Presses Tab (bounded) until the element matching `selector` has focus. */
async function tabNaar(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} niet bereikt met Tab`);
}

const actief = (page: Page) => page.evaluate(() => ({ id: document.activeElement?.id ?? '', klasse: document.activeElement?.className ?? '' }));

const WAT = 'Ik zag ’s nachts een busje bij de kwekerij. Zes mannen, één vrouw; ze leken bang 😟. Café “De Brug”, Zeeuws-Vlaanderen — naïef? Ĳs, Œ, ü, ç.';
const WAAR = 'Achter de kassen aan de Dorpsstraat';
const WIE = 'Een man met een rode jas 🧥 en een vrouw die geen Nederlands sprak.';

describe('/melden/ with JavaScript', () => {
  test('keyboard only: the mail arrives and gpg shows exactly the typed text; no request carries plaintext', async () => {
    const p = await nieuwePagina(browser, { origin: site.url });
    const bodies: string[] = [];
    p.page.on('request', (r: Request) => bodies.push(`${r.method()} ${r.url()}\n${r.postData() ?? ''}`));
    await p.page.goto(`${site.url}/melden/`);
    await p.page.waitForSelector('astro-island:not([ssr])');

    await tabNaar(p.page, '#veld-wat');
    await p.page.keyboard.type(WAT);
    await p.page.keyboard.press('Tab');
    expect((await actief(p.page)).id).toBe('veld-waar');
    await p.page.keyboard.type(WAAR);
    await tabNaar(p.page, '#veld-wie');
    await p.page.keyboard.type(WIE);
    // The radio group is one Tab stop (on the checked "Weet ik niet", last); arrow keys choose and wrap.
    await tabNaar(p.page, 'input[name="vorm"]');
    expect((await actief(p.page)).id).toBe('veld-vorm-4');
    await p.page.keyboard.press('ArrowDown');
    expect((await actief(p.page)).id).toBe('veld-vorm-0');
    await tabNaar(p.page, 'button[type="submit"]');
    await p.page.keyboard.press('Enter');

    const bon = p.page.locator('.bon');
    await bon.waitFor({ timeout: 30_000 });
    expect((await actief(p.page)).klasse).toContain('bon');
    const code = (await p.page.locator('.bon__code').textContent())!.trim();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    // The typed text is gone from the page once the receipt shows.
    expect(await p.page.content()).not.toContain('kwekerij');

    const eml = await wachtOpMail(1);
    expect(eml).toMatch(new RegExp(`^Subject: Anonieme melding mensenhandel ${code}\\r?$`, 'm'));
    const mime = gpg.ontsleutel(pgpUitEml(eml));
    expect(mime).toContain('Content-Type: text/plain; charset=utf-8');
    expect(mime).toContain(`Anonieme melding mensenhandel ${code}`);
    expect(mime).toContain(WAT);
    expect(mime).toContain(WAAR);
    expect(mime).toContain(WIE);
    expect(mime).toContain('Seksuele uitbuiting');
    expect(mime).toContain('De melder wil geen contact en is anoniem.');

    const post = bodies.find((b) => b.startsWith('POST') && b.includes('/api/melding'));
    expect(post).toContain('-----BEGIN PGP MESSAGE-----');
    for (const stukje of ['kwekerij', 'Dorpsstraat', 'rode jas', '😟', encodeURIComponent('😟')]) {
      expect(bodies.filter((b) => b.includes(stukje))).toEqual([]);
    }
    expect(p.vreemd).toEqual([]);
    expect(p.fouten).toEqual([]);
    expect(await p.setCookies()).toEqual([]);
    // Nothing kept in the browser.
    expect(await p.page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);

    // "Nieuwe melding maken" brings back an empty form with focus on the first field.
    await p.page.keyboard.press('Tab');
    await tabNaar(p.page, '.bon ~ button, .meldformulier > button');
    await p.page.keyboard.press('Enter');
    await p.page.waitForSelector('#veld-wat');
    await p.page.waitForFunction(() => document.activeElement?.id === 'veld-wat');
    expect(await p.page.inputValue('#veld-wat')).toBe('');
    await p.close();
  });

  test('an empty submit shows the error summary, which takes focus and links to the field; axe finds nothing', async () => {
    const p = await nieuwePagina(browser, { origin: site.url });
    await p.page.goto(`${site.url}/melden/`);
    await p.page.waitForSelector('astro-island:not([ssr])');
    expect(await axeFormulier(p.page)).toEqual([]);

    await tabNaar(p.page, 'button[type="submit"]');
    await p.page.keyboard.press('Enter');
    await p.page.waitForSelector('.foutsamenvatting');
    expect((await actief(p.page)).klasse).toContain('foutsamenvatting');
    expect(await p.page.title()).toMatch(/^Fout: /);
    const link = p.page.locator('.foutsamenvatting a');
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('href')).toBe('#veld-wat');
    expect(await link.textContent()).toBe('Beschrijf wat u zag of hoorde');
    const wat = p.page.locator('#veld-wat');
    expect(await wat.getAttribute('aria-invalid')).toBe('true');
    expect((await wat.getAttribute('aria-describedby'))!.split(' ')).toContain('veld-wat-fout');
    expect(await p.page.locator('#veld-wat-fout').textContent()).toContain('Fout:');
    expect(await axeFormulier(p.page)).toEqual([]);

    await p.page.keyboard.press('Tab');
    expect((await actief(p.page)).klasse).toBe(''); // the link itself
    await p.page.keyboard.press('Enter');
    expect((await actief(p.page)).id).toBe('veld-wat');
    expect(opgeslagen.length).toBeLessThanOrEqual(1); // nothing was sent
    await p.close();
  });

  test('contact: the field appears only after "Ja", with the warning; an empty contact is an error', async () => {
    const p = await nieuwePagina(browser, { origin: site.url });
    await p.page.goto(`${site.url}/melden/`);
    await p.page.waitForSelector('astro-island:not([ssr])');
    expect(await p.page.locator('#veld-contact').isVisible()).toBe(false);
    await p.page.fill('#veld-wat', 'Iets gezien');
    await p.page.check('#veld-contactGewenst-ja');
    expect(await p.page.locator('#veld-contact').isVisible()).toBe(true);
    expect(await p.page.locator('#veld-contactGewenst-hint').textContent()).toContain('niet meer anoniem');
    await p.page.click('button[type="submit"]');
    await p.page.waitForSelector('.foutsamenvatting a[href="#veld-contact"]');
    expect(await axeFormulier(p.page)).toEqual([]);
    await p.close();
  });

  test('the character count is soft: no maxlength, the excess is shown and blocks sending', async () => {
    const p = await nieuwePagina(browser, { origin: site.url });
    await p.page.goto(`${site.url}/melden/`);
    await p.page.waitForSelector('astro-island:not([ssr])');
    expect(await p.page.locator('textarea[maxlength], input[maxlength]').count()).toBe(0);
    await p.page.fill('#veld-wanneer', 'x'.repeat(503));
    expect(await p.page.locator('#veld-wanneer ~ .teller, .utrecht-form-field:has(#veld-wanneer) .teller--over').first().textContent()).toContain('3 tekens te veel');
    expect(await p.page.inputValue('#veld-wanneer')).toHaveLength(503);
    // Announced politely once typing pauses.
    await p.page.waitForFunction(() => document.querySelector('[aria-live="polite"]')?.textContent?.includes('te veel'), null, { timeout: 5_000 });
    await p.page.fill('#veld-wat', 'Iets gezien');
    await p.page.click('button[type="submit"]');
    await p.page.waitForSelector('.foutsamenvatting a[href="#veld-wanneer"]');
    expect(await p.page.inputValue('#veld-wanneer')).toHaveLength(503);
    await p.close();
  });

  test('at 320 CSS px (400% zoom) nothing scrolls sideways', async () => {
    const p = await nieuwePagina(browser, { origin: site.url, viewport: { width: 320, height: 640 } });
    await p.page.goto(`${site.url}/melden/`);
    await p.page.waitForSelector('astro-island:not([ssr])');
    await p.page.check('#veld-contactGewenst-ja');
    await p.page.click('button[type="submit"]');
    await p.page.waitForSelector('.foutsamenvatting');
    const [scroll, breed] = await p.page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(breed);
    await p.close();
  });

  test('only /melden/ loads the island; OpenPGP.js loads on first use, not with the page', async () => {
    const p = await nieuwePagina(browser, { origin: site.url });
    await p.page.goto(`${site.url}/`);
    expect(p.scripts.map((s) => new URL(s).pathname)).toEqual(['/snel-weg.js']);
    await p.page.goto(`${site.url}/melden/`);
    await p.page.waitForSelector('astro-island:not([ssr])');
    expect(p.scripts.some((s) => s.includes('openpgp'))).toBe(false);
    await p.page.focus('#veld-wat');
    await p.page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('openpgp')), null, { timeout: 10_000 });
    await p.close();
  });
});

describe('/melden/ without JavaScript', () => {
  test('the plain form post still delivers an encrypted melding', async () => {
    const voor = opgeslagen.length;
    const p = await nieuwePagina(browser, { origin: site.url, javaScript: false });
    await p.page.goto(`${site.url}/melden/`);
    expect(await p.page.locator('form[method="post"][action="/api/melding"]').count()).toBe(1);
    const tekst = 'Zonder JavaScript: één meisje 👧 werkt elke nacht in de nagelstudio.';
    await p.page.fill('#veld-wat', tekst);
    await p.page.check('#veld-vorm-1');
    await p.page.check('#veld-contactGewenst-ja');
    await p.page.fill('#veld-contact', 'bel 0612345678 na 18 uur');
    await Promise.all([p.page.waitForNavigation(), p.page.click('button[type="submit"]')]);
    expect(await p.page.content()).toMatch(/[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/);
    const eml = await wachtOpMail(voor + 1);
    const mime = gpg.ontsleutel(pgpUitEml(eml));
    expect(mime).toContain(tekst);
    expect(mime).toContain('bel 0612345678 na 18 uur');
    expect(mime).toContain('Arbeidsuitbuiting');
    expect(p.vreemd).toEqual([]);
    await p.close();
  });
});

describe('/melden/ when the relay is down (serverless: 503)', () => {
  test('"NIET verstuurd" takes focus, the text stays, and the retry sends the same code and ciphertext once', async () => {
    const post = mkdtempSync(join(tmpdir(), 'meldwijzer-formulier-503-'));
    const stukken: string[] = [];
    const relay = await startSmtpSink({ map: post, opgeslagen: (pad) => stukken.push(pad) });
    relay.modus = 'weiger';
    const serverless = await createMeldingApp({
      sleutel: gpg.publiek,
      transport: nodemailer.createTransport({ url: relay.url }) as never,
      spoolMap: null,
      aan: 'af@meldwijzer.example',
      van: 'noreply@meldwijzer.example',
      powGeheim: 'e2e-geheim-503',
      powMoeite: 5_000,
      perMinuut: 1_000,
      log: () => {},
    });
    const site503 = await startSite(dist, { app: serverless });
    try {
      const p = await nieuwePagina(browser, { origin: site503.url });
      const posts: Array<{ code: string; versleuteld: string }> = [];
      p.page.on('request', (r) => {
        if (r.method() === 'POST' && r.url().endsWith('/api/melding')) posts.push(JSON.parse(r.postData() ?? '{}'));
      });
      await p.page.goto(`${site503.url}/melden/`);
      await p.page.waitForSelector('astro-island:not([ssr])');
      const tekst = 'Relay plat: dit moet er ná een nieuwe poging precies één keer zijn 🔁.';
      await p.page.fill('#veld-wat', tekst);
      await p.page.click('button[type="submit"]');
      const alert = p.page.locator('.utrecht-alert--error');
      await alert.waitFor({ timeout: 30_000 });
      expect(await p.page.evaluate(() => document.activeElement?.classList.contains('utrecht-alert--error'))).toBe(true);
      expect(await alert.textContent()).toContain('Uw melding is NIET verstuurd');
      expect(await p.page.inputValue('#veld-wat')).toBe(tekst);
      expect(await p.page.locator('button[type="submit"]').isDisabled()).toBe(false);
      expect(posts).toHaveLength(1);

      relay.modus = 'aan';
      await p.page.keyboard.press('Tab'); // from the focused alert to its retry button
      expect(await p.page.evaluate(() => document.activeElement?.textContent)).toBe('Probeer opnieuw');
      await p.page.keyboard.press('Enter');
      await p.page.locator('.bon').waitFor({ timeout: 30_000 });
      const code = (await p.page.locator('.bon__code').textContent())!.trim();
      expect(posts).toHaveLength(2);
      expect(posts[1]!.code).toBe(posts[0]!.code);
      expect(posts[1]!.versleuteld).toBe(posts[0]!.versleuteld);
      expect(code).toBe(posts[0]!.code);
      expect(stukken).toHaveLength(1);
      expect(gpg.ontsleutel(pgpUitEml(readFileSync(stukken[0]!, 'utf8')))).toContain(tekst);
      await p.close();
    } finally {
      await site503.close();
      await serverless.stop();
      await relay.close();
      rmSync(post, { recursive: true, force: true });
    }
  });
});
