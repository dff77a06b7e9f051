/**
 * ALTCHA v2 proof of work (self-hosted, GET /api/uitdaging), solved in the browser with Web Crypto.
 * The function only issues SHA-256 challenges with cost 1 (functions/melding/pow.ts) and refuses any
 * other, so this solver does exactly that family (SHA-2, any cost) instead of loading altcha-lib's
 * general solver: ~4.5 KB gzip less on /melden/. The counter, key derivation and answer follow
 * altcha-lib v2 (uint32 counter after the nonce, key = SHA(salt ‖ nonce ‖ counter), repeated `cost`
 * times); tests/unit/formulier/pow.test.ts checks it against the function's own verification.
 * The answer is the ALTCHA v2 payload: base64 of JSON {challenge, solution}.
 */

/** The part of an ALTCHA v2 challenge the solver reads; the rest is sent back untouched. */
export interface Uitdaging {
  parameters: { algorithm: string; nonce: string; salt: string; keyPrefix: string; keyLength?: number; cost?: number };
  signature?: string;
}

/** Reads the challenge from the function's answer (bare, or wrapped as {challenge}). */
export function leesUitdaging(json: unknown): Uitdaging {
  const c = (json && typeof json === 'object' && 'challenge' in json ? (json as { challenge: unknown }).challenge : json) as Uitdaging;
  const p = c && typeof c === 'object' ? c.parameters : undefined;
  if (!p || typeof p.algorithm !== 'string' || typeof p.nonce !== 'string' || typeof p.salt !== 'string' || typeof p.keyPrefix !== 'string') {
    throw new Error('geen ALTCHA-uitdaging');
  }
  return c;
}

function uitHex(hex: string): Uint8Array {
  if (hex.length % 2 || /[^0-9a-f]/i.test(hex)) throw new Error('geen hex');
  const uit = new Uint8Array(hex.length / 2);
  for (let i = 0; i < uit.length; i++) uit[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return uit;
}

function naarHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

/** Counts up from 0 until SHA(salt ‖ nonce ‖ counter) starts with the challenge's key prefix. */
export async function losUitdagingOp(c: Uitdaging, timeoutMs = 60_000): Promise<{ counter: number; derivedKey: string; time: number }> {
  const { algorithm, nonce, salt, keyPrefix, keyLength = 32, cost = 1 } = c.parameters;
  if (!/^SHA-(256|384|512)$/.test(algorithm)) throw new Error(`onbekend algoritme ${algorithm}`);
  const zout = uitHex(salt);
  const n = uitHex(nonce);
  const invoer = new Uint8Array(zout.length + n.length + 4);
  invoer.set(zout);
  invoer.set(n, zout.length);
  const teller = new DataView(invoer.buffer);
  const prefix = keyPrefix.toLowerCase();
  const start = performance.now();
  let pauze = start;
  for (let counter = 0; counter <= 0xffff_ffff; counter++) {
    teller.setUint32(zout.length + n.length, counter, false);
    let sleutel = new Uint8Array(await crypto.subtle.digest(algorithm, invoer));
    for (let i = 1; i < cost; i++) sleutel = new Uint8Array(await crypto.subtle.digest(algorithm, sleutel));
    const hex = naarHex(sleutel.subarray(0, keyLength));
    if (hex.startsWith(prefix)) return { counter, derivedKey: hex, time: Math.round(performance.now() - start) };
    if (counter % 100 === 0) {
      const nu = performance.now();
      if (nu - start > timeoutMs) break;
      // Give the page a moment now and then, so the progress line and Snel weg stay responsive.
      if (nu - pauze > 200) {
        await new Promise((r) => setTimeout(r, 0));
        pauze = performance.now();
      }
    }
  }
  throw new Error('uitdaging niet opgelost');
}

/** base64 of a UTF-8 string (the payload is ASCII JSON, but be exact anyway). */
function base64(tekst: string): string {
  let binair = '';
  for (const b of new TextEncoder().encode(tekst)) binair += String.fromCharCode(b);
  return btoa(binair);
}

export async function bewijs(doeFetch: typeof fetch = fetch, timeoutMs = 60_000): Promise<string> {
  const r = await doeFetch('/api/uitdaging', { cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer', headers: { Accept: 'application/json' } });
  if (!r.ok) throw new Error(`uitdaging: HTTP ${r.status}`);
  const challenge = leesUitdaging(await r.json());
  const solution = await losUitdagingOp(challenge, timeoutMs);
  return base64(JSON.stringify({ challenge, solution }));
}
