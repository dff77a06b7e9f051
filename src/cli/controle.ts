/**
 * `npm run controle`: is the region (MELDWIJZER_REGIO) ready for real meldingen? Exit 1 with one reason per
 * line if not. Also run by `npm run build` when MELDWIJZER_PRODUCTIE=1.
 * `npm run controle -- --site dist` also checks the built /.well-known/security.txt.
 */
import { vereisNode } from './runtime.ts';
import { laadActieveRegio, RegioFout } from '../regio/laad.ts';
import { controleerGereedheid } from '../config/productie.ts';

vereisNode();

const i = process.argv.indexOf('--site');
const dist = i >= 0 ? process.argv[i + 1] : undefined;

let regio;
try {
  regio = laadActieveRegio();
} catch (e) {
  if (e instanceof RegioFout) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}

const { fouten, waarschuwingen } = await controleerGereedheid({ regio, dist });
for (const w of waarschuwingen) console.warn(`Let op: ${w}`);
if (fouten.length > 0) {
  console.error(`Meldwijzer ${regio.id} is NIET klaar voor productie:\n${fouten.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`Meldwijzer ${regio.id} is klaar voor productie.`);
