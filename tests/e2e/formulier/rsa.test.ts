/**
 * The same browser path with an RSA 3072 key that GnuPG generated (many gemeenten already have one): what
 * the page encrypts must open with `gpg --decrypt`. melden.test.ts covers the Curve25519 key in depth.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Browser } from 'playwright-core';
import { bouwRegio, nieuweBrowser, nieuwePagina, startSite, type Site } from '../harness.ts';
import { createMeldingApp, type MeldingApp } from '../../../functions/melding/app.ts';
import { startSmtpSink, type SmtpSink } from '../../../src/server/smtp-sink.ts';
import { maakGpgSleutel, pgpUitEml, type GpgSleutel } from './gnupg.ts';

let gpg: GpgSleutel;
let site: Site;
let sink: SmtpSink;
let app: MeldingApp;
let browser: Browser;
let werkMap: string;
const opgeslagen: string[] = [];

beforeAll(async () => {
  gpg = maakGpgSleutel('rsa3072');
  werkMap = mkdtempSync(join(tmpdir(), 'meldwijzer-rsa-'));
  let dist: string;
  [dist, sink] = await Promise.all([
    bouwRegio('de-bilt', { MELDING_SLEUTEL: gpg.publiekPad }),
    startSmtpSink({ map: join(werkMap, 'post'), opgeslagen: (pad) => opgeslagen.push(pad) }),
  ]);
  app = await createMeldingApp({
    sleutel: gpg.publiek,
    transport: nodemailer.createTransport({ url: sink.url }) as never,
    spoolMap: join(werkMap, 'spool'),
    aan: 'af@meldwijzer.example',
    van: 'noreply@meldwijzer.example',
    powGeheim: 'e2e-geheim-rsa',
    powMoeite: 5_000,
    perMinuut: 1_000,
    log: () => {},
    bezorging: { basisMs: 50, maxMs: 200 },
  });
  await app.start();
  site = await startSite(dist, { app });
  browser = await nieuweBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await app?.stop();
  await sink?.close();
  gpg?.opruimen();
  if (werkMap) rmSync(werkMap, { recursive: true, force: true });
});

test('a melding encrypted in the browser to a GnuPG RSA 3072 key decrypts to exactly the typed text', async () => {
  const wat = 'RSA-sleutel: één busje, 5 mannen 👷, “s nachts” — ü ç Ĳ';
  const p = await nieuwePagina(browser, { origin: site.url });
  await p.page.goto(`${site.url}/melden/`);
  await p.page.waitForSelector('astro-island:not([ssr])');
  await p.page.focus('#veld-wat');
  await p.page.keyboard.type(wat);
  await p.page.focus('button[type="submit"]');
  await p.page.keyboard.press('Enter');
  await p.page.locator('.bon').waitFor({ timeout: 30_000 });
  const code = (await p.page.locator('.bon__code').textContent())!.trim();

  for (let i = 0; i < 200 && opgeslagen.length < 1; i++) await new Promise((r) => setTimeout(r, 100));
  expect(opgeslagen).toHaveLength(1);
  const mime = gpg.ontsleutel(pgpUitEml(readFileSync(opgeslagen[0]!, 'utf8')));
  expect(mime).toContain(`Anonieme melding mensenhandel ${code}`);
  expect(mime).toContain(wat);
  expect(p.vreemd).toEqual([]);
  await p.close();
});
