import { laadActieveRegio, REGIO_MAP } from './laad.ts';
import { leesVertaling, vertaalRegio } from './vertaling.ts';
import type { Regio } from './schema.ts';
import type { Taal } from '../i18n/talen.ts';

/** The region this build is for (MELDWIJZER_REGIO, default de-bilt). Read once per build. */
export const regio = laadActieveRegio();

const perTaal = new Map<Taal, Regio>([['nl', regio]]);

/** The active region with its own sentences (partners, meldroute) in `taal`; loading checked they exist. */
export function regioIn(taal: Taal): Regio {
  let r = perTaal.get(taal);
  if (!r) {
    const { vertaling, fouten } = leesVertaling(regio, taal, REGIO_MAP);
    if (!vertaling) throw new Error(fouten.join('\n'));
    r = vertaalRegio(regio, vertaling);
    perTaal.set(taal, r);
  }
  return r;
}
