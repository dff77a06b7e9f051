/**
 * The function's store (functions/melding/opslag/): one contract for the three implementations, SQLite's
 * durability across kill -9, and what the store is for: two Netlify instances sharing one Blobs store
 * send one mail for a melding sent to both and refuse a challenge the other already took; a self-hosted
 * restart still refuses a spent challenge; a store that is down gets 503 and sends nothing.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { BlobsServer } from '@netlify/blobs/server';
import { getStore } from '@netlify/blobs';
import { createMeldingApp, type MeldingApp, type MeldingDeps } from '../../../functions/melding/app.ts';
import { geheugenOpslag, type Opslag } from '../../../functions/melding/opslag/opslag.ts';
import { sqliteOpslag } from '../../../functions/melding/opslag/sqlite.ts';
import { blobsOpslag } from '../../../functions/melding/opslag/blobs.ts';
import { meldingMime } from '../../../src/melding/tekst.ts';
import { geldigVerzoek, openpgpSleutel, post, tijdelijkeMap, velden, versleutelVoor } from './hulp.ts';

const map = tijdelijkeMap('opslag');
const TOKEN = 'blobs-test-token';
let blobs: BlobsServer;
let blobsUrl: string;
let sleutel: { publicKey: string; privateKey: string };

beforeAll(async () => {
  blobs = new BlobsServer({ directory: join(map, 'blobs'), token: TOKEN });
  blobsUrl = `http://127.0.0.1:${(await blobs.start()).port}`;
  sleutel = await openpgpSleutel();
});
afterAll(async () => {
  await blobs?.stop();
  rmSync(map, { recursive: true, force: true });
});

let winkels = 0;
/** A fresh named store on the shared BlobsServer, as a Netlify function instance gets it. */
const blobsStore = (naam = `winkel-${++winkels}`) => getStore({ name: naam, siteID: 'test-site', token: TOKEN, edgeURL: blobsUrl, uncachedEdgeURL: blobsUrl, consistency: 'strong' });

/** [name, make, why concurrent writers cannot be tested against it] */
const soorten: [string, (nu: () => number) => Opslag, string?][] = [
  ['in memory', (nu) => geheugenOpslag(nu)],
  ['SQLite', (nu) => sqliteOpslag(join(map, `contract-${Math.random().toString(36).slice(2)}.sqlite`), nu)],
  // Netlify's service makes `onlyIfNew` atomic; the local BlobsServer checks and writes in two steps.
  ['Netlify Blobs (BlobsServer)', (nu) => blobsOpslag(blobsStore(), nu), 'BlobsServer checks if-none-match and writes in two steps'],
];

describe.each(soorten)('the store contract: %s', (_naam, maak, nietGelijktijdig) => {
  test('first writer wins; an expired entry is absent and can be taken; replace only from the expected value; delete is real', async () => {
    let t = 1_000;
    const o = maak(() => t);
    expect(await o.nieuw('code/a', 'bezig:1', 2_000)).toBe(true);
    expect(await o.nieuw('code/a', 'bezig:2', 9_000)).toBe(false);
    expect(await o.lees('code/a')).toBe('bezig:1');
    expect(await o.vervang('code/a', 'bezig:2', 'verstuurd:2', 9_000)).toBe(false);
    expect(await o.vervang('code/a', 'bezig:1', 'verstuurd:1', 3_000)).toBe(true);
    expect(await o.lees('code/a')).toBe('verstuurd:1');
    t = 3_000; // expired
    expect(await o.lees('code/a')).toBeNull();
    expect(await o.vervang('code/a', 'verstuurd:1', 'x', 9_000)).toBe(false);
    expect(await o.nieuw('code/a', 'bezig:3', 9_000)).toBe(true);
    expect(await o.lees('code/a')).toBe('bezig:3');
    await o.wis('code/a');
    expect(await o.lees('code/a')).toBeNull();
    expect(await o.lees('code/bestaat-niet')).toBeNull();
    await o.sluit();
  });

  test('cleaning up deletes what expired (Blobs: an hour after, so a fresh take-over is never caught) and keeps the rest', async () => {
    let t = 10_000;
    const o = maak(() => t);
    await o.nieuw('uitdaging/oud', '1', 20_000);
    await o.nieuw('uitdaging/nieuw', '1', 10_000_000);
    t = 20_000 + 3_600_000;
    expect(await o.opruimen()).toBe(1);
    expect(await o.lees('uitdaging/nieuw')).toBe('1');
    expect(await o.opruimen()).toBe(0); // nothing left to do
    await o.sluit();
  });

  test.skipIf(nietGelijktijdig)('twenty writers at once: exactly one wins', async () => {
    const o = maak(Date.now);
    const uit = await Promise.all(Array.from({ length: 20 }, (_, i) => o.nieuw('uitdaging/x', String(i), Date.now() + 60_000)));
    expect(uit.filter(Boolean)).toHaveLength(1);
    await o.sluit();
  });
});

test('SQLite: what a process wrote before it answered survives kill -9', async () => {
  const pad = join(map, 'kill.sqlite');
  const code = `
    const { sqliteOpslag } = await import(${JSON.stringify(new URL('../../../functions/melding/opslag/sqlite.ts', import.meta.url).href)});
    const o = sqliteOpslag(${JSON.stringify(pad)});
    for (let i = 0; i < 50; i++) await o.nieuw('uitdaging/' + i, 'gebruikt', Date.now() + 3600000);
    console.log('geschreven');
    setInterval(() => {}, 1000);`;
  const kind = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((klaar, mis) => {
    kind.stdout.on('data', (d) => String(d).includes('geschreven') && klaar());
    kind.on('exit', () => mis(new Error('kind stopte te vroeg')));
  });
  kind.kill('SIGKILL');
  await new Promise((r) => kind.once('exit', r));
  const o = sqliteOpslag(pad);
  for (let i = 0; i < 50; i++) expect(await o.lees(`uitdaging/${i}`)).toBe('gebruikt');
  await o.sluit();
});

describe('what the store is for', () => {
  const mails: string[] = [];
  function app(extra: Partial<MeldingDeps>): Promise<MeldingApp> {
    return createMeldingApp({
      sleutel: sleutel.publicKey,
      verstuur: async (raw) => void mails.push(raw),
      spoolMap: null,
      aan: 'af@test.example',
      van: 'noreply@test.example',
      powGeheim: 'gedeeld-geheim-van-alle-instanties',
      powMoeite: 2000,
      perMinuut: 1000,
      log: () => {},
      ...extra,
    });
  }
  const aantal = (code: string) => mails.filter((m) => m.includes(code)).length;

  test('two Netlify instances on one Blobs store: the same melding sent to both gives one mail', async () => {
    const store = blobsStore('gedeeld-1');
    const [a, b] = await Promise.all([app({ opslag: blobsOpslag(store) }), app({ opslag: blobsOpslag(store) })]);
    const v = await geldigVerzoek(a, sleutel.publicKey);
    expect((await a.handle(v.request())).status).toBe(202);
    const r = await b.handle(v.request());
    expect(r.status).toBe(202);
    expect(await r.json()).toEqual({ status: 'ontvangen', code: v.code });
    expect(aantal(v.code)).toBe(1);
    // The same code with another ciphertext is still refused on the other instance.
    const ander = await versleutelVoor([sleutel.publicKey], meldingMime(velden({ wat: 'iets anders' }), v.code));
    const r2 = await b.handle(post({ ...v.body, versleuteld: ander }));
    expect(r2.status).toBe(409);
    expect(aantal(v.code)).toBe(1);
  });

  test('while one instance is still sending, the other answers 503 (not a 202 for a mail that may fail); after that 202, one mail', async () => {
    const store = blobsStore('gedeeld-3');
    let laatGaan = () => {};
    const traag = new Promise<void>((r) => (laatGaan = r));
    const a = await app({ opslag: blobsOpslag(store), verstuur: async (raw) => traag.then(() => void mails.push(raw)) });
    const b = await app({ opslag: blobsOpslag(store) });
    const v = await geldigVerzoek(a, sleutel.publicKey);
    const opA = a.handle(v.request());
    await new Promise((r) => setTimeout(r, 100)); // A has written "bezig" and waits for its relay
    expect((await b.handle(v.request())).status).toBe(503);
    laatGaan();
    expect((await opA).status).toBe(202);
    expect((await b.handle(v.request())).status).toBe(202);
    expect(aantal(v.code)).toBe(1);
  });

  test('a challenge used on one instance is refused on the other', async () => {
    const store = blobsStore('gedeeld-2');
    const [a, b] = await Promise.all([app({ opslag: blobsOpslag(store) }), app({ opslag: blobsOpslag(store) })]);
    const eerste = await geldigVerzoek(a, sleutel.publicKey);
    expect((await a.handle(eerste.request())).status).toBe(202);
    const tweede = await geldigVerzoek(b, sleutel.publicKey, { wat: 'tweede melding, zelfde uitdaging' });
    const r = await b.handle(post({ ...tweede.body, pow: eerste.body.pow }));
    expect(r.status).toBe(409);
    expect(await r.json()).toMatchObject({ fout: 'herhaald' });
    expect(aantal(tweede.code)).toBe(0);
  });

  test('self-hosted: after a restart a spent challenge is still refused', async () => {
    const pad = join(map, 'herstart.sqlite');
    const spool = join(map, 'spool-herstart');
    const eerst = await app({ opslag: sqliteOpslag(pad), spoolMap: spool });
    const v = await geldigVerzoek(eerst, sleutel.publicKey);
    expect((await eerst.handle(v.request())).status).toBe(202);
    await eerst.stop();
    const daarna = await app({ opslag: sqliteOpslag(pad), spoolMap: spool });
    const tweede = await geldigVerzoek(daarna, sleutel.publicKey, { wat: 'na de herstart' });
    const r = await daarna.handle(post({ ...tweede.body, pow: v.body.pow }));
    expect(r.status).toBe(409);
    await daarna.stop();
  });

  test('the Blobs store down: 503, nothing sent; back up: the retry is sent once', async () => {
    const eigen = new BlobsServer({ directory: join(map, 'blobs-weg'), token: TOKEN });
    const url = `http://127.0.0.1:${(await eigen.start()).port}`;
    const store = getStore({ name: 'weg', siteID: 'test-site', token: TOKEN, edgeURL: url, uncachedEdgeURL: url, consistency: 'strong' });
    const a = await app({ opslag: blobsOpslag(store) });
    const v = await geldigVerzoek(a, sleutel.publicKey);
    await eigen.stop();
    const r = await a.handle(v.request());
    expect(r.status).toBe(503);
    expect(aantal(v.code)).toBe(0);
    // The same port again, the same folder: the retry goes through.
    const terug = new BlobsServer({ directory: join(map, 'blobs-weg'), token: TOKEN, port: Number(new URL(url).port) });
    await terug.start();
    try {
      expect((await a.handle(v.request())).status).toBe(202);
      expect((await a.handle(v.request())).status).toBe(202);
      expect(aantal(v.code)).toBe(1);
    } finally {
      await terug.stop();
    }
  });
});
