/**
 * `npm run bench`: every tests/bench/<area>-<name>.ts module, one after the other (they measure, so they
 * must not compete for the two cores). A module takes part by exporting a function named `bench` or
 * `bench<Something>` that needs no arguments; if it also exports `beschrijf(result)`, that prints the result,
 * otherwise the result is printed as JSON. The page-bytes and Lighthouse table (pagina-*.ts) comes last.
 *
 *   npm run bench                 all modules
 *   npm run bench -- pagina       only modules whose file name contains "pagina"
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { vereisNode } from '../../src/cli/runtime.ts';

vereisNode();
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const MAP = fileURLToPath(new URL('.', import.meta.url));
const filters = process.argv.slice(2);

const modules = readdirSync(MAP)
  .filter((f) => /^[a-z0-9]+-[a-z0-9-]+\.ts$/.test(f))
  .filter((f) => !filters.length || filters.some((w) => f.includes(w)))
  .sort((a, b) => Number(a.startsWith('pagina-')) - Number(b.startsWith('pagina-')) || a.localeCompare(b));

let mislukt = 0;
for (const bestand of modules) {
  const mod = (await import(pathToFileURL(join(MAP, bestand)).href)) as Record<string, unknown>;
  const namen = Object.keys(mod).filter((k) => /^bench([A-Z]|$)/.test(k) && typeof mod[k] === 'function');
  for (const naam of namen) {
    console.log(`\n== ${bestand}: ${naam}`);
    const start = Date.now();
    try {
      const uitslag = await (mod[naam] as () => Promise<unknown>)();
      const beschrijf = mod.beschrijf as ((u: unknown) => string) | undefined;
      console.log(typeof beschrijf === 'function' ? beschrijf(uitslag) : JSON.stringify(uitslag, null, 2));
    } catch (e) {
      mislukt++;
      console.log(`MISLUKT: ${(e as Error).stack ?? e}`);
    }
    console.log(`(${((Date.now() - start) / 1000).toFixed(0)} s)`);
  }
}
process.exit(mislukt ? 1 : 0);
