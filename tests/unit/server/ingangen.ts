/**
 * One test suite for both ways the melding function runs: behind the self-hosted Node server
 * (src/server/, with spool) and as a Netlify Function (functions/melding/melding.ts, no spool). Each entry
 * gets the same requests and must give the same answers and the same mails.
 */
import { readFileSync } from 'node:fs';
import * as openpgp from 'openpgp';
import { describe, expect, test } from 'vitest';
import { meldingMime, nieuweCode } from '../../../src/melding/tekst.ts';
import { maxBody, type Host } from '../../../src/melding/fotos.ts';
import { veldenSchema } from '../../../src/melding/velden.ts';
import { losOp } from '../../../functions/melding/pow.ts';
import { functieHeaders } from '../../../src/http/headers.ts';

export interface Ingang {
  /** Sends a request for `pad` (e.g. /api/melding) to this entry. */
  fetch(pad: string, init?: RequestInit): Promise<Response>;
  /** .eml files received by the stub relay so far. */
  mails(): string[];
  /** Armored public key the entry accepts, and the private key to read the mails. */
  publiek: string;
  prive: string;
}

export async function pow(ingang: Ingang): Promise<string> {
  const r = await ingang.fetch('/api/uitdaging');
  return losOp(await r.json());
}

export async function versleutel(publiek: string, tekst: string): Promise<string> {
  const encryptionKeys = await openpgp.readKey({ armoredKey: publiek });
  return (await openpgp.encrypt({ message: await openpgp.createMessage({ text: tekst }), encryptionKeys, format: 'armored' })) as string;
}

/** A melding as the browser sends it: JSON with code, ciphertext and a solved proof of work. */
export async function meldingBody(ingang: Ingang, wat: string, code = nieuweCode()): Promise<{ code: string; body: string }> {
  const tekst = meldingMime(veldenSchema.parse({ wat }), code);
  return { code, body: JSON.stringify({ code, versleuteld: await versleutel(ingang.publiek, tekst), pow: await pow(ingang) }) };
}

export function postJson(body: string, type = 'application/json'): RequestInit {
  return { method: 'POST', headers: { 'content-type': type, 'sec-fetch-site': 'same-origin' }, body };
}

async function wacht(voorwaarde: () => boolean, ms = 15_000): Promise<void> {
  const eind = Date.now() + ms;
  while (!voorwaarde()) {
    if (Date.now() > eind) throw new Error('wachten duurde te lang');
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function ontsleutel(prive: string, eml: string): Promise<string> {
  const armored = /-----BEGIN PGP MESSAGE-----[\s\S]*?-----END PGP MESSAGE-----/.exec(eml)?.[0];
  if (!armored) throw new Error('geen PGP-bericht in de mail');
  const { data } = await openpgp.decrypt({
    message: await openpgp.readMessage({ armoredMessage: armored }),
    decryptionKeys: await openpgp.readPrivateKey({ armoredKey: prive }),
  });
  return data as string;
}

export interface SuiteOpties {
  /** The host whose body limit applies (default self-hosted); Netlify's own 6 MB limit sits above its 4 MB. */
  host?: Host;
  /** Why "the same melding twice gives one mail" cannot hold on this entry, if it cannot; the test is then skipped. */
  geenIdempotentie?: string;
}

export function ingangSuite(naam: string, maak: () => Ingang, opties: SuiteOpties = {}): void {
  /** Headers on every API answer: never cached, and the full security set (Netlify's _headers skip functions, so both entries add them). */
  function apiHeadersKloppen(r: Response): void {
    expect(r.headers.get('cache-control')).toBe('no-store');
    for (const [k, v] of Object.entries(functieHeaders())) {
      if (k === 'Content-Security-Policy') expect(r.headers.get(k), k).toMatch(/frame-ancestors 'none'/);
      else if (k !== 'Cache-Control') expect(r.headers.get(k), k).toBe(v);
    }
  }

  describe(`melding function via ${naam}`, () => {
    test('hands out a proof-of-work challenge', async () => {
      const r = await maak().fetch('/api/uitdaging');
      expect(r.status).toBe(200);
      apiHeadersKloppen(r);
      expect(await r.json()).toHaveProperty('parameters');
    });

    test('accepts a melding with 202 and delivers it as PGP/MIME, readable only with the key', async () => {
      const ingang = maak();
      const voor = ingang.mails().length;
      const wat = 'Zag iets bij de nagelstudio in de Dorpsstraat 🙂 — één keer, שלום';
      const { code, body } = await meldingBody(ingang, wat);
      const r = await ingang.fetch('/api/melding', postJson(body));
      expect(r.status).toBe(202);
      apiHeadersKloppen(r);
      expect(await r.json()).toEqual({ status: 'ontvangen', code });
      await wacht(() => ingang.mails().length > voor);
      const eml = ingang.mails().find((m) => m.includes(code));
      expect(eml).toBeDefined();
      expect(eml).toMatch(/multipart\/encrypted;[\s\S]*protocol="application\/pgp-encrypted"/);
      expect(eml).not.toContain('nagelstudio');
      expect(await ontsleutel(ingang.prive, eml!)).toContain(wat);
    });

    test.skipIf(opties.geenIdempotentie)('the same melding sent twice gives one mail', async () => {
      const ingang = maak();
      const { code, body } = await meldingBody(ingang, 'Twee keer verstuurd');
      expect((await ingang.fetch('/api/melding', postJson(body))).status).toBe(202);
      await wacht(() => ingang.mails().some((m) => m.includes(code)));
      expect((await ingang.fetch('/api/melding', postJson(body))).status).toBe(202);
      await new Promise((r) => setTimeout(r, 300));
      expect(ingang.mails().filter((m) => m.includes(code))).toHaveLength(1);
    });

    const GEHEIM = 'NIET-TERUGGEVEN-42';
    const fout: [string, number, (i: Ingang) => Promise<RequestInit>][] = [
      ['wrong method', 405, async () => ({ method: 'GET' })],
      ['wrong content type', 415, async () => postJson(GEHEIM, 'text/plain')],
      ['malformed JSON', 400, async () => postJson(`{"code": "${GEHEIM}`)],
      ['missing fields', 400, async () => postJson(JSON.stringify({ code: GEHEIM }))],
      ['plaintext instead of ciphertext', 422, async (i) => postJson(JSON.stringify({ code: nieuweCode(), versleuteld: `-----BEGIN PGP MESSAGE-----\n${GEHEIM}\n-----END PGP MESSAGE-----`, pow: await pow(i) }))],
      ['no proof of work', 403, async (i) => postJson(JSON.stringify({ code: nieuweCode(), versleuteld: await versleutel(i.publiek, GEHEIM) }))],
      ['oversized body', 413, async () => postJson(JSON.stringify({ code: 'AAAA-AAAA', versleuteld: `-----BEGIN PGP MESSAGE-----${'x'.repeat(maxBody(opties.host ?? 'zelf'))}${GEHEIM}`, pow: 'x' }))],
    ];
    test.each(fout)('%s → %i, without echoing the input', async (_wat, status, verzoek) => {
      const ingang = maak();
      const r = await ingang.fetch('/api/melding', await verzoek(ingang));
      expect(r.status).toBe(status);
      apiHeadersKloppen(r);
      const tekst = await r.text();
      expect(JSON.parse(tekst)).toMatchObject({ status: 'fout' });
      expect(tekst).not.toContain(GEHEIM);
    });
  });
}

export function leesSleutels(pub: string, priv: string): { publiek: string; prive: string } {
  return { publiek: readFileSync(pub, 'utf8'), prive: readFileSync(priv, 'utf8') };
}
