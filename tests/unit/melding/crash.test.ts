import { afterAll, expect, test } from 'vitest';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { createMeldingApp } from '../../../functions/melding/app.ts';
import { startSmtpSink } from '../../../src/dev/smtp-sink.ts';
import { geldigVerzoek, openpgpSleutel, tellingPerCode, tijdelijkeMap } from './hulp.ts';

/** kill -9 in the middle of a delivery loses no acknowledged melding and sends none twice. */
const map = tijdelijkeMap('crash');
afterAll(() => rmSync(map, { recursive: true, force: true }));

function kind(spool: string, smtp: string, sleutel: string): { proces: ChildProcess; klaar: Promise<number | null> } {
  const proces = spawn(process.execPath, [join(import.meta.dirname, 'kind-bezorger.ts'), spool, smtp, sleutel], { stdio: ['ignore', 'pipe', 'pipe'] });
  proces.stdout!.resume();
  proces.stderr!.resume();
  const klaar = new Promise<number | null>((r) => proces.on('exit', (code) => r(code)));
  return { proces, klaar };
}

test('SIGKILL while the relay holds a message: after a restart every melding arrives exactly once', async () => {
  const k = await openpgpSleutel();
  const sleutelPad = join(map, 'sleutel.asc');
  writeFileSync(sleutelPad, k.publicKey);
  const spool = join(map, 'spool');
  // Acknowledge 30 meldingen into the spool (the worker is not started: the relay is "not there yet").
  const app = await createMeldingApp({ sleutel: k.publicKey, verstuur: async () => {}, spoolMap: spool, aan: 'af@test.example', van: 'noreply@test.example', powGeheim: 'test-geheim', powMoeite: 2000, perMinuut: 1000, log: () => {} });
  const codes: string[] = [];
  for (let i = 0; i < 30; i++) {
    const v = await geldigVerzoek(app, k.publicKey);
    expect((await app.handle(v.request())).status).toBe(202);
    codes.push(v.code);
  }

  // The relay holds the 6th message before storing it; meanwhile the sender is killed.
  let ontvangen = 0;
  let eerste: ChildProcess | null = null;
  let gedood!: () => void;
  const gedoodBelofte = new Promise<void>((r) => (gedood = r));
  const sink = await startSmtpSink({
    map: join(map, 'post'),
    voorOpslaan: async () => {
      ontvangen++;
      if (ontvangen === 6 && eerste) {
        eerste.kill('SIGKILL');
        gedood();
        await new Promise((r) => setTimeout(r, 100)); // let the closed connection register
      }
    },
  });
  try {
    const a = kind(spool, sink.url, sleutelPad);
    eerste = a.proces;
    await gedoodBelofte;
    await a.klaar;
    expect(a.proces.signalCode).toBe('SIGKILL');
    const tussenstand = tellingPerCode(sink.map);
    expect(tussenstand.size).toBe(5); // 5 delivered before the kill, the 6th was never acknowledged

    const b = kind(spool, sink.url, sleutelPad);
    expect(await b.klaar).toBe(0);
    const telling = tellingPerCode(sink.map);
    expect([...telling.keys()].sort()).toEqual([...codes].sort());
    for (const c of codes) expect(telling.get(c)).toBe(1);
  } finally {
    await sink.close();
  }
}, 40_000);

test('a melding whose mail was accepted but whose spool file survived (crash or failed delete) is not sent again', async () => {
  const { Spool } = await import('../../../functions/melding/spool.ts');
  const { Bezorger } = await import('../../../functions/melding/bezorger.ts');
  const s = new Spool(join(map, 'spool-marker'));
  const item = { code: 'AAAA-BBBB', hash: 'h', raw: 'x', envelop: { from: 'a@test.example', to: ['b@test.example'] }, messageId: '<m@test.example>' };
  const ander = { ...item, code: 'CCCC-DDDD' };
  expect(await s.voegToe(item)).toBe('nieuw');
  expect(await s.voegToe(ander)).toBe('nieuw');
  // As if the relay said 250 and the marker was written, but the process died before the delete.
  writeFileSync(join(s.verzonden, item.code), item.hash);
  const verstuurd: string[] = [];
  const b = new Bezorger({ spool: s, verstuur: async (raw, env) => void verstuurd.push(env.to[0]! + raw), log: () => {} });
  b.start();
  for (let i = 0; i < 200 && s.wachtend().length > 0; i++) await new Promise((r) => setTimeout(r, 10));
  await b.stop();
  expect(verstuurd).toHaveLength(1); // only the other melding
  expect(s.wachtend()).toEqual([]);
  expect(await s.voegToe(item)).toBe('dubbel'); // and the code stays known
});

test('listing the spool while a file disappears (delivered and deleted meanwhile) does not throw', async () => {
  const { Spool } = await import('../../../functions/melding/spool.ts');
  const s = new Spool(join(map, 'spool-verdwijnt'));
  const item = { code: 'EEEE-FFFF', hash: 'h', raw: 'x', envelop: { from: 'a@test.example', to: ['b@test.example'] }, messageId: '<m@test.example>' };
  expect(await s.voegToe(item)).toBe('nieuw');
  // A dangling entry: readdir lists it, stat finds nothing (what the worker's delete looks like mid-listing).
  symlinkSync(join(map, 'bestaat-niet'), join(s.wacht, 'GGGG-HHHH.json'));
  expect(s.wachtend()).toEqual(['EEEE-FFFF']);
});
