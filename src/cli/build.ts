/**
 * `npm run build`: check the region profile, build the static site for it, then index it for search.
 * Output: dist/. An invalid profile or content file stops the build with `path: message` lines.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { vereisNode } from './runtime.ts';
import { fataal } from './fataal.ts';
import { hulpBijVraag } from './hulp.ts';
import { leesConfig } from '../config/lees.ts';
import { laadRegio } from '../regio/laad.ts';
import { CspFout, schrijfHeadersBestand } from '../bouw/na-build.ts';
import { kopieerBasisStijl, verwijderEilandStijl } from '../bouw/eiland-stijl.ts';

vereisNode();
hulpBijVraag(`
npm run build
  Bouwt de statische site voor MELDWIJZER_REGIO (standaard de-bilt) in MELDWIJZER_DIST (standaard dist/),
  met zoekindex en headers. Met MELDWIJZER_PRODUCTIE=1 eerst npm run controle. Geen opties.
`);
process.env.ASTRO_TELEMETRY_DISABLED = '1';

let config;
try {
  config = leesConfig(process.env);
  const regio = laadRegio(config.MELDWIJZER_REGIO);
  console.log(`Meldwijzer: bouwen voor ${regio.naam} (${regio.id})`);
} catch (e) {
  fataal(e);
}

function stap(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const doel = resolve(config.MELDWIJZER_DIST);
// Astro puts its prerender chunks in <cwd>/.astro/.prerender when outDir lies outside the project, so two
// builds into /tmp folders at once would overwrite each other's chunks. Build inside the project, then move.
const binnen = doel.startsWith(process.cwd() + sep);
const bouwMap = binnen ? doel : resolve('.meldwijzer/bouw', createHash('sha256').update(doel).digest('hex').slice(0, 12));

// A production build first checks the profile is ready for real meldingen (key, mailboxes, security.txt).
if (config.MELDWIJZER_PRODUCTIE) stap(process.execPath, ['src/cli/controle.ts']);
process.env.MELDWIJZER_DIST = bouwMap;
stap('astro', ['build']);
if (!binnen) {
  rmSync(doel, { recursive: true, force: true });
  mkdirSync(dirname(doel), { recursive: true });
  try {
    renameSync(bouwMap, doel);
  } catch {
    // another file system: copy instead
    cpSync(bouwMap, doel, { recursive: true });
    rmSync(bouwMap, { recursive: true, force: true });
  }
  process.env.MELDWIJZER_DIST = doel;
}
verwijderEilandStijl(doel);
kopieerBasisStijl(doel);
stap('pagefind', ['--site', doel, '--silent']);
try {
  const { scripts, styles } = schrijfHeadersBestand(doel);
  console.log(`Meldwijzer: _headers geschreven (CSP met ${scripts} script- en ${styles} stijl-hash(es))`);
} catch (e) {
  if (e instanceof CspFout) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
