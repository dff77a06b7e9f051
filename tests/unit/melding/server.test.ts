import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'node:net';
import nodemailer from 'nodemailer';
import { createMeldingApp, type MeldingApp, type MeldingDeps } from '../../../functions/melding/app.ts';
import { startServer, type DraaiendeServer } from '../../../src/server/server.ts';
import { startSmtpSink, type SmtpSink } from '../../../src/dev/smtp-sink.ts';
import { geldigVerzoek, openpgpSleutel, tellingPerCode, tijdelijkeMap, wachtTot } from './hulp.ts';
import { maxBody } from '../../../src/melding/fotos.ts';

/**
 * The function behind the real production server over loopback HTTP (no browser, no site build: a
 * one-page dist is enough for the server to start).
 */
const map = tijdelijkeMap('server');
const logs: string[] = [];
let sink: SmtpSink;
let app: MeldingApp;
let server: DraaiendeServer;
let transport: { close(): void };
let sleutel: string;

beforeAll(async () => {
  const dist = join(map, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), '<!doctype html><html lang="nl"><title>t</title></html>');
  writeFileSync(join(dist, '404.html'), '<!doctype html><html lang="nl"><title>404</title></html>');
  sink = await startSmtpSink({ map: join(map, 'post') });
  transport = nodemailer.createTransport(sink.url);
  sleutel = (await openpgpSleutel()).publicKey;
  app = await createMeldingApp({ sleutel, transport: transport as unknown as MeldingDeps['transport'], spoolMap: join(map, 'spool'), aan: 'af@test.example', van: 'noreply@test.example', powGeheim: 'g', powMoeite: 2000, perMinuut: 100, log: (r) => logs.push(r) });
  await app.start();
  server = await startServer({ dist, port: 0, host: '127.0.0.1', app });
});
afterAll(async () => {
  await server?.close();
  await app?.stop();
  transport?.close();
  await sink?.close();
  rmSync(map, { recursive: true, force: true });
});

test('a melding posted over HTTP arrives at the relay; the log holds neither IP nor user agent', async () => {
  const v = await geldigVerzoek(app, sleutel);
  const r = await fetch(`${server.url}/api/melding`, { method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': 'GeheimeBrowser/3' }, body: JSON.stringify(v.body) });
  expect(r.status).toBe(202);
  expect(await r.json()).toEqual({ status: 'ontvangen', code: v.code });
  await wachtTot(() => tellingPerCode(sink.map).get(v.code) === 1);
  const u = await fetch(`${server.url}/api/uitdaging`);
  expect(u.status).toBe(200);
  expect(u.headers.get('cache-control')).toContain('no-store');
  for (const regel of logs) expect(regel).not.toMatch(/127\.0\.0\.1|GeheimeBrowser|BEGIN PGP/);
});

test('an oversized body over a socket gets 413 and the server keeps serving', async () => {
  // Announce 50 MB, send 1 MB: the answer must come without the rest ever being sent.
  const antwoord = await new Promise<string>((klaar, mis) => {
    const { port } = new URL(server.url);
    const s = connect(Number(port), '127.0.0.1', () => {
      s.write(`POST /api/melding HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${50 * 1024 * 1024}\r\n\r\n`);
      s.write(Buffer.alloc(1024 * 1024, 0x20));
    });
    let data = '';
    s.on('data', (d) => {
      data += d.toString();
      if (data.includes('\r\n\r\n')) s.destroy();
    });
    s.on('close', () => klaar(data));
    s.on('error', mis);
    setTimeout(() => s.destroy(new Error('geen antwoord')), 10_000);
  });
  expect(antwoord).toMatch(/^HTTP\/1\.1 413/);
  const v = await geldigVerzoek(app, sleutel);
  const r = await fetch(`${server.url}/api/melding`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(v.body) });
  expect(r.status).toBe(202);
});

test('chunked body without length: 413 as soon as it passes the limit', async () => {
  // The limit for JSON is ~19.5 MB (a melding with 10 MB of photos); offer 60 MB.
  const aanbod = 60 * 1024 * 1024;
  let verstuurd = 0;
  const stroom = new ReadableStream<Uint8Array>({
    pull(c) {
      verstuurd += 64 * 1024;
      if (verstuurd > aanbod) c.close();
      else c.enqueue(new Uint8Array(64 * 1024).fill(0x20));
    },
  });
  const r = await fetch(`${server.url}/api/melding`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stroom, duplex: 'half' } as RequestInit).catch((e: Error) => e);
  // Either the 413 arrives, or the server cut the upload off; never the whole 60 MB read (socket buffers may hold a few MB more than the limit).
  if (r instanceof Response) expect(r.status).toBe(413);
  expect(verstuurd).toBeLessThan(maxBody('zelf') + 12 * 1024 * 1024);
});
