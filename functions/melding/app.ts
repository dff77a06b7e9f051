/**
 * The melding function: `GET /api/uitdaging` (proof-of-work challenge) and `POST /api/melding`.
 *
 * Usage (self-hosted server, see src/server/):
 *
 *   import { meldingAppUitOmgeving } from '../../functions/melding/app.ts';
 *   const app = await meldingAppUitOmgeving(process.env, regio, { smtpUrl: sink?.url });
 *   await app.start();                       // starts the spool worker, delivers what is still spooled
 *   // for every request under /api/:  return app.handle(request);
 *   await app.stop();                        // on shutdown: stops the worker, the spool stays on disk
 *
 * Tests build it directly: createMeldingApp({ sleutel, verstuur, spoolMap, aan, van, powGeheim, … }).
 */
import { createHash } from 'node:crypto';
import { payloadSchema, MAX_BODY, type Payload } from '../../src/melding/payload.ts';
import { veldenSchema, type VeldenInvoer } from '../../src/melding/velden.ts';
import { meldingMime, nieuweCode } from '../../src/melding/tekst.ts';
import { fout, json, html, FOUTEN, type FoutCode } from './antwoord.ts';
import { leesBody, TeGroot } from './lees.ts';
import { Limiet } from './limiet.ts';
import { controleerPow, GebruikteUitdagingen, maakUitdaging, STANDAARD_MOEITE, type PowInstellingen } from './pow.ts';
import { controleerVersleuteld, leesOntvanger, versleutel, type Ontvanger } from './versleuteling.ts';
import { pgpMimeMail, type Envelop } from './mail.ts';
import { Spool } from './spool.ts';
import { Bezorger, foutSoort, type Verstuur } from './bezorger.ts';
import { foutPagina, ontvangstPagina, STANDAARD_SNEL_WEG, type VeldFout } from './pagina.ts';

export { meldingAppUitOmgeving, meldingDepsUitOmgeving } from './omgeving.ts';

/** A nodemailer transport, or anything with the same sendMail. */
export interface MailTransport {
  sendMail(mail: { envelope: Envelop; raw: string }): Promise<unknown>;
}

export interface MeldingDeps {
  /** Armored public key of the aandachtsfunctionaris. */
  sleutel: string;
  /** How mail reaches the relay: a transport (nodemailer) or a function; resolves after the relay's 250. */
  transport?: MailTransport;
  verstuur?: Verstuur;
  /** Spool folder (self-hosted), or null for serverless: then 202 only after the relay accepted. */
  spoolMap: string | null;
  /** Recipient (the aandachtsfunctionaris) and sender of the mails. */
  aan: string;
  van: string;
  /** HMAC secret for the proof-of-work challenges. */
  powGeheim: string;
  /** Largest secret counter of a challenge (work for the browser); default 50,000. */
  powMoeite?: number;
  /** Accepted meldingen per minute, all together; default 30. */
  perMinuut?: number;
  /** Of those, at most this many through the no-JavaScript path (no proof of work there); default a third. */
  perMinuutZonderJs?: number;
  nu?: () => Date;
  /** Where the "Snel weg" link on the no-JS pages leads (the region profile's snelWeg). */
  snelWeg?: string;
  /** One line per melding: code and outcome. Never IP, user agent, body or key material. */
  log?: (regel: string) => void;
  /** Backoff of the spool worker. */
  bezorging?: { basisMs?: number; maxMs?: number };
  /** Called by stop(), e.g. to close a pooled SMTP transport. */
  opruimen?: () => void | Promise<void>;
}

export interface MeldingApp {
  handle(request: Request): Promise<Response>;
  /** Starts the spool worker; it first delivers whatever is still in the spool. */
  start(): Promise<void>;
  /** Stops the worker after the delivery in progress; the spool keeps the rest. */
  stop(): Promise<void>;
}

/** How long a delivered code is remembered (idempotency window). */
const MARKER_BEWAAR_MS = 30 * 24 * 3600_000;

type Uitkomst = { ok: true; nieuw: boolean } | { ok: false; fout: FoutCode };

function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

function route(request: Request): 'uitdaging' | 'melding' | null {
  let pad: string;
  try {
    pad = new URL(request.url).pathname.replace(/\/+$/, '');
  } catch {
    return null;
  }
  if (pad.endsWith('/api/uitdaging')) return 'uitdaging';
  if (pad.endsWith('/api/melding')) return 'melding';
  return null;
}

function hash(tekst: string): string {
  return createHash('sha256').update(tekst).digest('hex');
}

/** The form's fields as strings, for validation and for refilling the form on an error page. */
function formulierVelden(body: Uint8Array): Partial<Record<keyof VeldenInvoer, string>> {
  const params = new URLSearchParams(new TextDecoder('utf-8').decode(body));
  const uit: Partial<Record<keyof VeldenInvoer, string>> = {};
  for (const naam of ['wat', 'waar', 'wanneer', 'wie', 'vorm', 'contactGewenst', 'contact'] as const) {
    const w = params.get(naam);
    if (w !== null) uit[naam] = w;
  }
  return uit;
}

function naarVelden(f: Partial<Record<keyof VeldenInvoer, string>>): VeldenInvoer {
  const ja = ['ja', 'on', 'true', '1'].includes((f.contactGewenst ?? '').toLowerCase());
  return {
    wat: f.wat ?? '',
    waar: f.waar ?? '',
    wanneer: f.wanneer ?? '',
    wie: f.wie ?? '',
    vorm: (f.vorm || undefined) as VeldenInvoer['vorm'],
    contactGewenst: ja,
    contact: f.contact ?? '',
  };
}

export async function createMeldingApp(deps: MeldingDeps): Promise<MeldingApp> {
  const snelWeg = deps.snelWeg ?? STANDAARD_SNEL_WEG;
  const nu = deps.nu ?? (() => new Date());
  const log = deps.log ?? ((regel: string) => console.log(regel));
  const ontvanger: Ontvanger = await leesOntvanger(deps.sleutel);
  const verstuur: Verstuur =
    deps.verstuur ??
    (deps.transport
      ? async (raw, envelope) => {
          await deps.transport!.sendMail({ envelope, raw });
        }
      : (() => {
          throw new Error('createMeldingApp: geef transport of verstuur mee');
        })());
  const pow: PowInstellingen = { geheim: deps.powGeheim, moeite: deps.powMoeite ?? STANDAARD_MOEITE, geldigSeconden: 15 * 60, nu };
  const gebruikt = new GebruikteUitdagingen();
  const perMinuut = deps.perMinuut ?? 30;
  const limiet = new Limiet(perMinuut);
  const limietZonderJs = new Limiet(deps.perMinuutZonderJs ?? Math.max(1, Math.ceil(perMinuut / 3)));
  const spool = deps.spoolMap ? new Spool(deps.spoolMap) : null;
  const bezorger = spool ? new Bezorger({ spool, verstuur, log, ...deps.bezorging }) : null;
  // Serverless: no disk, so idempotency lasts as long as this instance (code → ciphertext hash).
  const verzondenInGeheugen = new Map<string, string>();
  const bezig = new Set<string>();
  // Requests with the same code run one after the other, so a double-clicked or retried melding sees
  // the first one's outcome (202, one mail) instead of racing it.
  const sloten = new Map<string, Promise<unknown>>();
  async function perCode<T>(code: string, werk: () => Promise<T>): Promise<T> {
    const deze = (sloten.get(code) ?? Promise.resolve()).then(werk, werk);
    const staart = deze.catch(() => {});
    sloten.set(code, staart);
    try {
      return await deze;
    } finally {
      if (sloten.get(code) === staart) sloten.delete(code);
    }
  }

  /** Spools or sends one encrypted melding. Counts it against the cap(s) only when accepted. */
  async function aanvaard(code: string, versleuteld: string, limieten: Limiet[]): Promise<Uitkomst> {
    const h = hash(versleuteld);
    const eerder = spool ? spool.bekend(code) : (verzondenInGeheugen.get(code) ?? null);
    if (eerder !== null) return eerder === h ? { ok: true, nieuw: false } : { ok: false, fout: 'code_bezet' };
    const t = nu().getTime();
    if (!limieten.every((l) => l.ruimte(t))) return { ok: false, fout: 'te_veel' };
    const mail = pgpMimeMail({ code, versleuteld, van: deps.van, aan: deps.aan, datum: nu() });
    if (spool) {
      const r = await spool.voegToe({ code, hash: h, raw: mail.raw, envelop: mail.envelop, messageId: mail.messageId });
      if (r === 'bezet') return { ok: false, fout: 'code_bezet' };
      if (r === 'nieuw') {
        for (const l of limieten) l.tel(t);
        bezorger?.wek();
      }
      return { ok: true, nieuw: r === 'nieuw' };
    }
    if (bezig.has(code)) return { ok: false, fout: 'niet_verstuurd' };
    bezig.add(code);
    for (const l of limieten) l.tel(t);
    try {
      await verstuur(mail.raw, mail.envelop);
      verzondenInGeheugen.set(code, h);
      return { ok: true, nieuw: true };
    } catch (e) {
      for (const l of limieten) l.geefTerug();
      log(`melding ${code} niet verstuurd: relay (${foutSoort(e).tekst})`);
      return { ok: false, fout: 'niet_verstuurd' };
    } finally {
      bezig.delete(code);
    }
  }

  type Verwerkt = { code?: string; antwoord: Response; dubbel?: boolean };

  async function viaJson(body: Uint8Array): Promise<Verwerkt> {
    let data: unknown;
    try {
      data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    } catch {
      return { antwoord: fout('ongeldige_json') };
    }
    const r = payloadSchema.safeParse(data);
    if (!r.success) {
      const alleenPow = r.error.issues.every((i) => i.path[0] === 'pow');
      return { antwoord: fout(alleenPow ? 'pow_ontbreekt' : 'velden') };
    }
    const p: Payload = r.data;
    const pw = await controleerPow(p.pow, pow);
    if (!pw.ok) return { code: p.code, antwoord: fout(pw.fout) };
    const afwijzing = await controleerVersleuteld(p.versleuteld, ontvanger);
    if (afwijzing) return { code: p.code, antwoord: fout(afwijzing) };
    return perCode(p.code, async () => {
      const t = nu().getTime();
      // A challenge is spent only by an accepted melding; a retry of the same melding (same code and
      // ciphertext, e.g. after a 503) is answered by the idempotency check inside aanvaard().
      const bekend = spool ? spool.bekend(p.code) : (verzondenInGeheugen.get(p.code) ?? null);
      if (bekend === null && !gebruikt.reserveer(pw.id, t + pow.geldigSeconden * 1000, t)) {
        return { code: p.code, antwoord: fout('herhaald') };
      }
      const u = await aanvaard(p.code, p.versleuteld, [limiet]);
      if (!u.ok) {
        if (bekend === null) gebruikt.geefTerug(pw.id);
        return { code: p.code, antwoord: antwoordVoor(u.fout) };
      }
      return { code: p.code, antwoord: json(202, { status: 'ontvangen', code: p.code }), dubbel: !u.nieuw };
    });
  }

  function antwoordVoor(f: FoutCode): Response {
    return f === 'te_veel' ? fout(f, { 'retry-after': String(limiet.wachtSeconden(nu().getTime()) || 60) }) : fout(f);
  }

  async function viaFormulier(body: Uint8Array): Promise<Verwerkt> {
    let invoer: Partial<Record<keyof VeldenInvoer, string>>;
    try {
      invoer = formulierVelden(body);
    } catch {
      return { antwoord: html(400, foutPagina({}, [], FOUTEN.ongeldige_json[1], snelWeg)) };
    }
    const r = veldenSchema.safeParse(naarVelden(invoer));
    if (!r.success) {
      const fouten: VeldFout[] = r.error.issues.map((i) => ({ veld: String(i.path[0] ?? 'wat'), bericht: i.message }));
      return { antwoord: html(400, foutPagina(invoer, fouten, undefined, snelWeg)) };
    }
    const t = nu().getTime();
    if (!limiet.ruimte(t) || !limietZonderJs.ruimte(t)) {
      return { antwoord: html(429, foutPagina(invoer, [], FOUTEN.te_veel[1], snelWeg), { 'retry-after': '60' }) };
    }
    const code = nieuweCode();
    // Encrypted at once; the plaintext exists only in this function's memory.
    const versleuteld = await versleutel(meldingMime(r.data, code), ontvanger);
    const u = await aanvaard(code, versleuteld, [limiet, limietZonderJs]);
    if (!u.ok) {
      const [status, bericht] = FOUTEN[u.fout];
      return { code, antwoord: html(status, foutPagina(invoer, [], bericht, snelWeg)) };
    }
    return { code, antwoord: html(202, ontvangstPagina(code, snelWeg)) };
  }

  async function melding(request: Request): Promise<Response> {
    if (request.method !== 'POST') return fout('methode', { allow: 'POST' });
    // Browsers say where a POST comes from; another site must not be able to post meldingen via a visitor.
    if (request.headers.get('sec-fetch-site') === 'cross-site') return fout('andere_site');
    const type = mediaType(request);
    const isJson = type === 'application/json';
    if (!isJson && type !== 'application/x-www-form-urlencoded') return fout('inhoudstype');
    let body: Uint8Array;
    try {
      body = await leesBody(request, MAX_BODY);
    } catch (e) {
      if (e instanceof TeGroot) return isJson ? fout('te_groot') : html(413, foutPagina({}, [], FOUTEN.te_groot[1], snelWeg));
      throw e;
    }
    const { code, antwoord, dubbel } = isJson ? await viaJson(body) : await viaFormulier(body);
    const uitkomst = dubbel ? 'al ontvangen (geen tweede mail)' : antwoord.status === 202 ? (spool ? 'in spool' : 'verstuurd') : `${antwoord.status}`;
    log(`melding ${code ?? '-'} ${uitkomst}${isJson ? '' : ' (zonder JavaScript)'}`);
    return antwoord;
  }

  async function handle(request: Request): Promise<Response> {
    try {
      const r = route(request);
      if (r === 'uitdaging') {
        if (request.method !== 'GET') return fout('methode', { allow: 'GET' });
        return new Response(JSON.stringify(await maakUitdaging(pow)), {
          status: 200,
          headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        });
      }
      if (r === 'melding') return await melding(request);
      return fout('niet_gevonden');
    } catch (e) {
      // Name only: messages and stacks could carry input or paths.
      log(`melding - 500 storing (${(e as Error)?.name ?? 'onbekend'})`);
      return fout('storing');
    }
  }

  return {
    handle,
    async start() {
      if (spool && bezorger) {
        spool.herstel(Date.now(), MARKER_BEWAAR_MS);
        bezorger.start();
      }
    },
    async stop() {
      await bezorger?.stop();
      await deps.opruimen?.();
    },
  };
}
