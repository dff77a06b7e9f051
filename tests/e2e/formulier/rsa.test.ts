/**
 * The same browser path with an RSA 3072 key that GnuPG generated (many gemeenten already have one): what
 * the page encrypts must open with `gpg --decrypt`. melden.test.ts covers the Curve25519 key in depth.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { nieuwePagina } from '../harness.ts';
import { pgpUitEml } from './gnupg.ts';
import { startMeldOpzet, type MeldOpzet } from './opzet.ts';

let o: MeldOpzet;
beforeAll(async () => {
  o = await startMeldOpzet('rsa3072');
});
afterAll(() => o?.stop());

test('a melding encrypted in the browser to a GnuPG RSA 3072 key decrypts to exactly the typed text', async () => {
  const wat = 'RSA-sleutel: één busje, 5 mannen 👷, “s nachts” — ü ç Ĳ';
  const p = await nieuwePagina(o.browser, { origin: o.site.url });
  await p.page.goto(`${o.site.url}/melden/`);
  await p.page.waitForSelector('astro-island:not([ssr])');
  await p.page.focus('#veld-wat');
  await p.page.keyboard.type(wat);
  await p.page.focus('button[type="submit"]');
  await p.page.keyboard.press('Enter');
  await p.page.locator('.bon').waitFor({ timeout: 30_000 });
  const code = (await p.page.locator('.bon__code').textContent())!.trim();

  const mime = o.gpg.ontsleutel(pgpUitEml(await o.wachtOpMail(1)));
  expect(o.opgeslagen).toHaveLength(1);
  expect(mime).toContain(`Anonieme melding mensenhandel ${code}`);
  expect(mime).toContain(wat);
  expect(p.vreemd).toEqual([]);
  await p.close();
});
