import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, readdirSync, statSync, unlinkSync, writeSync } from 'node:fs';
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

function fsyncMap(map: string): void {
  const fd = openSync(map, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function schrijfDuurzaam(pad: string, inhoud: string): void {
  const fd = openSync(pad, 'wx', 0o600);
  try {
    writeSync(fd, inhoud);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
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
  voegToe(item: SpoolItem): Toevoeg {
    const eerder = this.bekend(item.code);
    if (eerder !== null) return eerder === item.hash ? 'dubbel' : 'bezet';
    const tmp = join(this.tmp, `${item.code}.${randomBytes(6).toString('hex')}`);
    schrijfDuurzaam(tmp, JSON.stringify(item));
    try {
      linkSync(tmp, this.#wachtPad(item.code));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      unlinkSync(tmp);
      return this.bekend(item.code) === item.hash ? 'dubbel' : 'bezet';
    }
    unlinkSync(tmp);
    fsyncMap(this.wacht);
    fsyncMap(this.tmp);
    return 'nieuw';
  }

  /** Codes waiting for delivery, oldest first. */
  wachtend(): string[] {
    return readdirSync(this.wacht)
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ f, t: statSync(join(this.wacht, f)).mtimeMs }))
      .sort((a, b) => a.t - b.t)
      .map(({ f }) => f.slice(0, -'.json'.length));
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
  markeerVerzonden(item: SpoolItem): void {
    try {
      schrijfDuurzaam(this.#markerPad(item.code), item.hash);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    fsyncMap(this.verzonden);
    this.ruimOp(item.code);
  }

  /** Removes a delivered melding's wacht file; a failure here is harmless thanks to the marker. */
  ruimOp(code: string): void {
    try {
      unlinkSync(this.#wachtPad(code));
      fsyncMap(this.wacht);
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
