import { afterAll, expect, test } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createMeldingApp } from '../../../functions/melding/app.ts';
import { TEKST_BODY } from '../../../src/melding/fotos.ts';
import { geldigVerzoek, openpgpSleutel, post, powVoor, tijdelijkeMap } from './hulp.ts';

/** After 10,000 junk requests the function still takes a valid melding, and its log holds no input. */
const map = tijdelijkeMap('junk');
afterAll(() => rmSync(map, { recursive: true, force: true }));

test('10,000 junk requests, then a valid melding is accepted', async () => {
  const k = await openpgpSleutel();
  const logs: string[] = [];
  const verstuurd: string[] = [];
  const app = await createMeldingApp({ sleutel: k.publicKey, verstuur: async (raw) => void verstuurd.push(raw), spoolMap: join(map, 'spool'), aan: 'af@test.example', van: 'noreply@test.example', powGeheim: 'g', powMoeite: 2000, perMinuut: 30, log: (r) => logs.push(r) });
  await app.start();
  const echtePow = await powVoor(app);
  const soorten: (() => Request)[] = [
    () => new Request('http://127.0.0.1/api/melding', { method: 'GET', headers: { 'user-agent': 'JunkBot/1', 'x-forwarded-for': '198.51.100.9' } }),
    () => post('{"code":"JUNK', 'application/json'),
    () => post('JUNK-BODY', 'text/plain'),
    () => post({ code: 'ABCD-EFGH', versleuteld: '-----BEGIN PGP MESSAGE-----\nJUNK', pow: 'JUNKJUNKJUNKJUNK' }),
    () => post({ code: 'ABCD-EFGH', versleuteld: '-----BEGIN PGP MESSAGE-----\nJUNK', pow: echtePow }),
    () => post('x'.repeat(TEKST_BODY + 10), 'application/x-www-form-urlencoded'),
    // The no-JS error page does show the reporter's own text again (escaped), by design; no marker here.
    () => post('wat=&waar=leeg', 'application/x-www-form-urlencoded'),
  ];
  const statussen = new Map<number, number>();
  // Bounded concurrency: 50 at a time.
  for (let i = 0; i < 10_000; i += 50) {
    const antwoorden = await Promise.all(Array.from({ length: 50 }, (_, j) => app.handle(soorten[(i + j) % soorten.length]!())));
    for (const r of antwoorden) {
      statussen.set(r.status, (statussen.get(r.status) ?? 0) + 1);
      expect(await r.text()).not.toContain('JUNK');
    }
  }
  expect([...statussen.keys()].every((s) => s >= 400 && s < 500)).toBe(true);
  const v = await geldigVerzoek(app, k.publicKey);
  expect((await app.handle(v.request())).status).toBe(202);
  for (let i = 0; i < 200 && verstuurd.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
  await app.stop();
  expect(verstuurd).toHaveLength(1);
  for (const r of logs) expect(r).not.toMatch(/JUNK|JunkBot|198\.51\.100\.9|BEGIN PGP/);
}, 60_000);
