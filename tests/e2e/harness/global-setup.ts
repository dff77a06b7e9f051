/**
 * Global setup of the e2e project: one run folder for all builds, then every region built once (two at a
 * time) before the first file starts. A region that fails to build does not stop the run: the files that
 * ask for it get its build log as their error.
 *
 * MELDWIJZER_E2E_REGIOS=de-bilt,zblw limits the prebuilt regions (others still build on demand).
 * MELDWIJZER_E2E_MAP=/tmp/some-folder reuses builds across runs while developing tests (never in CI:
 * the builds there may be stale); that folder is not deleted afterwards.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bouwRegio, regioIds } from './bouw.ts';

export default async function setup(): Promise<() => void> {
  const eigen = !process.env.MELDWIJZER_E2E_MAP;
  if (eigen) process.env.MELDWIJZER_E2E_MAP = mkdtempSync(join(tmpdir(), 'meldwijzer-e2e-'));
  const map = process.env.MELDWIJZER_E2E_MAP!;
  if (!eigen) {
    // A reused folder may hold leftovers of an interrupted run: free slots, drop unfinished builds.
    mkdirSync(map, { recursive: true });
    for (const naam of readdirSync(map)) {
      const pad = join(map, naam);
      if (naam.startsWith('slot-') || !(existsSync(join(pad, 'klaar')) || existsSync(join(pad, 'fout')))) {
        rmSync(pad, { recursive: true, force: true });
      }
    }
  }

  const gevraagd = process.env.MELDWIJZER_E2E_REGIOS?.split(',').map((s) => s.trim()).filter(Boolean);
  const ids = gevraagd ?? regioIds();
  const start = Date.now();
  const uitkomsten = await Promise.allSettled(ids.map((id) => bouwRegio(id)));
  const mislukt = ids.filter((_, i) => uitkomsten[i]!.status === 'rejected');
  console.log(
    `e2e: ${ids.length - mislukt.length} regio's gebouwd in ${((Date.now() - start) / 1000).toFixed(0)} s (${map})` +
      (mislukt.length ? `; bouw MISLUKT voor: ${mislukt.join(', ')}` : ''),
  );

  return () => {
    if (eigen) rmSync(map, { recursive: true, force: true });
  };
}
