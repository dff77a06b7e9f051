import { createHash } from 'node:crypto';
import type { Opslag } from './opslag/opslag.ts';
import { createChallenge, randomInt, verifySolution, type Challenge, type Solution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';

/**
 * ALTCHA v2 proof of work, self-hosted. The server picks a secret counter; the browser must count up to it
 * (one SHA-256 per step) to find the key whose prefix the challenge names. Verifying is one HMAC.
 * Challenges are signed (HMAC), expire, and each may be used for one accepted melding only.
 */
export interface PowInstellingen {
  /** HMAC secret; the same across restarts/instances, or challenges handed out earlier stop working. */
  geheim: string;
  /** Largest secret counter: the expected work is half of it (well under a second at 50,000 in a browser). */
  moeite: number;
  /** How long a challenge stays valid, in seconds. */
  geldigSeconden: number;
  nu: () => Date;
}

export const STANDAARD_MOEITE = 50_000;

export async function maakUitdaging(p: PowInstellingen): Promise<Challenge> {
  return createChallenge({
    algorithm: 'SHA-256',
    cost: 1,
    counter: randomInt(p.moeite, Math.floor(p.moeite / 10)),
    deriveKey,
    expiresAt: Math.floor(p.nu().getTime() / 1000) + p.geldigSeconden,
    hmacSignatureSecret: p.geheim,
    hmacKeySignatureSecret: `${p.geheim}:sleutel`,
  });
}

export type PowUitslag = { ok: true; id: string } | { ok: false; fout: 'pow_ontbreekt' | 'pow_ongeldig' | 'pow_verlopen' };

/**
 * Checks the `pow` field: base64 JSON {challenge, solution} as the ALTCHA widget sends it.
 * On success, `id` (the challenge signature) identifies the challenge for the replay check.
 */
export async function controleerPow(pow: string, p: PowInstellingen): Promise<PowUitslag> {
  let challenge: Challenge;
  let solution: Solution;
  try {
    const data = JSON.parse(Buffer.from(pow, 'base64').toString('utf8')) as { challenge?: Challenge; solution?: Solution };
    if (!data || typeof data !== 'object' || !data.challenge?.parameters || !data.solution) return { ok: false, fout: 'pow_ongeldig' };
    challenge = data.challenge;
    solution = data.solution;
  } catch {
    return { ok: false, fout: 'pow_ongeldig' };
  }
  // altcha-lib checks expiry against the real clock; check against ours first so tests can move time.
  const verloopt = challenge.parameters.expiresAt;
  if (typeof verloopt !== 'number' || verloopt < p.nu().getTime() / 1000) return { ok: false, fout: 'pow_verlopen' };
  if (challenge.parameters.algorithm !== 'SHA-256' || challenge.parameters.cost !== 1) return { ok: false, fout: 'pow_ongeldig' };
  try {
    const r = await verifySolution({
      challenge,
      solution,
      deriveKey,
      hmacSignatureSecret: p.geheim,
      hmacKeySignatureSecret: `${p.geheim}:sleutel`,
    });
    if (r.expired) return { ok: false, fout: 'pow_verlopen' };
    if (!r.verified || typeof challenge.signature !== 'string') return { ok: false, fout: 'pow_ongeldig' };
    return { ok: true, id: challenge.signature };
  } catch {
    return { ok: false, fout: 'pow_ongeldig' };
  }
}

/**
 * Challenges already used for an accepted melding, until they expire anyway. In the function's store
 * (SQLite self-hosted, Netlify Blobs serverless): a restart or another instance still refuses them.
 * The key is a digest of the challenge's signature.
 */
export class GebruikteUitdagingen {
  #opslag: Opslag;
  constructor(opslag: Opslag) {
    this.#opslag = opslag;
  }
  /** Reserves `id`; false if it was used (or is being used) already. */
  reserveer(id: string, totMs: number): Promise<boolean> {
    return this.#opslag.nieuw(sleutel(id), '1', totMs);
  }
  /** Gives a reservation back, when the melding was not accepted after all (e.g. relay down, serverless). */
  geefTerug(id: string): Promise<void> {
    return this.#opslag.wis(sleutel(id));
  }
}

const sleutel = (id: string) => `uitdaging/${createHash('sha256').update(id).digest('hex')}`;

/** Solves a challenge (for tests, the bench and `npm run testmelding`); returns the `pow` field value. */
export async function losOp(challenge: Challenge): Promise<string> {
  const { solveChallenge } = await import('altcha-lib');
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('uitdaging niet opgelost');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}
