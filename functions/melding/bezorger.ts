import type { Spool } from './spool.ts';
import type { Envelop } from './mail.ts';

/** Hands a raw message to the relay; resolves only after the relay accepted it (250). */
export type Verstuur = (raw: string, envelop: Envelop) => Promise<void>;

export interface BezorgerOpties {
  spool: Spool;
  verstuur: Verstuur;
  log: (regel: string) => void;
  /** First wait after a failure; doubles per consecutive failure up to maxMs. */
  basisMs?: number;
  maxMs?: number;
}

/**
 * Longest pause between attempts while the relay is down. Short on purpose: once the relay is back, the
 * backlog goes out within this time (over one pooled connection), and a probe every 15 s costs nothing.
 */
export const MAX_PAUZE_MS = 15_000;

/** The pause after `n` consecutive failures: basis, doubling, capped. */
export function pauzeNa(n: number, basisMs: number, maxMs: number): number {
  return Math.min(maxMs, basisMs * 2 ** Math.min(n - 1, 30));
}

/** Short, content-free description of a send error: SMTP status or socket error code only. */
export function foutSoort(e: unknown): { tekst: string; permanent: boolean } {
  const f = e as { responseCode?: number; code?: string };
  if (typeof f?.responseCode === 'number') return { tekst: `smtp ${f.responseCode}`, permanent: f.responseCode >= 500 };
  return { tekst: typeof f?.code === 'string' ? f.code : 'onbekende fout', permanent: false };
}

/**
 * The spool worker: delivers waiting meldingen one at a time and deletes them only after the relay's 250.
 * A relay that is unreachable or answers 4xx pauses the whole queue with exponential backoff; a melding
 * refused with 5xx waits on its own backoff so it cannot block the others, and stays in the spool
 * (it is never dropped: the operator fixes the relay or address, see docs/ict-melding.md).
 */
export class Bezorger {
  #o: Required<BezorgerOpties>;
  #gestopt = true;
  #lus: Promise<void> | null = null;
  #wekker: (() => void) | null = null;
  #gewekt = false;
  #fouten = 0;
  #pauzeTot = 0;
  #perItem = new Map<string, { fouten: number; tot: number }>();

  constructor(o: BezorgerOpties) {
    this.#o = { basisMs: 1_000, maxMs: MAX_PAUZE_MS, ...o };
  }

  #wacht(n: number): number {
    return pauzeNa(n, this.#o.basisMs, this.#o.maxMs);
  }

  start(): void {
    if (!this.#gestopt) return;
    this.#gestopt = false;
    this.#lus = this.#draai();
  }

  /** Stops after the delivery in progress (if any); the spool keeps everything not yet delivered. */
  async stop(): Promise<void> {
    this.#gestopt = true;
    this.wek();
    await this.#lus;
    this.#lus = null;
  }

  /** Something new was spooled: deliver now, unless the relay is in backoff. */
  wek(): void {
    this.#gewekt = true;
    this.#wekker?.();
  }

  async #draai(): Promise<void> {
    while (!this.#gestopt) {
      this.#gewekt = false;
      let volgende: number | null;
      try {
        volgende = await this.#ronde();
      } catch (e) {
        // A disk problem must not stop the worker for good; try again later.
        this.#o.log(`spool: fout bij bezorgen (${(e as NodeJS.ErrnoException).code ?? 'onbekend'}), nieuwe poging later`);
        volgende = Date.now() + this.#o.basisMs;
      }
      if (this.#gestopt) break;
      if (this.#gewekt) continue;
      await new Promise<void>((klaar) => {
        const t = volgende === null ? null : setTimeout(klaar, Math.max(0, volgende - Date.now()));
        this.#wekker = () => {
          if (t) clearTimeout(t);
          klaar();
        };
      });
      this.#wekker = null;
    }
  }

  /** One pass over the spool; returns when to look again (ms timestamp), or null to wait for wek(). */
  async #ronde(): Promise<number | null> {
    const { spool, verstuur, log } = this.#o;
    if (Date.now() < this.#pauzeTot) return this.#pauzeTot;
    let eerstvolgende: number | null = null;
    for (const code of spool.wachtend()) {
      if (this.#gestopt) return null;
      if (spool.isVerzonden(code)) {
        await spool.ruimOp(code); // accepted before a crash or failed delete: never send again
        continue;
      }
      const wacht = this.#perItem.get(code);
      if (wacht && wacht.tot > Date.now()) {
        eerstvolgende = Math.min(eerstvolgende ?? Infinity, wacht.tot);
        continue;
      }
      const item = spool.lees(code);
      if (!item) continue;
      try {
        await verstuur(item.raw, item.envelop);
      } catch (e) {
        const soort = foutSoort(e);
        if (soort.permanent) {
          const fouten = (wacht?.fouten ?? 0) + 1;
          const tot = Date.now() + this.#wacht(fouten);
          this.#perItem.set(code, { fouten, tot });
          eerstvolgende = Math.min(eerstvolgende ?? Infinity, tot);
          log(`melding ${code} geweigerd door relay (${soort.tekst}), blijft in spool, poging ${fouten}`);
          continue;
        }
        this.#fouten++;
        this.#pauzeTot = Date.now() + this.#wacht(this.#fouten);
        log(`melding ${code} uitgesteld: relay niet bereikbaar (${soort.tekst}), poging ${this.#fouten}`);
        return this.#pauzeTot;
      }
      await spool.markeerVerzonden(item);
      this.#perItem.delete(code);
      this.#fouten = 0;
      log(`melding ${code} afgeleverd`);
    }
    return eerstvolgende;
  }
}
