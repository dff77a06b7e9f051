/**
 * What the form e2e files share: a region built to encrypt to a key GnuPG generated, the melding app with
 * its spool behind the production server, a local SMTP sink that records every stored mail, and Chromium.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { bouwRegio, nieuweBrowser, sleutelBouw, startSite, type Site } from '../harness.ts';
import { createMeldingApp, type MeldingApp } from '../../../functions/melding/app.ts';
import { startSmtpSink, type SmtpSink } from '../../../src/dev/smtp-sink.ts';
import { gpgSleutelIn, maakGpgSleutel, type GpgSleutel } from './gnupg.ts';
import { inject } from 'vitest';

export interface MeldOpzet {
  gpg: GpgSleutel;
  dist: string;
  site: Site;
  sink: SmtpSink;
  app: MeldingApp;
  browser: Browser;
  /** Paths of the .eml files the sink stored, in order. */
  opgeslagen: string[];
  /** Waits (bounded) until the sink stored `n` mails; returns the n-th. */
  wachtOpMail(n: number): Promise<string>;
  stop(): Promise<void>;
}

export async function startMeldOpzet(soort: 'curve25519' | 'rsa3072'): Promise<MeldOpzet> {
  // The Curve25519 key (and the build that encrypts to it) is made once per run by the global setup and
  // shared by the form files; RSA is the one file's own.
  const gedeeld = soort === 'curve25519' ? inject('gpgHome') : undefined;
  const gpg = gedeeld ? gpgSleutelIn(gedeeld) : maakGpgSleutel(soort);
  const werkMap = mkdtempSync(join(tmpdir(), 'meldwijzer-formulier-'));
  const opgeslagen: string[] = [];
  // Waiters for wachtOpMail, woken by the sink as each mail is stored (no polling).
  const wachters = new Set<() => void>();
  const [dist, sink] = await Promise.all([
    bouwRegio('de-bilt', sleutelBouw(gpg.publiekPad)),
    startSmtpSink({
      map: join(werkMap, 'post'),
      opgeslagen: (pad) => {
        opgeslagen.push(pad);
        for (const w of wachters) w();
      },
    }),
  ]);
  const app = await createMeldingApp({
    sleutel: gpg.publiek,
    transport: nodemailer.createTransport({ url: sink.url }) as never,
    spoolMap: join(werkMap, 'spool'),
    aan: 'af@meldwijzer.example',
    van: 'noreply@meldwijzer.example',
    powGeheim: `e2e-geheim-${soort}`,
    powMoeite: 5_000,
    perMinuut: 1_000,
    log: () => {},
    bezorging: { basisMs: 50, maxMs: 200 },
  });
  await app.start();
  const site = await startSite(dist, { app });
  const browser = await nieuweBrowser();
  return {
    gpg,
    dist,
    site,
    sink,
    app,
    browser,
    opgeslagen,
    async wachtOpMail(n) {
      if (opgeslagen.length < n) {
        // Bounded by the 20 s the old poll allowed; the expect below then says what is missing.
        await new Promise<void>((klaar) => {
          const klok = setTimeout(stop, 20_000);
          function stop() {
            clearTimeout(klok);
            wachters.delete(kijk);
            klaar();
          }
          function kijk() {
            if (opgeslagen.length >= n) stop();
          }
          wachters.add(kijk);
        });
      }
      expect(opgeslagen.length).toBeGreaterThanOrEqual(n);
      return readFileSync(opgeslagen[n - 1]!, 'utf8');
    },
    async stop() {
      await browser.close();
      await site.close();
      await app.stop();
      await sink.close();
      gpg.opruimen();
      rmSync(werkMap, { recursive: true, force: true });
    },
  };
}
