/**
 * What both melding routes share once a melding is valid: the rate cap, the mail, and handing it to the
 * delivery (spool or relay). One place, so the JSON and the no-JS path count and deliver alike.
 */
import { createHash } from 'node:crypto';
import type { Bezorging } from './bezorging.ts';
import type { FoutCode } from './antwoord.ts';
import type { Limiet } from './limiet.ts';
import { pgpMimeMail } from './mail.ts';

export type Aanname = { ok: true; nieuw: boolean } | { ok: false; fout: Extract<FoutCode, 'code_bezet' | 'te_veel' | 'niet_verstuurd'> };

export interface AannameDeps {
  bezorging: Bezorging;
  aan: string;
  van: string;
  nu: () => Date;
}

export function hash(tekst: string): string {
  return createHash('sha256').update(tekst).digest('hex');
}

/**
 * Keeps or sends one encrypted melding. Counts it against the cap(s) only when it was accepted. `bekend`:
 * what the caller already looked up for this code (so the spool is not read twice), else looked up here.
 */
export async function neemAan(d: AannameDeps, code: string, versleuteld: string, limieten: Limiet[], bekend?: string | null): Promise<Aanname> {
  const h = hash(versleuteld);
  const eerder = bekend === undefined ? await d.bezorging.bekend(code) : bekend;
  if (eerder !== null && eerder !== h) return { ok: false, fout: 'code_bezet' };
  const mail = () => pgpMimeMail({ code, versleuteld, van: d.van, aan: d.aan, datum: d.nu() });
  if (eerder === h) {
    // The same melding again: the delivery says whether it is done ('dubbel', 202) or still being sent
    // elsewhere ('mislukt', 503, so the browser tries again); it never counts against the cap.
    const r = await d.bezorging.neemAan(code, h, mail());
    return r === 'dubbel' || r === 'nieuw' ? { ok: true, nieuw: r === 'nieuw' } : { ok: false, fout: r === 'bezet' ? 'code_bezet' : 'niet_verstuurd' };
  }
  const t = d.nu().getTime();
  if (!limieten.every((l) => l.ruimte(t))) return { ok: false, fout: 'te_veel' };
  // Counted before the (slow) send, so concurrent meldingen cannot overshoot the cap; given back on failure.
  for (const l of limieten) l.tel(t);
  const r = await d.bezorging.neemAan(code, h, mail()).catch((e: unknown) => {
    for (const l of limieten) l.geefTerug();
    throw e;
  });
  if (r !== 'nieuw') for (const l of limieten) l.geefTerug();
  if (r === 'bezet') return { ok: false, fout: 'code_bezet' };
  if (r === 'mislukt') return { ok: false, fout: 'niet_verstuurd' };
  return { ok: true, nieuw: r === 'nieuw' };
}

/**
 * Runs work for one code after the work already queued for it, so a double-clicked or retried melding sees
 * the first one's outcome (202, one mail) instead of racing it.
 */
export function perSleutel(): <T>(sleutel: string, werk: () => Promise<T>) => Promise<T> {
  const sloten = new Map<string, Promise<unknown>>();
  return async (sleutel, werk) => {
    const deze = (sloten.get(sleutel) ?? Promise.resolve()).then(werk, werk);
    const staart = deze.catch(() => {});
    sloten.set(sleutel, staart);
    try {
      return await deze;
    } finally {
      if (sloten.get(sleutel) === staart) sloten.delete(sleutel);
    }
  };
}
