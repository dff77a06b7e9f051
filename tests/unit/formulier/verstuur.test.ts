import { describe, expect, test, vi } from 'vitest';
import { verstuur, BERICHT, type Hulp, type Bewaard } from '../../../src/islands/formulier/verstuur.ts';
import type { Velden } from '../../../src/melding/velden.ts';

const VELDEN: Velden = { wat: 'Ik zag iets 😟 in de schuur', waar: 'Bilthoven', wanneer: '', wie: '', vorm: 'weet-niet', contactGewenst: false, contact: '' };
const PGP = '-----BEGIN PGP MESSAGE-----\n\nwcBMA...\n-----END PGP MESSAGE-----\n';

function antwoord(status: number, body: unknown): Response {
  return new Response(body === undefined ? 'geen json' : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function hulp(opties: { antwoorden?: Array<Response | Error>; versleutel?: Hulp['versleutel']; bewijs?: Hulp['bewijs'] } = {}) {
  const antwoorden = [...(opties.antwoorden ?? [])];
  const codes = ['AAAA-1111', 'BBBB-2222', 'CCCC-3333'];
  const h = {
    nieuweCode: vi.fn(() => codes.shift()!),
    maakMime: vi.fn((v: Velden, code: string) => `MIME ${code} ${v.wat}`),
    versleutel: vi.fn(opties.versleutel ?? (async (mime: string) => `${PGP}${mime.length}`)),
    bewijs: vi.fn(opties.bewijs ?? (async () => 'cG93LW9wbG9zc2luZw==')),
    fetch: vi.fn(async (_url: string, _init: RequestInit) => {
      const a = antwoorden.shift();
      if (!a) throw new Error('geen antwoord meer in de test');
      if (a instanceof Error) throw a;
      return a;
    }),
    stap: vi.fn(),
  };
  return h;
}

describe('verstuur', () => {
  test('success: POSTs only code, ciphertext and pow as JSON, never the plaintext', async () => {
    const h = hulp({ antwoorden: [antwoord(202, { status: 'ontvangen', code: 'AAAA-1111' })] });
    const u = await verstuur(VELDEN, h);
    expect(u).toEqual({ soort: 'ontvangen', code: 'AAAA-1111' });
    expect(h.stap.mock.calls.map((c) => c[0])).toEqual(['versleutelen', 'versturen']);
    const [url, init] = h.fetch.mock.calls[0]!;
    expect(url).toBe('/api/melding');
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
    expect(init.credentials).toBe('omit');
    const body = JSON.parse(String(init.body));
    expect(Object.keys(body).sort()).toEqual(['code', 'pow', 'versleuteld']);
    expect(body.code).toBe('AAAA-1111');
    expect(body.versleuteld.startsWith('-----BEGIN PGP MESSAGE-----')).toBe(true);
    expect(String(init.body)).not.toContain('schuur');
    expect(h.maakMime).toHaveBeenCalledWith(VELDEN, 'AAAA-1111');
  });

  test('encryption failure: nothing is sent and nothing is kept', async () => {
    const h = hulp({ versleutel: async () => { throw new Error('kapot'); } });
    const u = await verstuur(VELDEN, h);
    expect(u).toEqual({ soort: 'mislukt', reden: 'versleutelen', bericht: BERICHT.versleutelen, bewaard: null });
    expect(h.fetch).not.toHaveBeenCalled();
  });

  test('fails closed when "encryption" returns something that is not an OpenPGP message', async () => {
    const h = hulp({ versleutel: async (mime) => mime });
    const u = await verstuur(VELDEN, h);
    expect(u.soort === 'mislukt' && u.reden).toBe('versleutelen');
    expect(h.fetch).not.toHaveBeenCalled();
  });

  test('503: keeps ciphertext and code; the retry sends the very same melding (idempotent) with a fresh pow', async () => {
    const h = hulp({ antwoorden: [antwoord(503, { status: 'fout', fout: 'relay', bericht: 'x' }), antwoord(202, { status: 'ontvangen', code: 'AAAA-1111' })] });
    const eerste = await verstuur(VELDEN, h);
    expect(eerste.soort).toBe('mislukt');
    if (eerste.soort !== 'mislukt') return;
    expect(eerste.reden).toBe('tijdelijk');
    expect(eerste.bericht).toBe(BERICHT.tijdelijk);
    expect(eerste.bewaard?.code).toBe('AAAA-1111');
    const tweede = await verstuur(VELDEN, h, eerste.bewaard);
    expect(tweede).toEqual({ soort: 'ontvangen', code: 'AAAA-1111' });
    expect(h.versleutel).toHaveBeenCalledTimes(1);
    expect(h.nieuweCode).toHaveBeenCalledTimes(1);
    expect(h.bewijs).toHaveBeenCalledTimes(2);
    const [b1, b2] = h.fetch.mock.calls.map((c) => JSON.parse(String(c[1].body)));
    expect(b2.code).toBe(b1.code);
    expect(b2.versleuteld).toBe(b1.versleuteld);
  });

  test('a retry after the text was changed encrypts anew with a new code', async () => {
    const h = hulp({ antwoorden: [antwoord(202, { status: 'ontvangen', code: 'AAAA-1111' })] });
    const oud: Bewaard = { code: 'ZZZZ-9999', versleuteld: PGP, velden: JSON.stringify(VELDEN) };
    const u = await verstuur({ ...VELDEN, wat: 'Aangevuld' }, h, oud);
    expect(u).toEqual({ soort: 'ontvangen', code: 'AAAA-1111' });
    expect(JSON.parse(String(h.fetch.mock.calls[0]![1].body)).versleuteld).not.toBe(PGP);
    expect(h.versleutel).toHaveBeenCalledTimes(1);
  });

  test('network error keeps the ciphertext (the function may have it already)', async () => {
    const h = hulp({ antwoorden: [new TypeError('Failed to fetch')] });
    const u = await verstuur(VELDEN, h);
    expect(u.soort === 'mislukt' && [u.reden, u.bewaard?.code]).toEqual(['netwerk', 'AAAA-1111']);
  });

  test('409 is never a success: a taken code drops the ciphertext, a spent challenge keeps it', async () => {
    const oud: Bewaard = { code: 'AAAA-1111', versleuteld: PGP, velden: JSON.stringify(VELDEN) };
    const h = hulp({ antwoorden: [antwoord(409, { status: 'fout', fout: 'code_bezet', bericht: 'Deze meldcode is al gebruikt.' })] });
    const u = await verstuur(VELDEN, h, oud);
    expect(u.soort === 'mislukt' && [u.reden, u.bewaard]).toEqual(['geweigerd', null]);
    const h2 = hulp({ antwoorden: [antwoord(409, { status: 'fout', fout: 'herhaald', bericht: 'Deze controle is al gebruikt.' })] });
    const u2 = await verstuur(VELDEN, h2, oud);
    expect(u2.soort === 'mislukt' && [u2.reden, u2.bewaard?.code]).toEqual(['geweigerd', 'AAAA-1111']);
  });

  test("4xx shows the function's own sentence; 5xx and odd 202s are failures with the ciphertext kept", async () => {
    const h = hulp({
      antwoorden: [
        antwoord(429, { status: 'fout', fout: 'te_veel', bericht: 'Het is nu erg druk. Probeer het over een minuut opnieuw.' }),
        antwoord(500, undefined),
        antwoord(202, { status: 'iets anders' }),
      ],
    });
    const a = await verstuur(VELDEN, h);
    expect(a.soort === 'mislukt' && [a.reden, a.bericht]).toEqual(['geweigerd', 'Het is nu erg druk. Probeer het over een minuut opnieuw.']);
    const b = await verstuur(VELDEN, h, a.soort === 'mislukt' ? a.bewaard : null);
    expect(b.soort === 'mislukt' && [b.reden, b.bewaard?.code]).toEqual(['server', 'AAAA-1111']);
    const c = await verstuur(VELDEN, h, b.soort === 'mislukt' ? b.bewaard : null);
    expect(c.soort === 'mislukt' && c.reden).toBe('server');
  });

  test('a failed proof of work sends nothing but keeps the ciphertext', async () => {
    const h = hulp({ bewijs: async () => { throw new Error('uitdaging: HTTP 500'); } });
    const u = await verstuur(VELDEN, h);
    expect(u.soort === 'mislukt' && [u.reden, u.bewaard?.code]).toEqual(['uitdaging', 'AAAA-1111']);
    expect(h.fetch).not.toHaveBeenCalled();
  });
});
