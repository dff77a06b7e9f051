/**
 * POST /api/melding as an HTML form (no JavaScript): the function encrypts at once with the same key and
 * builder as the browser, and answers with an HTML receipt or the form again with its errors (every typed
 * character kept). The plaintext exists only in this request's memory.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { MELDING_VELDEN } from '../../src/lib/begrippen.ts';
import { veldenSchema, type Velden, type VeldenInvoer } from '../../src/melding/velden.ts';
import { meldingMime, nieuweCode } from '../../src/melding/tekst.ts';
import { foutZin, html, STATUS, taalVan } from './antwoord.ts';
import type { Taal } from '../../src/i18n/talen.ts';
import { neemAan, perSleutel, type AannameDeps } from './aanname.ts';
import type { Limiet } from './limiet.ts';
import { foutPagina, ontvangstPagina, type VeldFout } from './pagina.ts';
import { versleutel, type Ontvanger } from './versleuteling.ts';

export interface FormulierDeps extends AannameDeps {
  ontvanger: Ontvanger;
  limiet: Limiet;
  limietZonderJs: Limiet;
  snelWeg: string;
}

type Invoer = Partial<Record<keyof VeldenInvoer, string>>;

/** How long a sent form is recognised when it comes again (reload, Back and resend, double click). */
export const HERHAAL_MS = 15 * 60_000;

/** The form's fields as strings, for validation and for refilling the form on an error page. */
export function formulierVelden(body: string | URLSearchParams): Invoer {
  const params = typeof body === 'string' ? new URLSearchParams(body) : body;
  const uit: Invoer = {};
  for (const naam of MELDING_VELDEN) {
    const w = params.get(naam);
    if (w !== null) uit[naam] = w;
  }
  return uit;
}

function naarVelden(f: Invoer): VeldenInvoer {
  return {
    wat: f.wat ?? '',
    waar: f.waar ?? '',
    wanneer: f.wanneer ?? '',
    wie: f.wie ?? '',
    vorm: (f.vorm || undefined) as VeldenInvoer['vorm'],
    contactGewenst: ['ja', 'on', 'true', '1'].includes((f.contactGewenst ?? '').toLowerCase()),
    contact: f.contact ?? '',
  };
}

/**
 * Recognises a form sent again: a keyed hash of the checked fields (the key is random per process and
 * never stored) maps to the code it got, for HERHAAL_MS. Nothing readable or identifying is kept.
 */
function herhaalGeheugen(nu: () => number) {
  const sleutel = randomBytes(32);
  const gezien = new Map<string, { code: string; tot: number }>();
  return {
    vingerafdruk: (v: Velden, taal: Taal) => createHmac('sha256', sleutel).update(JSON.stringify([v, taal])).digest('base64url'),
    code(vinger: string): string | undefined {
      const e = gezien.get(vinger);
      return e && e.tot > nu() ? e.code : undefined;
    },
    onthoud(vinger: string, code: string): void {
      const t = nu();
      for (const [k, e] of gezien) if (e.tot <= t) gezien.delete(k);
      gezien.set(vinger, { code, tot: t + HERHAAL_MS });
    },
  };
}

export function viaFormulier(d: FormulierDeps) {
  const herhaald = herhaalGeheugen(() => d.nu().getTime());
  const perVinger = perSleutel();
  return async (body: string): Promise<{ code?: string; antwoord: Response; dubbel?: boolean }> => {
    const params = new URLSearchParams(body);
    const invoer = formulierVelden(params);
    // The page's language (a hidden field on every page but the Dutch one): the answer and the mail use it.
    const taal = taalVan(params.get('taal'));
    const r = veldenSchema.safeParse(naarVelden(invoer));
    if (!r.success) {
      const fouten: VeldFout[] = r.error.issues.map((i) => ({ veld: String(i.path[0] ?? 'wat'), bericht: i.message }));
      return { antwoord: html(400, foutPagina(invoer, fouten, undefined, d.snelWeg, taal)) };
    }
    const vinger = herhaald.vingerafdruk(r.data, taal);
    return perVinger(vinger, async () => {
      const eerder = herhaald.code(vinger);
      if (eerder) return { code: eerder, antwoord: html(202, ontvangstPagina(eerder, d.snelWeg, taal)), dubbel: true };
      const t = d.nu().getTime();
      if (!d.limiet.ruimte(t) || !d.limietZonderJs.ruimte(t)) {
        return { antwoord: html(429, foutPagina(invoer, [], foutZin('te_veel', taal), d.snelWeg, taal), { 'retry-after': '60' }) };
      }
      const code = nieuweCode();
      const versleuteld = await versleutel(meldingMime(r.data, code, taal), d.ontvanger);
      const u = await neemAan(d, code, versleuteld, [d.limiet, d.limietZonderJs]);
      if (!u.ok) return { code, antwoord: html(STATUS[u.fout], foutPagina(invoer, [], foutZin(u.fout, taal), d.snelWeg, taal)) };
      herhaald.onthoud(vinger, code);
      return { code, antwoord: html(202, ontvangstPagina(code, d.snelWeg, taal)) };
    });
  };
}
