/**
 * How an accepted melding reaches the relay, chosen once at start:
 * - `spoolBezorging` (self-hosted): fsync to the spool, answer 202, a worker delivers and retries;
 * - `directeBezorging` (serverless, no disk): send now, answer 202 only after the relay's 250.
 * The handler sees only this interface. Self-hosted, the spool's own markers are the idempotency record;
 * serverless, the function's store (Netlify Blobs) is.
 */
import { Bezorger, foutSoort, type Verstuur } from './bezorger.ts';
import type { Mail } from './mail.ts';
import { Spool } from './spool.ts';
import { createHash } from 'node:crypto';
import type { Opslag } from './opslag/opslag.ts';

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

/** How long a sending instance holds a code before another may try (it crashed, or its relay hung). */
const BEZIG_MS = 2 * 60_000;

/**
 * Serverless: send now; the store remembers the code (code → ciphertext hash) across instances, so a retry
 * that reaches another instance is answered without a second mail. A code being sent by another instance
 * at this moment gets 'mislukt' (503: the browser keeps the ciphertext and tries again) rather than a 202
 * for a mail that may still fail. The store unreachable: 'mislukt' as well (fail closed).
 */
export function directeBezorging(o: { verstuur: Verstuur; log: (r: string) => void; opslag: Opslag; nu?: () => number }): Bezorging {
  const nu = o.nu ?? Date.now;
  const sleutel = (code: string) => `code/${createHash('sha256').update(code).digest('hex')}`;
  const hashVan = (w: string | null) => (w ? w.slice(w.indexOf(':') + 1) : null);
  return {
    betekenis: 'verstuurd',
    async bekend(code) {
      return hashVan(await o.opslag.lees(sleutel(code)));
    },
    async neemAan(code, hash, mail) {
      const k = sleutel(code);
      const bezig = `bezig:${hash}`;
      try {
        if (!(await o.opslag.nieuw(k, bezig, nu() + BEZIG_MS))) {
          const w = await o.opslag.lees(k);
          if (hashVan(w) !== hash) return w === null ? 'mislukt' : 'bezet';
          return w!.startsWith('verstuurd:') ? 'dubbel' : 'mislukt';
        }
      } catch (e) {
        o.log(`melding ${code} niet verstuurd: opslag niet bereikbaar (${(e as Error)?.name ?? 'fout'})`);
        return 'mislukt';
      }
      try {
        await o.verstuur(mail.raw, mail.envelop);
      } catch (e) {
        o.log(`melding ${code} niet verstuurd: relay (${foutSoort(e).tekst})`);
        await o.opslag.wis(k).catch(() => {});
        return 'mislukt';
      }
      // Sent. If recording that fails, the entry still says "bezig" and expires: a retry then sends again
      // (at least once), never zero times.
      await o.opslag.vervang(k, bezig, `verstuurd:${hash}`, nu() + MARKER_BEWAAR_MS).catch(() => false);
      return 'nieuw';
    },
    async start() {},
    async stop() {},
  };
}
