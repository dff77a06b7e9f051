/**
 * The melding in the reporter's language, with and without JavaScript: /pl/melden/ and /ar/melden/ show no
 * Dutch form text, the error summary works right to left, and the mail decrypts (gpg) to exactly the typed
 * text with the Dutch field titles and the line that names the reporter's language.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { nieuwePagina } from '../harness.ts';
import { pgpUitEml } from './gnupg.ts';
import { startMeldOpzet, type MeldOpzet } from './opzet.ts';
import { woordenboek } from '../../../src/i18n/woordenboek.ts';
import { nl } from '../../../src/i18n/nl.ts';

let o: MeldOpzet;
beforeAll(async () => {
  o = await startMeldOpzet('curve25519');
});
afterAll(() => o?.stop());

const PL = 'Widziałem w nocy busa przy szklarni. Sześciu mężczyzn, żółta kurtka; ą ę ł ż ź ć ń ó ś.';
const AR = 'رأيت في الليل حافلة صغيرة قرب الدفيئة. ستة رجال وامرأة، بدوا خائفين. العنوان: شارع القرية 12.';

/** Dutch form labels and hints (what /melden/ shows in Dutch), none of which may show in another language. */
const NL_FORMULIER = [
  ...Object.values(nl.formulier.velden).flatMap((v) => Object.values(v)),
  nl.formulier.verstuur,
  nl.formulier.foutTitel,
].filter((s): s is string => typeof s === 'string' && s.length > 3);

/** Waits for the next mail after `eerder` mails and returns its decrypted MIME text. */
async function volgendeMail(eerder: number): Promise<string> {
  const eml = await o.wachtOpMail(eerder + 1);
  return o.gpg.ontsleutel(pgpUitEml(eml));
}

describe.each([
  ['pl', PL, 'Taal van de melder: Pools (pl)', 'ltr'],
  ['ar', AR, 'Taal van de melder: Arabisch (ar)', 'rtl'],
] as const)('/%s/melden/', (taal, tekst, regel, dir) => {
  const t = woordenboek(taal);

  test('with JavaScript: no Dutch form text; an empty submit gives the summary in the language; the mail names the language', async () => {
    const p = await nieuwePagina(o.browser, { origin: o.site.url });
    try {
      await p.page.goto(`${o.site.url}/${taal}/melden/`);
      await p.page.waitForSelector('astro-island:not([ssr])');
      const zichtbaar = await p.page.locator('main').innerText();
      expect(NL_FORMULIER.filter((zin) => zichtbaar.includes(zin))).toEqual([]);
      expect(await p.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([taal, dir]);

      await p.page.click('button[type="submit"]');
      const samenvatting = p.page.locator('.foutsamenvatting');
      await samenvatting.waitFor();
      expect(await p.page.evaluate(() => document.activeElement?.classList.contains('foutsamenvatting'))).toBe(true);
      expect(await samenvatting.textContent()).toContain(t.formulier.foutTitel);
      expect(await samenvatting.textContent()).toContain(t.formulier.veldFout.wat_leeg);

      const eerder = o.opgeslagen.length;
      await p.page.fill('#veld-wat', tekst);
      await p.page.click('button[type="submit"]');
      await p.page.locator('.bon').waitFor({ timeout: 30_000 });
      expect(await p.page.locator('.bon').textContent()).toContain(t.formulier.ontvangen.titel);
      const mime = await volgendeMail(eerder);
      expect(mime).toContain(regel);
      expect(mime).toContain(tekst);
      expect(mime).toContain('Wat heeft de melder gezien of gehoord:');
      expect(p.fouten).toEqual([]);
    } finally {
      await p.close();
    }
  });

  test('without JavaScript: the function answers in the language and the mail names it', async () => {
    const p = await nieuwePagina(o.browser, { origin: o.site.url, javaScript: false });
    try {
      await p.page.goto(`${o.site.url}/${taal}/melden/`);
      // First a post the function refuses (contact wanted, but no way to reach them; the browser's own
      // checks do not know that rule): the error page is in the language, right to left where it should be,
      // and keeps the text.
      await p.page.fill('#veld-wat', tekst);
      await p.page.check('#veld-contactGewenst-ja');
      await Promise.all([p.page.waitForURL(/\/api\/melding$/), p.page.click('button[type="submit"]')]);
      expect(await p.page.locator('html').getAttribute('lang')).toBe(taal);
      expect(await p.page.locator('html').getAttribute('dir')).toBe(dir);
      expect(await p.page.locator('.foutsamenvatting').textContent()).toContain(t.formulier.veldFout.contact_leeg);
      expect(await p.page.inputValue('#veld-wat')).toBe(tekst);

      const eerder = o.opgeslagen.length;
      await p.page.check('#veld-contactGewenst-nee');
      await Promise.all([p.page.waitForURL(/\/api\/melding$/), p.page.click('button[type="submit"]')]);
      expect(await p.page.locator('h1').textContent()).toContain(t.formulier.ontvangen.titel);
      expect(await p.page.locator('html').getAttribute('lang')).toBe(taal);
      const mime = await volgendeMail(eerder);
      expect(mime).toContain(regel);
      expect(mime).toContain(tekst);
    } finally {
      await p.close();
    }
  });
});
