/**
 * POST /api/melding with JSON: the browser encrypted the melding itself. Checks, in order: the payload
 * schema, the proof of work, that the ciphertext is one OpenPGP message for exactly the configured key;
 * then the challenge is spent and the melding kept or sent.
 */
import type { Context } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { payloadSchema, type Payload } from '../../src/melding/payload.ts';
import { fout, taalVan, json } from './antwoord.ts';
import { neemAan, perSleutel, type AannameDeps } from './aanname.ts';
import type { Limiet } from './limiet.ts';
import { controleerPow, type GebruikteUitdagingen, type PowInstellingen } from './pow.ts';
import { controleerVersleuteld, type Ontvanger } from './versleuteling.ts';

export interface JsonDeps extends AannameDeps {
  ontvanger: Ontvanger;
  pow: PowInstellingen;
  gebruikt: GebruikteUitdagingen;
  limiet: Limiet;
}

/**
 * Unreadable JSON gets the fixed answer before the schema check (whose own 400 would say more). Invalid
 * UTF-8 counts as unreadable, not silently replaced as Hono's json() would.
 */
export async function leesbareJson(c: Context, next: () => Promise<void>): Promise<Response | void> {
  try {
    JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await c.req.arrayBuffer()));
  } catch {
    return fout('ongeldige_json');
  }
  await next();
}

/** The schema check, with a fixed answer: Hono's default 400 would echo the input. */
export const geldigePayload = zValidator('json', payloadSchema, (r) => {
  if (r.success) return;
  const alleenPow = r.error.issues.every((i) => i.path[0] === 'pow');
  return fout(alleenPow ? 'pow_ontbreekt' : 'velden');
});

export function viaJson(d: JsonDeps) {
  const perCode = perSleutel();
  return async (p: Payload): Promise<{ code: string; antwoord: Response; dubbel?: boolean }> => {
    const taal = taalVan(p.taal);
    const pw = await controleerPow(p.pow, d.pow);
    if (!pw.ok) return { code: p.code, antwoord: fout(pw.fout, {}, taal) };
    const afwijzing = await controleerVersleuteld(p.versleuteld, d.ontvanger);
    if (afwijzing) return { code: p.code, antwoord: fout(afwijzing, {}, taal) };
    return perCode(p.code, async () => {
      const t = d.nu().getTime();
      // A challenge is spent only by an accepted melding; a retry of the same melding (same code and
      // ciphertext, e.g. after a 503) is answered by the idempotency check inside neemAan().
      let bekend: string | null;
      let vrij: boolean;
      try {
        bekend = await d.bezorging.bekend(p.code);
        vrij = bekend !== null || (await d.gebruikt.reserveer(pw.id, t + d.pow.geldigSeconden * 1000));
      } catch {
        // The store is unreachable: without it a challenge could count twice or a retry send twice. Fail closed.
        return { code: p.code, antwoord: fout('niet_verstuurd', {}, taal) };
      }
      if (!vrij) return { code: p.code, antwoord: fout('herhaald', {}, taal) };
      const u = await neemAan(d, p.code, p.versleuteld, [d.limiet], bekend);
      if (!u.ok) {
        if (bekend === null) await d.gebruikt.geefTerug(pw.id).catch(() => {});
        const extra: Record<string, string> = u.fout === 'te_veel' ? { 'retry-after': String(d.limiet.wachtSeconden(t) || 60) } : {};
        return { code: p.code, antwoord: fout(u.fout, extra, taal) };
      }
      return { code: p.code, antwoord: json(202, { status: 'ontvangen', code: p.code }), dubbel: !u.nieuw };
    });
  };
}
