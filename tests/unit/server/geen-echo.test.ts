/**
 * No error answer of any route repeats what was sent: not the path, the query, a header or the body
 * (Hono's default validation error would; our routes answer with fixed texts). The one exception is by
 * design: the no-JS error page puts the reporter's own text back in the form, escaped, so nothing is lost.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createMeldingApp, type MeldingApp } from '../../../functions/melding/app.ts';
import { maxBody } from '../../../src/melding/fotos.ts';
import { startServer, type DraaiendeServer } from '../../../src/server/server.ts';
import { openpgpSleutel, powVoor } from '../melding/hulp.ts';
import { maakSite, rauw } from './hulp.ts';

const M = 'ECHOMERKTEKEN7Q';
let site: { root: string; dist: string };
let server: DraaiendeServer;
let app: MeldingApp;

beforeAll(async () => {
  site = maakSite();
  const k = await openpgpSleutel();
  app = await createMeldingApp({ sleutel: k.publicKey, verstuur: async () => {}, spoolMap: join(site.root, 'spool'), aan: 'af@test.example', van: 'noreply@test.example', powGeheim: 'g', powMoeite: 1000, log: () => {} });
  server = await startServer({ dist: site.dist, port: 0, host: '127.0.0.1', app });
});
afterAll(async () => {
  await server?.close();
  rmSync(site.root, { recursive: true, force: true });
});

test('every route, every refusal: the marker never comes back', async () => {
  const pow = await powVoor(app);
  const json = (body: string, extra: Record<string, string> = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', [`x-${M.toLowerCase()}`]: M, ...extra }, body });
  const gevallen: [string, RequestInit][] = [
    [`/api/uitdaging?${M}=${M}`, { method: 'POST', body: M }],
    [`/api/uitdaging?q=${M}`, { method: 'DELETE' }],
    [`/api/melding?${M}`, { method: 'GET' }],
    [`/api/${M}`, { method: 'GET' }],
    [`/api/${M}`, json('{}')],
    ['/api/melding', json(`{"code":"${M}"`)],
    ['/api/melding', json(JSON.stringify({ code: M, versleuteld: M, pow: M }))],
    ['/api/melding', json(JSON.stringify({ code: 'ABCD-EFGH', versleuteld: `-----BEGIN PGP MESSAGE-----\n${M}\n-----END PGP MESSAGE-----`, pow }))],
    ['/api/melding', json(JSON.stringify({ code: 'ABCD-EFGH', versleuteld: M, pow: Buffer.from(M.repeat(4)).toString('base64') }))],
    ['/api/melding', json(JSON.stringify({ [M]: M }))],
    ['/api/melding', json(M.repeat(Math.ceil((maxBody('zelf') + 10) / M.length)))],
    ['/api/melding', { method: 'POST', headers: { 'content-type': `text/${M.toLowerCase()}` }, body: M }],
    ['/api/melding', json('{}', { origin: `https://${M.toLowerCase()}.example` })],
    [`/${M}/`, { method: 'GET' }],
    [`/${M}`, { method: 'PUT', body: M }],
  ];
  for (const [pad, init] of gevallen) {
    const r = await fetch(`${server.url}${pad}`, init);
    expect(r.status, `${init.method} ${pad}`).toBeGreaterThanOrEqual(400);
    const tekst = await r.text();
    expect(tekst.toUpperCase(), `${init.method} ${pad}`).not.toContain(M);
    for (const [, v] of r.headers) expect(v.toUpperCase(), `${init.method} ${pad}`).not.toContain(M);
  }
  for (const verzoek of [`GET /%${M} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, `GET /..\\${M} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, `${M} / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`]) {
    const a = await rauw(server.url, verzoek);
    expect(a.status).toBeGreaterThanOrEqual(400);
    expect(`${a.kop}\n${a.body}`.toUpperCase()).not.toContain(M);
  }
});
