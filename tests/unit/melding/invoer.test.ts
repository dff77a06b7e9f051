import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { createMeldingApp, type MeldingApp } from '../../../functions/melding/app.ts';
import { meldingMime, nieuweCode } from '../../../src/melding/tekst.ts';
import { maxBody, TEKST_BODY } from '../../../src/melding/fotos.ts';
import { woordenboek } from '../../../src/i18n/woordenboek.ts';
import { geldigVerzoek, openpgpSleutel, post, powVoor, tijdelijkeMap, velden, versleutelVoor } from './hulp.ts';

const MAX_BODY = maxBody('zelf');

/** Every bad input of issue 3 gets its 4xx with a short JSON error that never echoes the input. */
const map = tijdelijkeMap('invoer');
const logs: string[] = [];
const verstuurd: string[] = [];
let app: MeldingApp;
let sleutel: { publicKey: string; privateKey: string };
let ander: { publicKey: string; privateKey: string };
const MERKTEKEN = 'ECHO-MERK-7Q';

beforeAll(async () => {
  [sleutel, ander] = await Promise.all([openpgpSleutel(), openpgpSleutel()]);
  app = await createMeldingApp({
    sleutel: sleutel.publicKey,
    verstuur: async (raw) => void verstuurd.push(raw),
    spoolMap: join(map, 'spool'),
    aan: 'af@test.example',
    van: 'noreply@test.example',
    powGeheim: 'test-geheim',
    powMoeite: 2000,
    perMinuut: 1000,
    log: (r) => logs.push(r),
  });
});
afterAll(() => rmSync(map, { recursive: true, force: true }));

async function verwachtFout(r: Response, status: number, fout: string): Promise<void> {
  expect(r.status).toBe(status);
  expect(r.headers.get('content-type')).toMatch(/^application\/json/);
  const tekst = await r.text();
  expect(tekst).not.toContain(MERKTEKEN);
  expect(tekst).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  const body = JSON.parse(tekst);
  expect(body).toEqual({ status: 'fout', fout, bericht: expect.any(String) });
}

describe('bad input', () => {
  test('405 with Allow for the wrong method', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'OPTIONS']) {
      const r = await app.handle(new Request('http://127.0.0.1/api/melding', { method }));
      expect(r.headers.get('allow')).toBe('POST');
      await verwachtFout(r, 405, 'methode');
    }
    const r = await app.handle(new Request('http://127.0.0.1/api/uitdaging', { method: 'POST', body: MERKTEKEN }));
    expect(r.headers.get('allow')).toBe('GET');
    await verwachtFout(r, 405, 'methode');
  });

  test('415 for another content type', async () => {
    await verwachtFout(await app.handle(post(MERKTEKEN, 'text/plain')), 415, 'inhoudstype');
    await verwachtFout(await app.handle(post(MERKTEKEN, 'multipart/form-data; boundary=x')), 415, 'inhoudstype');
  });

  test('400 for malformed JSON and invalid UTF-8', async () => {
    await verwachtFout(await app.handle(post(`{"code": "${MERKTEKEN}"`)), 400, 'ongeldige_json');
    const kapot = new Request('http://127.0.0.1/api/melding', { method: 'POST', headers: { 'content-type': 'application/json' }, body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) });
    await verwachtFout(await app.handle(kapot), 400, 'ongeldige_json');
  });

  test('400 for missing or malformed fields', async () => {
    const pow = await powVoor(app);
    await verwachtFout(await app.handle(post({ pow })), 400, 'velden');
    await verwachtFout(await app.handle(post({ code: MERKTEKEN, versleuteld: '-----BEGIN PGP MESSAGE-----', pow })), 400, 'velden');
    await verwachtFout(await app.handle(post({ code: nieuweCode(), versleuteld: MERKTEKEN, pow })), 400, 'velden');
    await verwachtFout(await app.handle(post([1, 2, 3])), 400, 'velden');
  });

  test('403 for missing or wrong proof of work', async () => {
    const v = await geldigVerzoek(app, sleutel.publicKey);
    await verwachtFout(await app.handle(post({ ...v.body, pow: undefined })), 403, 'pow_ontbreekt');
    await verwachtFout(await app.handle(post({ ...v.body, pow: Buffer.from(MERKTEKEN.repeat(3)).toString('base64') })), 403, 'pow_ongeldig');
    // A real challenge with a made-up solution.
    const echt = JSON.parse(Buffer.from(v.body.pow, 'base64').toString());
    echt.solution.derivedKey = '00'.repeat(32);
    await verwachtFout(await app.handle(post({ ...v.body, pow: Buffer.from(JSON.stringify(echt)).toString('base64') })), 403, 'pow_ongeldig');
    // A challenge whose parameters were changed (easier work) loses its signature.
    const vals = JSON.parse(Buffer.from(v.body.pow, 'base64').toString());
    vals.challenge.parameters.expiresAt += 3600;
    await verwachtFout(await app.handle(post({ ...v.body, pow: Buffer.from(JSON.stringify(vals)).toString('base64') })), 403, 'pow_ongeldig');
  });

  test('the answer is in the language the form sent; an unknown language code is a malformed field', async () => {
    const v = await geldigVerzoek(app, sleutel.publicKey);
    const fout = Buffer.from(MERKTEKEN.repeat(3)).toString('base64');
    const pl = await app.handle(post({ ...v.body, pow: fout, taal: 'pl' }));
    expect(pl.status).toBe(403);
    expect(await pl.json()).toEqual({ status: 'fout', fout: 'pow_ongeldig', bericht: woordenboek('pl').fouten.pow_ongeldig });
    const ar = await app.handle(post({ ...v.body, pow: fout, taal: 'ar' }));
    expect((await ar.json()).bericht).toBe(woordenboek('ar').fouten.pow_ongeldig);
    expect(woordenboek('ar').fouten.pow_ongeldig).not.toBe(woordenboek('nl').fouten.pow_ongeldig);
    await verwachtFout(await app.handle(post({ ...v.body, taal: 'xx' })), 400, 'velden');
  });

  test('409 when a solved challenge is used again for another melding', async () => {
    const v = await geldigVerzoek(app, sleutel.publicKey);
    expect((await app.handle(v.request())).status).toBe(202);
    const tweede = await versleutelVoor([sleutel.publicKey], meldingMime(velden({ wat: 'tweede' }), 'ZZZZ-ZZZZ'));
    await verwachtFout(await app.handle(post({ code: nieuweCode(), versleuteld: tweede, pow: v.body.pow })), 409, 'herhaald');
  });

  test('409 when a code is reused for a different melding', async () => {
    const v = await geldigVerzoek(app, sleutel.publicKey);
    expect((await app.handle(v.request())).status).toBe(202);
    const w = await geldigVerzoek(app, sleutel.publicKey, { wat: 'iets anders' }, v.code);
    await verwachtFout(await app.handle(w.request()), 409, 'code_bezet');
  });

  test('422 for plaintext, garbage, another key, an extra recipient, password encryption', async () => {
    const code = nieuweCode();
    const pow = await powVoor(app);
    const tekst = meldingMime(velden({ wat: MERKTEKEN }), code);
    const onversleuteld = (await openpgp.createMessage({ text: tekst })).armor();
    const gesigneerd = await openpgp.sign({ message: await openpgp.createMessage({ text: tekst }), signingKeys: await openpgp.readPrivateKey({ armoredKey: sleutel.privateKey }) });
    const wachtwoord = await openpgp.encrypt({ message: await openpgp.createMessage({ text: tekst }), passwords: ['geheim'] });
    const wachtwoordEnSleutel = await openpgp.encrypt({ message: await openpgp.createMessage({ text: tekst }), passwords: ['geheim'], encryptionKeys: await openpgp.readKey({ armoredKey: sleutel.publicKey }) });
    const gevallen: [string, string][] = [
      [onversleuteld, 'geen_pgp'],
      [gesigneerd, 'geen_pgp'],
      [`-----BEGIN PGP MESSAGE-----\n\n${MERKTEKEN}\n-----END PGP MESSAGE-----\n`, 'geen_pgp'],
      [wachtwoord, 'geen_pgp'],
      [wachtwoordEnSleutel, 'geen_pgp'],
      [await versleutelVoor([ander.publicKey], tekst), 'verkeerde_sleutel'],
      [await versleutelVoor([sleutel.publicKey, ander.publicKey], tekst), 'verkeerde_sleutel'],
    ];
    for (const [versleuteld, fout] of gevallen) {
      await verwachtFout(await app.handle(post({ code, versleuteld, pow })), 422, fout);
    }
  });

  test('413 for an oversized body, without reading it all', async () => {
    const groot = 'x'.repeat(MAX_BODY + 1);
    await verwachtFout(await app.handle(post(groot)), 413, 'te_groot');
    // No Content-Length: a stream that would go on for 100 MB; count how much the function pulled.
    let gelezen = 0;
    const stuk = new Uint8Array(16 * 1024).fill(0x20);
    const stroom = new ReadableStream<Uint8Array>({
      pull(c) {
        gelezen += stuk.byteLength;
        if (gelezen > 100 * 1024 * 1024) c.close();
        else c.enqueue(stuk);
      },
    });
    const r = new Request('http://127.0.0.1/api/melding', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stroom, duplex: 'half' } as RequestInit);
    await verwachtFout(await app.handle(r), 413, 'te_groot');
    expect(gelezen).toBeLessThan(MAX_BODY + 256 * 1024);
    // Content-Length alone is enough: the body is never touched.
    let aangeraakt = false;
    const lui = new ReadableStream<Uint8Array>({ pull() { aangeraakt = true; } });
    const metLengte = new Request('http://127.0.0.1/api/melding', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(10 * MAX_BODY) }, body: lui, duplex: 'half' } as RequestInit);
    await verwachtFout(await app.handle(metLengte), 413, 'te_groot');
    expect(aangeraakt).toBe(false);
  });

  test('the limit follows the kind of body and the host: photos only come as JSON, Netlify takes less', async () => {
    const lengte = (n: number, type: string) =>
      new Request('http://127.0.0.1/api/melding', { method: 'POST', headers: { 'content-type': type, 'content-length': String(n) }, body: 'x'.repeat(n) });
    // The no-JS form post is text only: its limit stays small.
    expect((await app.handle(lengte(TEKST_BODY + 1, 'application/x-www-form-urlencoded'))).status).toBe(413);
    // A JSON body the size of a melding with a few photos is read (and refused only as unreadable JSON).
    await verwachtFout(await app.handle(lengte(3_000_000, 'application/json')), 400, 'ongeldige_json');
    const netlify = await createMeldingApp({ sleutel: sleutel.publicKey, verstuur: async () => {}, spoolMap: null, aan: 'af@test.example', van: 'noreply@test.example', powGeheim: 'g', host: 'netlify' });
    await verwachtFout(await netlify.handle(lengte(maxBody('netlify') + 1, 'application/json')), 413, 'te_groot');
    await verwachtFout(await netlify.handle(lengte(maxBody('netlify') - 1, 'application/json')), 400, 'ongeldige_json');
    expect(maxBody('netlify')).toBeLessThan(6_000_000 * 0.75); // under Netlify's 6 MB even if it passes the body on as base64
  });

  test('403 for a post from another site; 404 for other paths', async () => {
    const r = new Request('http://127.0.0.1/api/melding', { method: 'POST', headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' }, body: '{}' });
    await verwachtFout(await app.handle(r), 403, 'andere_site');
    await verwachtFout(await app.handle(new Request(`http://127.0.0.1/api/${MERKTEKEN}`)), 404, 'niet_gevonden');
  });

  test('logs never hold the input', () => {
    expect(logs.length).toBeGreaterThan(10);
    for (const r of logs) {
      expect(r).not.toContain(MERKTEKEN);
      expect(r).not.toMatch(/PGP|BEGIN/);
    }
  });
});

describe('rate cap', () => {
  test('429 with Retry-After once the cap per minute is reached; the next minute it takes meldingen again', async () => {
    // Relative to the real clock: altcha-lib also checks challenge expiry against Date.now().
    let klok = Date.now();
    const capApp = await createMeldingApp({
      sleutel: sleutel.publicKey,
      verstuur: async () => {},
      spoolMap: join(map, 'spool-cap'),
      aan: 'af@test.example',
      van: 'noreply@test.example',
      powGeheim: 'test-geheim',
      powMoeite: 2000,
      perMinuut: 3,
      nu: () => new Date(klok),
      log: () => {},
    });
    for (let i = 0; i < 3; i++) expect((await capApp.handle((await geldigVerzoek(capApp, sleutel.publicKey)).request())).status).toBe(202);
    const teVeel = await geldigVerzoek(capApp, sleutel.publicKey);
    const r = await capApp.handle(teVeel.request());
    expect(r.headers.get('retry-after')).toMatch(/^\d+$/);
    await verwachtFout(r, 429, 'te_veel');
    klok += 61_000;
    // The refused melding may simply be sent again (its challenge was not spent).
    expect((await capApp.handle(teVeel.request())).status).toBe(202);
  });
});
