/**
 * The melding function as one Hono app. Route table:
 *
 *   GET  /api/uitdaging   proof-of-work challenge (ALTCHA)
 *   POST /api/melding     JSON from the form (encrypted in the browser), or the no-JS HTML form
 *   any other method      405 with Allow; any other path 404
 *
 * Hosts: the Netlify entry (melding.ts) and the self-hosted server (src/server/) both call `handle`
 * (= the app's fetch). Delivery (spool or direct) is chosen once, here, from the deps.
 * Tests build it directly: createMeldingApp({ sleutel, verstuur, spoolMap, aan, van, powGeheim, … }).
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { doorClientAfgebroken } from '../../src/http/afgebroken.ts';
import { maxBody, TEKST_BODY, type Host } from '../../src/melding/fotos.ts';
import { FOUTEN, fout, html } from './antwoord.ts';
import { directeBezorging, spoolBezorging, type Bezorging } from './bezorging.ts';
import type { Verstuur } from './bezorger.ts';
import { zelfdeSite } from './herkomst.ts';
import { Limiet } from './limiet.ts';
import type { Envelop } from './mail.ts';
import { foutPagina, STANDAARD_SNEL_WEG } from './pagina.ts';
import { GebruikteUitdagingen, maakUitdaging, STANDAARD_MOEITE, type PowInstellingen } from './pow.ts';
import { leesOntvanger } from './versleuteling.ts';
import { geheugenOpslag, type Opslag } from './opslag/opslag.ts';
import { geldigePayload, leesbareJson, viaJson } from './via-json.ts';
import { viaFormulier } from './via-formulier.ts';

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
  /** The site's own public origin(s) (the profile's url): a POST from any other Origin is refused. */
  origines?: string[];
  nu?: () => Date;
  /** Where the "Snel weg" link on the no-JS pages leads (the region profile's snelWeg). */
  snelWeg?: string;
  /** One line per melding: code and outcome. Never IP, user agent, body or key material. */
  log?: (regel: string) => void;
  /** Backoff of the spool worker. */
  bezorging?: { basisMs?: number; maxMs?: number };
  /** Where this runs: the JSON body limit follows the host's photo limit (src/melding/fotos.ts); default self-hosted. */
  host?: Host;
  /**
   * Where spent challenges (and, serverless, sent codes) are kept: SQLite self-hosted, Netlify Blobs
   * serverless (functions/melding/omgeving.ts). Left out: in memory, for tests that need no restart.
   */
  opslag?: Opslag;
  /** Called by stop(), e.g. to close a pooled SMTP transport. */
  opruimen?: () => void | Promise<void>;
}

export interface MeldingApp {
  /** The app's fetch: a web Request in, a Response out. */
  handle(request: Request): Promise<Response>;
  /** Starts the spool worker; it first delivers whatever is still in the spool. */
  start(): Promise<void>;
  /** Stops the worker after the delivery in progress; the spool keeps the rest. */
  stop(): Promise<void>;
}

function kiesVerstuur(deps: MeldingDeps): Verstuur {
  if (deps.verstuur) return deps.verstuur;
  const transport = deps.transport;
  if (!transport) throw new Error('createMeldingApp: geef transport of verstuur mee');
  return async (raw, envelope) => {
    await transport.sendMail({ envelope, raw });
  };
}

function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

export async function createMeldingApp(deps: MeldingDeps): Promise<MeldingApp> {
  const nu = deps.nu ?? (() => new Date());
  const log = deps.log ?? ((regel: string) => console.log(regel));
  const snelWeg = deps.snelWeg ?? STANDAARD_SNEL_WEG;
  const verstuur = kiesVerstuur(deps);
  const opslag = deps.opslag ?? geheugenOpslag(() => nu().getTime());
  const bezorging: Bezorging = deps.spoolMap
    ? spoolBezorging({ map: deps.spoolMap, verstuur, log, ...deps.bezorging })
    : directeBezorging({ verstuur, log, opslag, nu: () => nu().getTime() });
  const pow: PowInstellingen = { geheim: deps.powGeheim, moeite: deps.powMoeite ?? STANDAARD_MOEITE, geldigSeconden: 15 * 60, nu };
  const perMinuut = deps.perMinuut ?? 30;
  const limiet = new Limiet(perMinuut);
  const limietZonderJs = new Limiet(deps.perMinuutZonderJs ?? Math.max(1, Math.ceil(perMinuut / 3)));
  const gemeen = { bezorging, aan: deps.aan, van: deps.van, nu, ontvanger: await leesOntvanger(deps.sleutel), limiet };
  const json = viaJson({ ...gemeen, pow, gebruikt: new GebruikteUitdagingen(opslag) });
  const formulier = viaFormulier({ ...gemeen, limietZonderJs, snelWeg });

  function schrijfLog(code: string | undefined, antwoord: Response, dubbel: boolean | undefined, zonderJs: boolean): void {
    const uitkomst = dubbel ? 'al ontvangen (geen tweede mail)' : antwoord.status === 202 ? bezorging.betekenis : `${antwoord.status}`;
    log(`melding ${code ?? '-'} ${uitkomst}${zonderJs ? ' (zonder JavaScript)' : ''}`);
  }

  // JSON carries the browser's ciphertext, photos included; the no-JS form post is text only.
  const grens = (c: Context) => (mediaType(c) === 'application/json' ? maxBody(deps.host ?? 'zelf') : TEKST_BODY);
  const teGroot = (c: Context) => (mediaType(c) === 'application/json' ? fout('te_groot') : html(413, foutPagina({}, [], FOUTEN.te_groot[1], snelWeg)));

  const app = new Hono({ strict: false });
  app.onError((e, c) => {
    // A client that went away (or was cut off for sending too slowly) is no fault of ours: nothing to log.
    if (doorClientAfgebroken(c, e)) return fout('storing');
    // Name only: messages and stacks could carry input or paths.
    log(`melding - 500 storing (${(e as Error)?.name ?? 'onbekend'})`);
    return fout('storing');
  });
  app.notFound(() => fout('niet_gevonden'));

  // Expired entries go at most once an hour, in the background of a challenge request (best effort: what one
  // run misses, the next takes; on Netlify a frozen instance simply continues later).
  let opgeruimd = nu().getTime();
  const ruimOp = () => {
    if (nu().getTime() - opgeruimd < 3600_000) return;
    opgeruimd = nu().getTime();
    void opslag.opruimen().catch(() => {});
  };

  app.get('/api/uitdaging', async () => {
    ruimOp();
    return new Response(JSON.stringify(await maakUitdaging(pow)), {
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    });
  });
  app.all('/api/uitdaging', () => fout('methode', { allow: 'GET' }));

  app.post(
    '/api/melding',
    zelfdeSite(deps.origines ?? []),
    async (c, next) => {
      const type = mediaType(c);
      if (type !== 'application/json' && type !== 'application/x-www-form-urlencoded') return fout('inhoudstype');
      // Checked before anything awaits, so a body announced too large is never pulled at all.
      if (Number(c.req.header('content-length')) > grens(c)) {
        void c.req.raw.body?.cancel().catch(() => {});
        return teGroot(c);
      }
      // bodyLimit counts while the body streams in and stops at the limit, also without a Content-Length.
      return bodyLimit({ maxSize: grens(c), onError: teGroot })(c, next);
    },
    async (c, next) => {
      if (mediaType(c) === 'application/json') return next();
      const { code, antwoord, dubbel } = await formulier(await c.req.text());
      schrijfLog(code, antwoord, dubbel, true);
      return antwoord;
    },
    leesbareJson,
    geldigePayload,
    async (c) => {
      const { code, antwoord, dubbel } = await json(c.req.valid('json'));
      schrijfLog(code, antwoord, dubbel, false);
      return antwoord;
    },
  );
  app.all('/api/melding', () => fout('methode', { allow: 'POST' }));

  return {
    handle: async (request) => app.fetch(request),
    start: () => bezorging.start(),
    async stop() {
      await bezorging.stop();
      await opslag.sluit();
      await deps.opruimen?.();
    },
  };
}
