import type { Velden } from '../../melding/velden.ts';
import { NL_FORMULIER } from '../../i18n/formulier.ts';

/**
 * The submit flow, with everything that touches the outside world injected so it can be tested
 * without a browser: build the MIME text, encrypt, get a proof of work, POST. It never stores anything;
 * what a retry needs (ciphertext and code) is handed back to the caller, which keeps it in memory.
 */

/** A melding that was encrypted but not acknowledged: a retry sends exactly this again (same code, so one mail). */
export interface Bewaard {
  code: string;
  versleuteld: string;
  /** The fields (and photos) it was made from; when they change, the retry encrypts anew with a new code. */
  velden: string;
}

export type Stap = 'versleutelen' | 'versturen';

/** Why sending failed, for the alert. */
export type Reden = 'versleutelen' | 'uitdaging' | 'netwerk' | 'tijdelijk' | 'geweigerd' | 'server';

export type Uitkomst =
  | { soort: 'ontvangen'; code: string }
  | { soort: 'mislukt'; reden: Reden; bericht: string; bewaard: Bewaard | null };

export interface Hulp {
  nieuweCode(): string;
  maakMime(velden: Velden, code: string): string;
  versleutel(mime: string): Promise<string>;
  /** Fetches a challenge and solves it; resolves to the `pow` field. */
  bewijs(): Promise<string>;
  fetch(url: string, init: RequestInit): Promise<Response>;
  /** Progress, for the polite live region. */
  stap(stap: Stap): void;
  /** The page's language: the function answers its error sentences in it. Dutch when left out. */
  taal?: string;
  /** The alert's sentence per reason in the page's language (default: Dutch). */
  berichten?: Readonly<Record<Reden, string>>;
}

/** The alert's sentence per reason in Dutch, from the dictionary (kept as an export for the tests). */
export const BERICHT: Readonly<Record<Reden, string>> = NL_FORMULIER.mislukt.reden;

const PGP_KOP = '-----BEGIN PGP MESSAGE-----';

function mislukt(reden: Reden, bewaard: Bewaard | null, bericht: string): Uitkomst {
  return { soort: 'mislukt', reden, bericht, bewaard };
}

/** The function's error sentence, if it sent one (in the page's language; it never echoes input). */
function serverBericht(body: unknown): string | null {
  if (body && typeof body === 'object' && 'bericht' in body && typeof body.bericht === 'string' && body.bericht.length < 500) {
    return body.bericht;
  }
  return null;
}

/** `fotos` names the photos that go with it (their ids), so a retry after adding or removing one encrypts anew. */
export async function verstuur(velden: Velden, hulp: Hulp, vorige: Bewaard | null = null, fotos: readonly number[] = []): Promise<Uitkomst> {
  const zin = hulp.berichten ?? BERICHT;
  const fout = (reden: Reden, b: Bewaard | null, bericht = zin[reden]) => mislukt(reden, b, bericht);
  const snapshot = JSON.stringify(fotos.length ? { velden, fotos } : velden);
  let bewaard = vorige && vorige.velden === snapshot ? vorige : null;

  if (!bewaard) {
    hulp.stap('versleutelen');
    const code = hulp.nieuweCode();
    let versleuteld: string;
    try {
      versleuteld = await hulp.versleutel(hulp.maakMime(velden, code));
    } catch {
      return fout('versleutelen', null);
    }
    // Fail closed: never send anything that is not an OpenPGP message.
    if (typeof versleuteld !== 'string' || !versleuteld.startsWith(PGP_KOP)) return fout('versleutelen', null);
    bewaard = { code, versleuteld, velden: snapshot };
  }

  hulp.stap('versturen');
  let pow: string;
  try {
    pow = await hulp.bewijs();
  } catch {
    return fout('uitdaging', bewaard);
  }

  let antwoord: Response;
  try {
    antwoord = await hulp.fetch('/api/melding', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ code: bewaard.code, versleuteld: bewaard.versleuteld, pow, ...(hulp.taal ? { taal: hulp.taal } : {}) }),
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    // The function may have taken it before the connection broke: keep the code, a retry is then a no-op.
    return fout('netwerk', bewaard);
  }
  let body: unknown = null;
  try {
    body = await antwoord.json();
  } catch {
    body = null;
  }

  if (antwoord.status === 202 || antwoord.status === 200) {
    if (body && typeof body === 'object' && 'status' in body && body.status === 'ontvangen') {
      return { soort: 'ontvangen', code: bewaard.code };
    }
    return fout('server', bewaard);
  }
  // The function answers a resent identical melding with 202, so a 409 is never a success. `code_bezet`:
  // another melding already has this code; drop the ciphertext so the retry encrypts again with a new code.
  if (antwoord.status === 409 && body && typeof body === 'object' && 'fout' in body && body.fout === 'code_bezet') {
    return fout('geweigerd', null, serverBericht(body) ?? zin.geweigerd);
  }
  if (antwoord.status === 503) return fout('tijdelijk', bewaard);
  if (antwoord.status >= 400 && antwoord.status < 500) return fout('geweigerd', bewaard, serverBericht(body) ?? zin.geweigerd);
  return fout('server', bewaard);
}
