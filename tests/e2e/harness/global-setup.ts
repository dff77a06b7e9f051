/**
 * Global setup of the e2e project: every region's build and the shared variants (VOORAF_VARIANTEN), each
 * once, at most two at a time, before the first test file starts; the outcomes go to the test files through
 * `project.provide('bouwen', …)` (read them with bouwRegio). It also starts the one Chromium all files use
 * (`browserWs`, see nieuweBrowser). A build that fails does not stop the run: the
 * files that ask for it get its log tail as their error.
 *
 * MELDWIJZER_E2E_REGIOS=de-bilt,zblw limits the prebuilt regions (others are then built by the worker that
 * asks, like any unlisted variant).
 * MELDWIJZER_E2E_MAP=/tmp/some-folder keeps the builds and reuses every finished one in later runs while
 * developing tests (never in CI: they may be stale); that folder is not deleted afterwards.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { bouwSleutel, draaiBouw, regioIds, sleutelBouw, VOORAF_VARIANTEN, type BouwEnv, type BouwUitkomst } from './bouw.ts';
import { startBrowserServer } from './browser.ts';
import { metHoogstens } from './tegelijk.ts';
import { maakGpgSleutel } from '../formulier/gnupg.ts';

const MAX_BOUWEN = 2;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const hergebruik = Boolean(process.env.MELDWIJZER_E2E_MAP);
  const map = process.env.MELDWIJZER_E2E_MAP ?? mkdtempSync(join(tmpdir(), 'meldwijzer-e2e-'));
  mkdirSync(map, { recursive: true });
  // A kept folder: drop what is not a finished prebuild (interrupted builds, variants workers built).
  if (hergebruik) {
    for (const naam of readdirSync(map)) {
      if (!existsSync(join(map, naam, 'klaar'))) rmSync(join(map, naam), { recursive: true, force: true });
    }
  }

  const gevraagd = process.env.MELDWIJZER_E2E_REGIOS?.split(',').map((s) => s.trim()).filter(Boolean);
  const ids = gevraagd ?? regioIds();
  // One GnuPG key for the form files (tests/e2e/formulier/opzet.ts): de-bilt is built once encrypting to it.
  const gpg = maakGpgSleutel('curve25519');
  project.provide('gpgHome', gpg.home);
  const lijst: [string, BouwEnv][] = [
    ...ids.map((id): [string, BouwEnv] => [id, {}]),
    ...VOORAF_VARIANTEN.filter(([id]) => ids.includes(id)),
    ...(ids.includes('de-bilt') ? [['de-bilt', sleutelBouw(gpg.publiekPad)] as [string, BouwEnv]] : []),
  ];

  const start = Date.now();
  // Chromium starts while the builds run; every file connects to it (nieuweBrowser) instead of launching one.
  // If it cannot start, files launch their own (nieuweBrowser) and each shows why that fails.
  const browser = startBrowserServer().catch((e: Error) => {
    console.warn(`e2e: gedeelde Chromium startte niet (${e.message.split('\n')[0]}); elk bestand start er zelf een.`);
    return undefined;
  });
  const uitkomsten = await metHoogstens(
    MAX_BOUWEN,
    lijst.map(([id, env]) => async () => {
      const bouwMap = join(map, bouwSleutel(id, env));
      const klaar = join(bouwMap, 'klaar');
      if (hergebruik && existsSync(klaar)) return join(bouwMap, 'dist');
      const dist = await draaiBouw(bouwMap, id, env);
      writeFileSync(klaar, '');
      return dist;
    }),
  );

  const bouwen: Record<string, BouwUitkomst> = {};
  const mislukt: string[] = [];
  lijst.forEach(([id, env], i) => {
    const u = uitkomsten[i]!;
    if (u.status === 'fulfilled') bouwen[bouwSleutel(id, env)] = { dist: u.value };
    else {
      bouwen[bouwSleutel(id, env)] = { fout: (u.reason as Error).message };
      mislukt.push(`${id} ${JSON.stringify(env)}`);
    }
  });
  project.provide('bouwen', bouwen);
  project.provide('bouwMap', map);
  const server = await browser;
  if (server) project.provide('browserWs', server.wsEndpoint());
  console.log(
    `e2e: ${lijst.length - mislukt.length} bouwen klaar in ${((Date.now() - start) / 1000).toFixed(0)} s (${map})` +
      (mislukt.length ? `; bouw MISLUKT voor: ${mislukt.join(', ')}` : ''),
  );

  return async () => {
    await server?.close();
    gpg.opruimen();
    if (!hergebruik) rmSync(map, { recursive: true, force: true });
  };
}
