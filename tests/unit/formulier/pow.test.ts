import { describe, expect, test } from 'vitest';
import { bewijs, leesUitdaging, losUitdagingOp } from '../../../src/islands/formulier/pow.ts';
import { controleerPow, maakUitdaging, type PowInstellingen } from '../../../functions/melding/pow.ts';

/** The browser's own ALTCHA solver against the function's real challenge and verification. */
const instellingen: PowInstellingen = { geheim: 'test-geheim', moeite: 2_000, geldigSeconden: 600, nu: () => new Date() };

describe('ALTCHA solver of the form', () => {
  test('its answer passes the function\'s check (three fresh challenges)', async () => {
    for (let i = 0; i < 3; i++) {
      const uitdaging = await maakUitdaging(instellingen);
      const antwoord = { ok: true, json: async () => uitdaging } as unknown as Response;
      const pow = await bewijs(async () => antwoord);
      expect(await controleerPow(pow, instellingen)).toEqual({ ok: true, id: uitdaging.signature });
    }
  });

  test('a wrong key is refused by the function, so the check above can fail', async () => {
    const uitdaging = await maakUitdaging(instellingen);
    const opgelost = await losUitdagingOp(leesUitdaging(uitdaging));
    const anders = opgelost.derivedKey.slice(0, -1) + (opgelost.derivedKey.endsWith('0') ? '1' : '0');
    const vals = Buffer.from(JSON.stringify({ challenge: uitdaging, solution: { ...opgelost, derivedKey: anders } })).toString('base64');
    expect((await controleerPow(vals, instellingen)).ok).toBe(false);
  });

  test('refuses what is not a challenge it can solve, with a clear error', async () => {
    expect(() => leesUitdaging({ iets: 1 })).toThrow('geen ALTCHA-uitdaging');
    const uitdaging = leesUitdaging(await maakUitdaging(instellingen));
    await expect(losUitdagingOp({ ...uitdaging, parameters: { ...uitdaging.parameters, algorithm: 'PBKDF2/SHA-256' } })).rejects.toThrow('onbekend algoritme');
    await expect(losUitdagingOp({ ...uitdaging, parameters: { ...uitdaging.parameters, keyPrefix: 'ff'.repeat(32) } }, 50)).rejects.toThrow('niet opgelost');
  });
});
