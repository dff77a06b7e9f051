import { describe, expect, test } from 'vitest';
import { meldingBody, meldingMime, PADDING_STAP, nieuweCode } from '../../../src/melding/tekst.ts';
import { CODE_PATROON } from '../../../src/melding/payload.ts';
import { velden } from './hulp.ts';
import { simpleParser } from 'mailparser';
import type { FotoBijlage } from '../../../src/melding/fotos.ts';

// A deterministic "random" source, so every length below is tested the same way each run.
const vast = (a: Uint8Array) => a.map((_, i) => (i * 37 + 11) % 256);

describe('meldingMime', () => {
  test('is padded to a multiple of PADDING_STAP and no line exceeds 998 octets, for every body length', () => {
    for (let n = 1; n < 3 * PADDING_STAP; n += 7) {
      const mime = meldingMime(velden({ wat: 'x'.repeat(Math.min(n, 10_000)) }), 'ABCD-EFGH', 'nl', vast);
      expect(new TextEncoder().encode(mime).length % PADDING_STAP).toBe(0);
      const kop = mime.slice(0, mime.indexOf('\r\n\r\n'));
      for (const regel of kop.split('\r\n')) expect(regel.length).toBeLessThanOrEqual(100);
    }
  });

  test('keeps the header block parseable: continuation lines start with a space', () => {
    const mime = meldingMime(velden({ wat: 'kort' }), 'ABCD-EFGH');
    const regels = mime.slice(0, mime.indexOf('\r\n\r\n')).split('\r\n');
    expect(regels[0]).toBe('Content-Type: text/plain; charset=utf-8');
    expect(regels[2]).toMatch(/^X-Padding: [A-Za-z0-9+/]+$/);
    for (const r of regels.slice(3)) expect(r).toMatch(/^ [A-Za-z0-9+/]+$/);
  });

  test('multi-byte text pads on bytes, not characters', () => {
    const mime = meldingMime(velden({ wat: 'é🚨שלום'.repeat(500) }), 'ABCD-EFGH');
    expect(new TextEncoder().encode(mime).length % PADDING_STAP).toBe(0);
  });

  test('codes have the agreed form', () => {
    for (let i = 0; i < 200; i++) expect(nieuweCode()).toMatch(CODE_PATROON);
  });

  test('the mail names the reporter\'s language for the gemeente, keeps Dutch titles and the text as typed', () => {
    const wat = 'Widziałem busa przy szklarni: ą ę ł ż. رأيت حافلة.';
    const pl = meldingBody(velden({ wat }), 'ABCD-EFGH', 'pl');
    expect(pl).toContain('Taal van de melder: Pools (pl)');
    expect(pl).toContain(`Wat heeft de melder gezien of gehoord:\n${wat}\n`);
    expect(meldingBody(velden({ wat }), 'ABCD-EFGH', 'ar')).toContain('Taal van de melder: Arabisch (ar)');
    expect(meldingBody(velden({ wat }), 'ABCD-EFGH', 'nl')).not.toContain('Taal van de melder');
    expect(meldingBody(velden({ wat }), 'ABCD-EFGH', 'xx')).not.toContain('Taal van de melder');
  });

  test('with photos: one multipart/mixed entity, the text part first, the photos as foto-N attachments, padded the same', async () => {
    const wat = 'Busje met kenteken op de foto; é🚨';
    const fotos: FotoBijlage[] = [
      { type: 'image/jpeg', data: Uint8Array.from({ length: 70_001 }, (_, i) => (i * 7) % 256) },
      { type: 'image/png', data: Uint8Array.from({ length: 333 }, (_, i) => (i * 13) % 256) },
    ];
    const mime = meldingMime(velden({ wat }), 'ABCD-EFGH', 'nl', vast, fotos);
    expect(new TextEncoder().encode(mime).length % PADDING_STAP).toBe(0);
    for (const regel of mime.split('\r\n')) expect(regel.length).toBeLessThanOrEqual(998);
    expect(mime).toMatch(/^Content-Type: multipart\/mixed; boundary="----meldwijzer-[0-9a-f]{24}"\r\nX-Padding: /);
    const mail = await simpleParser(mime);
    expect(mail.text?.replace(/\r\n/g, '\n')).toBe(meldingBody(velden({ wat }), 'ABCD-EFGH', 'nl', ['foto-1.jpg', 'foto-2.png']));
    expect(mail.text).toContain("Foto's (bijlagen; locatie, tijdstip en telefoongegevens zijn eruit gehaald):\nfoto-1.jpg, foto-2.png");
    expect(mail.attachments.map((a) => [a.filename, a.contentType, a.contentDisposition])).toEqual([
      ['foto-1.jpg', 'image/jpeg', 'attachment'],
      ['foto-2.png', 'image/png', 'attachment'],
    ]);
    expect(Buffer.from(mail.attachments[0]!.content)).toEqual(Buffer.from(fotos[0]!.data));
    expect(Buffer.from(mail.attachments[1]!.content)).toEqual(Buffer.from(fotos[1]!.data));
  });

  test('without photos the entity is what it always was: text/plain, no boundary, no photo line', () => {
    const mime = meldingMime(velden({ wat: 'alleen tekst' }), 'ABCD-EFGH', 'nl', vast, []);
    expect(mime).toBe(meldingMime(velden({ wat: 'alleen tekst' }), 'ABCD-EFGH', 'nl', vast));
    expect(mime).toMatch(/^Content-Type: text\/plain; charset=utf-8\r\n/);
    expect(mime).not.toContain('meldwijzer-');
    expect(mime).not.toContain("Foto's");
  });

  test('the boundary never occurs in the text, even when the reporter types it', () => {
    const g = `----meldwijzer-${Array.from(vast(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('')}`;
    const mime = meldingMime(velden({ wat: `ik typ ${g} zomaar` }), 'ABCD-EFGH', 'nl', vast, [{ type: 'image/png', data: new Uint8Array(3) }]);
    const grens = mime.match(/boundary="([^"]+)"/)![1]!;
    expect(grens).not.toBe(g);
    expect(mime.split(`--${grens}`).length).toBe(4); // before, text, photo, closing
  });
});
