import { describe, expect, test } from 'vitest';
import { meldingBody, meldingMime, PADDING_STAP, nieuweCode } from '../../../src/melding/tekst.ts';
import { CODE_PATROON } from '../../../src/melding/payload.ts';
import { velden } from './hulp.ts';

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
});
