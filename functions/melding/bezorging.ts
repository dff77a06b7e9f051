/**
 * How an accepted melding reaches the relay, chosen once at start:
 * - `spoolBezorging` (self-hosted): fsync to the spool, answer 202, a worker delivers and retries;
 * - `directeBezorging` (serverless, no disk): send now, answer 202 only after the relay's 250.
 * The handler sees only this interface. A key-value store (file/SQLite, Netlify Blobs) can implement
 * `bekend` and the idempotency record the same way: every method is asynchronous for that reason.
 */
import { Bezorger, foutSoort, type Verstuur } from './bezorger.ts';
import type { Mail } from './mail.ts';
import { Spool } from './spool.ts';

export type Uitkomst = 'nieuw' | 'dubbel' | 'bezet' | 'mislukt';

export interface Bezorging {
  /** 'in spool' or 'verstuurd': what a 202 means here, for the log line. */
  readonly betekenis: string;
  /** SHA-256 of the ciphertext already accepted under this code, or null. */
  bekend(code: string): Promise<string | null>;
  /**
   * Keeps or sends one mail. 'nieuw' only once it is durable (spool) or accepted by the relay (direct);
   * 'dubbel' for the same melding again, 'bezet' for another melding with that code, 'mislukt' when
   * nothing was kept (the reporter is told and can retry).
   */
  neemAan(code: string, hash: string, mail: Mail): Promise<Uitkomst>;
  /** Starts delivering what is still waiting (spool); a no-op for direct delivery. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** How long a delivered code is remembered in the spool (idempotency window). */
const MARKER_BEWAAR_MS = 30 * 24 * 3600_000;

export function spoolBezorging({ map, ...o }: { map: string; verstuur: Verstuur; log: (r: string) => void; basisMs?: number; maxMs?: number }): Bezorging {
  const spool = new Spool(map);
  const bezorger = new Bezorger({ spool, ...o });
  return {
    betekenis: 'in spool',
    async bekend(code) {
      return spool.bekend(code);
    },
    async neemAan(code, hash, mail) {
      const r = await spool.voegToe({ code, hash, raw: mail.raw, envelop: mail.envelop, messageId: mail.messageId });
      if (r === 'nieuw') bezorger.wek();
      return r;
    },
    async start() {
      spool.herstel(Date.now(), MARKER_BEWAAR_MS);
      bezorger.start();
    },
    stop: () => bezorger.stop(),
  };
}

/** Serverless: idempotency lasts as long as this instance (code → ciphertext hash). */
export function directeBezorging(o: { verstuur: Verstuur; log: (r: string) => void }): Bezorging {
  const verzonden = new Map<string, string>();
  return {
    betekenis: 'verstuurd',
    async bekend(code) {
      return verzonden.get(code) ?? null;
    },
    async neemAan(code, hash, mail) {
      const eerder = verzonden.get(code);
      if (eerder !== undefined) return eerder === hash ? 'dubbel' : 'bezet';
      try {
        await o.verstuur(mail.raw, mail.envelop);
      } catch (e) {
        o.log(`melding ${code} niet verstuurd: relay (${foutSoort(e).tekst})`);
        return 'mislukt';
      }
      verzonden.set(code, hash);
      return 'nieuw';
    },
    async start() {},
    async stop() {},
  };
}
