/** The no-JavaScript form sent again (reload, Back and resend, double click): one melding, one mail, the same code. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createMeldingApp, type MeldingApp } from '../../../functions/melding/app.ts';
import { HERHAAL_MS } from '../../../functions/melding/via-formulier.ts';
import { openpgpSleutel, tijdelijkeMap } from './hulp.ts';

let map: string;
let app: MeldingApp;
let klok = Date.parse('2026-12-02T10:00:00Z');
const verstuurd: string[] = [];

beforeAll(async () => {
  map = tijdelijkeMap('zonder-js');
  const k = await openpgpSleutel();
  app = await createMeldingApp({
    sleutel: k.publicKey,
    verstuur: async (raw) => void verstuurd.push(raw),
    spoolMap: null,
    aan: 'af@test.example',
    van: 'noreply@test.example',
    powGeheim: 'g',
    nu: () => new Date(klok),
    log: () => {},
  });
});
afterAll(() => rmSync(map, { recursive: true, force: true }));

const formulier = (body: string) =>
  app.handle(new Request('http://127.0.0.1/api/melding', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body }));
const codeUit = async (r: Response) => /[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/.exec(await r.text())?.[0];

test('the same form twice, also at once, gives one mail and the same code; another text gets its own', async () => {
  const body = new URLSearchParams({ wat: 'Elke nacht een busje bij het pand', waar: 'Dorpsstraat' }).toString();
  const [a, b] = await Promise.all([formulier(body), formulier(body)]);
  const c = await formulier(body);
  expect([a.status, b.status, c.status]).toEqual([202, 202, 202]);
  const codes = await Promise.all([a, b, c].map(codeUit));
  expect(new Set(codes).size).toBe(1);
  expect(verstuurd).toHaveLength(1);

  const ander = await formulier(new URLSearchParams({ wat: 'Iets anders gezien' }).toString());
  expect(ander.status).toBe(202);
  expect(await codeUit(ander)).not.toBe(codes[0]);
  expect(verstuurd).toHaveLength(2);
});

test('after the window the same text is a new melding (nothing is kept longer)', async () => {
  const body = new URLSearchParams({ wat: 'Na een kwartier opnieuw' }).toString();
  const eerste = await codeUit(await formulier(body));
  klok += HERHAAL_MS + 1000;
  const later = await codeUit(await formulier(body));
  expect(later).not.toBe(eerste);
});
