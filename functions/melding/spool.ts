import { mkdirSync, readFileSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { link, open, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Envelop } from './mail.ts';

/**
 * The spool: acknowledged meldingen waiting for the relay, on disk, encrypted only.
 *
 *   <map>/tmp/        half-written files (ignored and cleaned at start)
 *   <map>/wacht/      <code>.json: one file per melding to deliver {code, hash, raw, envelop}
 *   <map>/verzonden/  <code>: marker written after the relay's 250, before the wacht file is removed
 *
 * A melding is acknowledged (202) only after its wacht file and the folder are fsynced. The worker
 * writes the marker right after the relay accepted, then removes the wacht file; at start a wacht file
 * with a marker is removed without sending, so a crash or a failed delete never sends a melding twice.
 * Markers also make the code the idempotency key: the same code again is not spooled a second time.
 */
export interface SpoolItem {
  code: string;
  /** SHA-256 of the ciphertext, to tell a retry of the same melding from a different one reusing a code. */
  hash: string;
  raw: string;
  envelop: Envelop;
  messageId: string;
}

export type Toevoeg = 'nieuw' | 'dubbel' | 'bezet';

// Asynchronous on purpose: an fsync takes milliseconds, and concurrent requests can overlap theirs
// instead of blocking the event loop one after another.
async function fsyncMap(map: string): Promise<void> {
  const fd = await open(map, 'r');
  try {
    await fd.sync();
  } finally {
    await fd.close();
  }
}

async function schrijfDuurzaam(pad: string, inhoud: string): Promise<void> {
  const fd = await open(pad, 'wx', 0o600);
  try {
    await fd.writeFile(inhoud);
    await fd.sync();
  } finally {
    await fd.close();
  }
}

export class Spool {
  readonly map: string;
  readonly tmp: string;
  readonly wacht: string;
  readonly verzonden: string;

  constructor(map: string) {
    this.map = map;
    this.tmp = join(map, 'tmp');
    this.wacht = join(map, 'wacht');
    this.verzonden = join(map, 'verzonden');
    for (const m of [this.tmp, this.wacht, this.verzonden]) mkdirSync(m, { recursive: true, mode: 0o700 });
  }

  #wachtPad(code: string): string {
    return join(this.wacht, `${code}.json`);
  }

  #markerPad(code: string): string {
    return join(this.verzonden, code);
  }

  /** What is known about a code: its hash if waiting or sent, else null. */
  bekend(code: string): string | null {
    for (const pad of [this.#wachtPad(code), this.#markerPad(code)]) {
      try {
        const tekst = readFileSync(pad, 'utf8');
        return pad.endsWith('.json') ? (JSON.parse(tekst) as SpoolItem).hash : tekst.trim();
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
    }
    return null;
  }

  /**
   * Stores an item durably. The hard link makes "first writer wins" atomic, so two requests with the same
   * code at once give one file; the file and folder are fsynced before this returns.
   */
  async voegToe(item: SpoolItem): Promise<Toevoeg> {
    const eerder = this.bekend(item.code);
    if (eerder !== null) return eerder === item.hash ? 'dubbel' : 'bezet';
    const tmp = join(this.tmp, `${item.code}.${randomBytes(6).toString('hex')}`);
    await schrijfDuurzaam(tmp, JSON.stringify(item));
    try {
      await link(tmp, this.#wachtPad(item.code));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      await unlink(tmp);
      return this.bekend(item.code) === item.hash ? 'dubbel' : 'bezet';
    }
    // The wacht entry must survive a crash before we say 202; the tmp name may vanish or linger (cleaned at start).
    await fsyncMap(this.wacht);
    await unlink(tmp);
    return 'nieuw';
  }

  /** Codes waiting for delivery, oldest first. */
  wachtend(): string[] {
    const lijst: { f: string; t: number }[] = [];
    for (const f of readdirSync(this.wacht)) {
      if (!f.endsWith('.json')) continue;
      // The worker may deliver and delete a file between readdir and stat: then it is simply no longer waiting.
      const st = statSync(join(this.wacht, f), { throwIfNoEntry: false });
      if (st) lijst.push({ f, t: st.mtimeMs });
    }
    return lijst.sort((a, b) => a.t - b.t).map(({ f }) => f.slice(0, -'.json'.length));
  }

  lees(code: string): SpoolItem | null {
    try {
      return JSON.parse(readFileSync(this.#wachtPad(code), 'utf8')) as SpoolItem;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  isVerzonden(code: string): boolean {
    try {
      statSync(this.#markerPad(code));
      return true;
    } catch {
      return false;
    }
  }

  /** After the relay's 250: marker first (fsynced), then remove the wacht file. */
  async markeerVerzonden(item: SpoolItem): Promise<void> {
    try {
      await schrijfDuurzaam(this.#markerPad(item.code), item.hash);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    await fsyncMap(this.verzonden);
    await this.ruimOp(item.code);
  }

  /** Removes a delivered melding's wacht file; a failure here is harmless thanks to the marker. */
  async ruimOp(code: string): Promise<void> {
    try {
      await unlink(this.#wachtPad(code));
      // No fsync: a delete lost in a crash is redone at start, the marker prevents a second mail.
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }

  /** At start: drop half-written files, and markers older than `bewaarMs` (the idempotency window). */
  herstel(nuMs: number, bewaarMs: number): void {
    for (const f of readdirSync(this.tmp)) unlinkSync(join(this.tmp, f));
    for (const f of readdirSync(this.verzonden)) {
      const pad = join(this.verzonden, f);
      if (nuMs - statSync(pad).mtimeMs > bewaarMs) unlinkSync(pad);
    }
  }
}
