/** What the site tests share: the profiles as data, the pages issue 2 requires, and builds that may fail. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bouwRegio, PROJECT, regioIds } from '../harness.ts';

export interface Profiel {
  id: string;
  naam: string;
  partners: { naam: string }[];
  snelWeg?: string;
}

export function profiel(id: string): Profiel {
  return JSON.parse(readFileSync(join(PROJECT, 'content/regios', `${id}.json`), 'utf8')) as Profiel;
}

export const VORMEN = ['seksuele-uitbuiting', 'arbeidsuitbuiting', 'criminele-uitbuiting', 'orgaanverwijdering'];

/** HTML pages issue 2 lists ("What to build"), for every region. */
export const VERPLICHTE_HTML = [
  '/',
  '/inwoners/',
  '/ondernemers/',
  '/professionals/',
  '/jongeren/',
  ...VORMEN.map((v) => `/vormen/${v}/`),
  '/contact/',
  '/veelgestelde-vragen/',
  '/privacy/',
  '/toegankelijkheid/',
  '/over/',
  '/signalen-check/',
  '/zoeken/',
  '/melden/',
];

export const VERPLICHTE_BESTANDEN = ['/robots.txt', '/sitemap-index.xml', '/.well-known/security.txt', '/favicon.svg'];

/** Pages that may load more JavaScript than the quick exit: the melding form and search. */
export const MET_JS = ['/melden/', '/zoeken/'];

export type Bouw = { id: string; dist: string; fout?: undefined } | { id: string; dist?: undefined; fout: Error };

/** Every region's build (done by the global setup); a failed one is returned, not thrown, so it fails one test. */
export function alleBouwen(): Promise<Bouw[]> {
  return Promise.all(
    regioIds().map((id) =>
      bouwRegio(id).then(
        (dist): Bouw => ({ id, dist }),
        (fout: Error): Bouw => ({ id, fout }),
      ),
    ),
  );
}
