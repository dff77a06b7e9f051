/**
 * What the function must remember across requests, instances and restarts: spent proof-of-work
 * challenges and, serverless, which melding codes were sent (idempotency). Short keys and short values,
 * each with an expiry; nothing of a melding's content. One interface, two durable implementations:
 * SQLite (node:sqlite) for the self-hosted server and Netlify Blobs for the Netlify entry; an in-memory
 * one for tests that need no durability.
 */
export interface Opslag {
  /** Writes `waarde` only if the key is absent or expired (first writer wins); true when this call wrote it. */
  nieuw(sleutel: string, waarde: string, totMs: number): Promise<boolean>;
  /** The value, or null when absent or expired. */
  lees(sleutel: string): Promise<string | null>;
  /** Replaces the value only while it still is `oud` (compare and swap); true when replaced. */
  vervang(sleutel: string, oud: string, nieuw: string, totMs: number): Promise<boolean>;
  /** Deletes the key for real (no soft delete). */
  wis(sleutel: string): Promise<void>;
  /** Deletes expired entries (at most `max` looked at); returns how many went. The app calls it now and then. */
  opruimen(max?: number): Promise<number>;
  sluit(): Promise<void>;
}

export function geheugenOpslag(nu: () => number = Date.now): Opslag {
  const m = new Map<string, { waarde: string; tot: number }>();
  const geldig = (k: string) => {
    const e = m.get(k);
    if (e && e.tot <= nu()) m.delete(k);
    return m.get(k) ?? null;
  };
  return {
    async nieuw(k, waarde, tot) {
      if (geldig(k)) return false;
      m.set(k, { waarde, tot });
      return true;
    },
    async lees(k) {
      return geldig(k)?.waarde ?? null;
    },
    async vervang(k, oud, nieuw, tot) {
      if (geldig(k)?.waarde !== oud) return false;
      m.set(k, { waarde: nieuw, tot });
      return true;
    },
    async wis(k) {
      m.delete(k);
    },
    async opruimen() {
      let n = 0;
      for (const [s, e] of m) if (e.tot <= nu() && m.delete(s)) n++;
      return n;
    },
    async sluit() {},
  };
}
