/**
 * Opslag in one SQLite file (Node's built-in node:sqlite): WAL, and synchronous=FULL so a write is on disk
 * (fsync) before the call returns, which is before the reporter gets an answer. Survives kill -9.
 */
import { DatabaseSync } from 'node:sqlite';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Opslag } from './opslag.ts';

export function sqliteOpslag(pad: string, nu: () => number = Date.now): Opslag {
  mkdirSync(dirname(pad), { recursive: true, mode: 0o700 });
  const db = new DatabaseSync(pad);
  db.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;
    CREATE TABLE IF NOT EXISTS opslag (sleutel TEXT PRIMARY KEY, waarde TEXT NOT NULL, tot INTEGER NOT NULL) STRICT;
    CREATE INDEX IF NOT EXISTS opslag_tot ON opslag (tot);`);
  const verlopen = db.prepare('DELETE FROM opslag WHERE tot <= ?');
  const voegToe = db.prepare('INSERT INTO opslag (sleutel, waarde, tot) VALUES (?, ?, ?) ON CONFLICT (sleutel) DO UPDATE SET waarde = excluded.waarde, tot = excluded.tot WHERE opslag.tot <= ?');
  const lees = db.prepare('SELECT waarde FROM opslag WHERE sleutel = ? AND tot > ?');
  const vervang = db.prepare('UPDATE opslag SET waarde = ?, tot = ? WHERE sleutel = ? AND waarde = ? AND tot > ?');
  const wis = db.prepare('DELETE FROM opslag WHERE sleutel = ?');
  return {
    async nieuw(k, waarde, tot) {
      return Number(voegToe.run(k, waarde, tot, nu()).changes) === 1;
    },
    async lees(k) {
      const r = lees.get(k, nu()) as { waarde: string } | undefined;
      return r?.waarde ?? null;
    },
    async vervang(k, oud, nieuw, tot) {
      return Number(vervang.run(nieuw, tot, k, oud, nu()).changes) === 1;
    },
    async wis(k) {
      wis.run(k);
    },
    async opruimen() {
      return Number(verlopen.run(nu()).changes);
    },
    async sluit() {
      db.close();
    },
  };
}
