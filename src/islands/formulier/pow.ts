/**
 * ALTCHA proof of work (self-hosted, GET /api/uitdaging). Solved with altcha-lib's own solver and
 * Web Crypto key derivation, loaded on demand. The answer is the ALTCHA v2 payload: base64 of
 * JSON {challenge, solution}.
 */
import type { Challenge } from 'altcha-lib/types';

/** Reads the challenge from the function's answer (bare, or wrapped as {challenge}). */
export function leesUitdaging(json: unknown): Challenge {
  const c = (json && typeof json === 'object' && 'challenge' in json ? (json as { challenge: unknown }).challenge : json) as Challenge;
  if (!c || typeof c !== 'object' || !c.parameters || typeof c.parameters.algorithm !== 'string') {
    throw new Error('geen ALTCHA-uitdaging');
  }
  return c;
}

async function afleiding(algoritme: string) {
  if (algoritme.startsWith('PBKDF2/')) return (await import('altcha-lib/algorithms/web/pbkdf2')).deriveKey;
  if (algoritme.startsWith('SHA-')) return (await import('altcha-lib/algorithms/web/sha')).deriveKey;
  throw new Error(`onbekend algoritme ${algoritme}`);
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
  const [{ solveChallenge }, deriveKey] = await Promise.all([import('altcha-lib'), afleiding(challenge.parameters.algorithm)]);
  const solution = await solveChallenge({ challenge, deriveKey, timeout: timeoutMs });
  if (!solution) throw new Error('uitdaging niet opgelost');
  return base64(JSON.stringify({ challenge, solution }));
}
