/**
 * `npm run build`: check the region profile, build the static site for it, then index it for search.
 * Output: dist/. An invalid profile or content file stops the build with `path: message` lines.
 */
import { spawnSync } from 'node:child_process';
import { vereisNode } from './runtime.ts';
import { laadActieveRegio, RegioFout } from '../regio/laad.ts';
import { CspFout, schrijfHeadersBestand } from '../server/na-build.ts';

vereisNode();
process.env.ASTRO_TELEMETRY_DISABLED = '1';

try {
  const regio = laadActieveRegio();
  console.log(`Meldwijzer: bouwen voor ${regio.naam} (${regio.id})`);
} catch (e) {
  if (e instanceof RegioFout) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}

function stap(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// A production build first checks the profile is ready for real meldingen (key, mailboxes, security.txt).
if (process.env.MELDWIJZER_PRODUCTIE === '1') stap(process.execPath, ['src/cli/controle.ts']);
stap('astro', ['build']);
stap('pagefind', ['--site', process.env.MELDWIJZER_DIST || 'dist', '--silent']);
try {
  const { scripts, styles } = schrijfHeadersBestand(process.env.MELDWIJZER_DIST || 'dist');
  console.log(`Meldwijzer: _headers geschreven (CSP met ${scripts} script- en ${styles} stijl-hash(es))`);
} catch (e) {
  if (e instanceof CspFout) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
