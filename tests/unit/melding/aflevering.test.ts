import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { simpleParser } from 'mailparser';
import * as openpgp from 'openpgp';
import { createMeldingApp, type MeldingApp, type MeldingDeps } from '../../../functions/melding/app.ts';
import { startSmtpSink, type SmtpSink } from '../../../src/dev/smtp-sink.ts';
import { tellingPerCode, ciphertextUit, geldigVerzoek, gpgOntsleutel, gpgSleutel, mails, openpgpSleutel, post, tijdelijkeMap, wachtTot } from './hulp.ts';

/** A valid melding arrives at the relay as PGP/MIME that GnuPG decrypts to exactly the typed text. */
const map = tijdelijkeMap('aflevering');
let sink: SmtpSink;
const transporten: { close(): void }[] = [];
const apps: MeldingApp[] = [];

beforeAll(async () => {
  sink = await startSmtpSink({ map: join(map, 'post') });
});
afterAll(async () => {
  for (const a of apps) await a.stop();
  for (const t of transporten) t.close();
  await sink.close();
  rmSync(map, { recursive: true, force: true });
});

async function maakApp(sleutel: string, extra: Partial<MeldingDeps> = {}): Promise<MeldingApp> {
  const transport = nodemailer.createTransport(sink.url);
  transporten.push(transport);
  const app = await createMeldingApp({
    sleutel,
    transport: transport as unknown as MeldingDeps['transport'],
    spoolMap: join(map, `spool-${apps.length}`),
    aan: 'aandachtsfunctionaris@gemeente.example',
    van: 'noreply@gemeente.example',
    powGeheim: 'test-geheim',
    powMoeite: 2000,
    perMinuut: 1000,
    log: () => {},
    bezorging: { basisMs: 20, maxMs: 200 },
    ...extra,
  });
  apps.push(app);
  await app.start();
  return app;
}

function mailMet(code: string): string[] {
  return mails(sink.map).filter((m) => m.includes(`Subject: Anonieme melding mensenhandel ${code}\r\n`));
}

/** What a reporter might type: diacritics, emoji, right-to-left, control characters, a very long line. */
const LASTIG = [
  'Café "De Één" in de Rijnstraat, één keer per week: geïnterviewd, ruïne, coördinator.',
  'Emoji: 🚨👩🏽‍🔧🇳🇱 and a ZWJ family 👨‍👩‍👧‍👦.',
  'RTL: שלום עולם — مرحبا بالعالم (‏mixed‏).',
  'Controls: tab\there, bell\u0007, escape\u001b[31m, NUL-free, form feed\f.',
  `Long: ${'lang woord '.repeat(800)}einde`,
].join('\n');

const norm = (s: string) => s.replace(/\r\n/g, '\n');

describe('delivery', () => {
  for (const soort of ['rsa3072', 'cv25519'] as const) {
    test(`GnuPG-generated ${soort} key: the mail decrypts to exactly the typed text`, async () => {
      const g = gpgSleutel(soort);
      try {
        const app = await maakApp(g.publicKey);
        const v = await geldigVerzoek(app, g.publicKey, { wat: LASTIG, waar: 'Utrecht 🏙️', contactGewenst: true, contact: 'tel 06-…' });
        const r = await app.handle(v.request());
        expect(r.status).toBe(202);
        expect(await r.json()).toEqual({ status: 'ontvangen', code: v.code });
        await wachtTot(() => mailMet(v.code).length === 1);
        const eml = mailMet(v.code)[0]!;
        const mime = norm(gpgOntsleutel(g.home, ciphertextUit(eml)));
        expect(mime).toMatch(/^Content-Type: text\/plain; charset=utf-8\n/);
        expect(mime).toContain(`Wat heeft de melder gezien of gehoord:\n${norm(LASTIG)}\n`);
        expect(mime).toContain('Waar:\nUtrecht 🏙️\n');
        expect(mime).toContain('tel 06-…');
      } finally {
        g.weg();
      }
    }, 30_000); // GnuPG key generation (RSA) can take seconds on a busy 2-core machine
  }

  test('PGP/MIME structure (RFC 3156), generic subject, no header about the reporter', async () => {
    const k = await openpgpSleutel();
    const app = await maakApp(k.publicKey);
    const v = await geldigVerzoek(app, k.publicKey, { wat: 'structuur' });
    const req = v.request();
    req.headers.set('user-agent', 'GeheimeBrowser/9.9');
    req.headers.set('x-forwarded-for', '203.0.113.77');
    expect((await app.handle(req)).status).toBe(202);
    await wachtTot(() => mailMet(v.code).length === 1);
    const eml = mailMet(v.code)[0]!;
    const kop = eml.slice(0, eml.indexOf('\r\n\r\n'));
    expect(kop).toMatch(/^Content-Type: multipart\/encrypted; protocol="application\/pgp-encrypted";\r\n boundary="[^"]+"$/m);
    expect(kop).toMatch(/^Date: \w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0000$/m);
    expect(kop).toMatch(/^Message-ID: <[^@>]+@gemeente\.example>$/m);
    expect(kop).toContain('From: noreply@gemeente.example');
    expect(kop).not.toMatch(/^(Received|X-Mailer|User-Agent|X-Originating-IP):/im);
    expect(eml).not.toContain('203.0.113.77');
    expect(eml).not.toContain('GeheimeBrowser');
    const parsed = await simpleParser(eml);
    expect(parsed.subject).toBe(`Anonieme melding mensenhandel ${v.code}`);
    expect(eml).toMatch(/Content-Type: application\/pgp-encrypted\r\n[\s\S]*?\r\n\r\nVersion: 1\r\n/);
    expect(eml).toMatch(/Content-Type: application\/octet-stream; name="encrypted.asc"/);
    // And OpenPGP.js with the private key reads the same.
    const { data } = await openpgp.decrypt({
      message: await openpgp.readMessage({ armoredMessage: ciphertextUit(eml) }),
      decryptionKeys: await openpgp.readPrivateKey({ armoredKey: k.privateKey }),
    });
    expect(data).toContain('structuur');
  });

  test('the same melding twice gives one mail', async () => {
    const k = await openpgpSleutel();
    const app = await maakApp(k.publicKey);
    const v = await geldigVerzoek(app, k.publicKey);
    const antwoorden = await Promise.all([app.handle(v.request()), app.handle(v.request()), app.handle(v.request())]);
    expect(antwoorden.map((r) => r.status)).toEqual([202, 202, 202]);
    await wachtTot(() => mailMet(v.code).length === 1);
    expect((await app.handle(v.request())).status).toBe(202);
    await new Promise((r) => setTimeout(r, 200));
    expect(mailMet(v.code)).toHaveLength(1);
  });
});

describe('without JavaScript', () => {
  test('a form post is encrypted at once and answered with an HTML receipt; the mail decrypts', async () => {
    const g = gpgSleutel('cv25519');
    try {
      const app = await maakApp(g.publicKey);
      const form = new URLSearchParams({ wat: 'Zonder JS: één 🚨 שלום', waar: 'Zeist', vorm: 'arbeidsuitbuiting', contactGewenst: 'nee' });
      const r = await app.handle(post(form.toString(), 'application/x-www-form-urlencoded'));
      expect(r.status).toBe(202);
      expect(r.headers.get('content-type')).toMatch(/^text\/html/);
      const pagina = await r.text();
      expect(pagina).toContain('<html lang="nl" dir="ltr">');
      expect(pagina).toContain('<link rel="stylesheet" href="/regio.css">');
      // Only external scripts (the CSP allows no inline code); Snel weg is on this page too.
      expect(pagina).not.toMatch(/<script(?![^>]*\bsrc=)|style=/);
      expect(pagina).toMatch(/<a class="snel-weg__knop" href="https:\/\/[^"]+" rel="noreferrer" data-snel-weg>Snel weg/);
      const code = pagina.match(/<strong[^>]*>([0-9A-Z]{4}-[0-9A-Z]{4})<\/strong>/)![1]!;
      await wachtTot(() => mailMet(code).length === 1);
      const mime = norm(gpgOntsleutel(g.home, ciphertextUit(mailMet(code)[0]!)));
      expect(mime).toContain('Zonder JS: één 🚨 שלום');
      expect(mime).toContain('Vorm van uitbuiting:\nArbeidsuitbuiting');
      expect(mime).toContain('De melder wil geen contact en is anoniem.');
    } finally {
      g.weg();
    }
  }, 30_000);

  test('errors come back as a page that lists them and keeps every typed character', async () => {
    const k = await openpgpSleutel();
    const app = await maakApp(k.publicKey);
    const getypt = '<b>niet & "leeg"</b> 🚨';
    const form = new URLSearchParams({ wat: '   ', waar: getypt, contactGewenst: 'ja', contact: '' });
    const voor = mails(sink.map).length;
    const r = await app.handle(post(form.toString(), 'application/x-www-form-urlencoded'));
    expect(r.status).toBe(400);
    const pagina = await r.text();
    expect(pagina).toContain('NIET verstuurd');
    // The same ids as the JavaScript form (src/formulier/onderdelen.ts); "waar" is a one-line field there.
    expect(pagina).toContain('<a href="#veld-wat">Beschrijf wat u zag of hoorde</a>');
    expect(pagina).toContain('<a href="#veld-contact">');
    expect(pagina).toContain('name="waar" value="&lt;b>niet &amp; &quot;leeg&quot;&lt;/b> 🚨"');
    expect(pagina).not.toContain('<b>niet');
    expect(pagina).toMatch(/id="veld-contactGewenst-ja" name="contactGewenst" value="ja" checked/);
    expect(pagina).not.toMatch(/<script(?![^>]*\bsrc=)|style=/);
    expect(pagina).toContain('data-snel-weg>Snel weg');
    expect(mails(sink.map).length).toBe(voor);
  });
});

describe('serverless (no spool)', () => {
  test('503 while the relay is down, 202 after it accepted; the retry with the same challenge works', async () => {
    const k = await openpgpSleutel();
    const app = await maakApp(k.publicKey, { spoolMap: null });
    const v = await geldigVerzoek(app, k.publicKey);
    sink.modus = 'weiger';
    try {
      const r = await app.handle(v.request());
      expect(r.status).toBe(503);
      expect((await r.json()).fout).toBe('niet_verstuurd');
    } finally {
      sink.modus = 'aan';
    }
    expect(mailMet(v.code)).toHaveLength(0);
    expect((await app.handle(v.request())).status).toBe(202);
    expect(mailMet(v.code)).toHaveLength(1); // already there: 202 came after the relay's 250
    expect((await app.handle(v.request())).status).toBe(202);
    expect(mailMet(v.code)).toHaveLength(1);
  });
});

describe('relay down', () => {
  test('100 meldingen are acknowledged while the relay refuses; when it is back all 100 arrive, once each', async () => {
    const k = await openpgpSleutel();
    sink.modus = 'weiger';
    let app: MeldingApp;
    const codes: string[] = [];
    try {
      app = await maakApp(k.publicKey);
      const verzoeken = await Promise.all(Array.from({ length: 100 }, () => geldigVerzoek(app, k.publicKey)));
      for (const v of verzoeken) {
        const r = await app.handle(v.request());
        expect(r.status).toBe(202);
        codes.push(v.code);
      }
      await new Promise((r) => setTimeout(r, 300)); // the worker tries and backs off meanwhile
      const telling = tellingPerCode(sink.map);
      for (const c of codes) expect(telling.has(c)).toBe(false);
    } finally {
      sink.modus = 'aan';
    }
    await wachtTot(() => {
      const t = tellingPerCode(sink.map);
      return codes.every((c) => t.has(c));
    }, 20_000);
    await new Promise((r) => setTimeout(r, 200));
    const telling = tellingPerCode(sink.map);
    for (const c of codes) expect(telling.get(c)).toBe(1);
  }, 40_000);
});
