/**
 * `npm run controle`: is the region (MELDWIJZER_REGIO) ready for real meldingen? Exit 1 with one reason per
 * line if not. Also run by `npm run build` when MELDWIJZER_PRODUCTIE=1.
 * `npm run controle -- --site dist` also checks the built /.well-known/security.txt.
 */
import { vereisNode } from './runtime.ts';
import { fataal } from './fataal.ts';
import { hulpBijVraag } from './hulp.ts';
import { leesConfig } from '../config/lees.ts';
import { laadRegio } from '../regio/laad.ts';
import { controleerGereedheid } from '../config/productie.ts';

vereisNode();
hulpBijVraag(`
npm run controle [-- --site <map>]
  Is de regio (MELDWIJZER_REGIO) klaar voor echte meldingen? Dezelfde regels als npm run serve met
  MELDWIJZER_PRODUCTIE=1. Stopt met code 1 en één reden per regel als dat niet zo is.
  --site <map>   controleer ook /.well-known/security.txt van de gebouwde site in <map>
`);

const i = process.argv.indexOf('--site');
const dist = i >= 0 ? process.argv[i + 1] : undefined;

let regio;
try {
  regio = laadRegio(leesConfig(process.env).MELDWIJZER_REGIO);
} catch (e) {
  fataal(e);
}

const { fouten, waarschuwingen } = await controleerGereedheid({ regio, dist });
for (const w of waarschuwingen) console.warn(`Let op: ${w}`);
if (fouten.length > 0) {
  console.error(`Meldwijzer ${regio.id} is NIET klaar voor productie:\n${fouten.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`Meldwijzer ${regio.id} is klaar voor productie.`);
