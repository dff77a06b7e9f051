/** What the site tests share: the profiles as data, the pages issue 2 requires, and builds that may fail. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { bouwRegio, nieuweBrowser, PROJECT, regioIds, startSite, type Site } from '../harness.ts';

export interface Profiel {
  id: string;
  naam: string;
  partners: { naam: string }[];
  snelWeg?: string;
}

export function profiel(id: string): Profiel {
  return JSON.parse(readFileSync(join(PROJECT, 'content/regios', `${id}.json`), 'utf8')) as Profiel;
}

import { VORMEN } from '../../../src/lib/begrippen.ts';
export { VORMEN };

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

export interface PerRegioOpties {
  /**
   * true: the regions and their tests run concurrently, at most the e2e project's maxConcurrency test bodies
   * at a time in this file (see vitest.config.ts). Tests then must use the `expect` of their own context
   * (`test(naam, ({ expect }) => …)`), so a soft assertion is counted for the test that made it.
   */
  tegelijk?: boolean;
}

/**
 * One describe per region. A failed build fails one test ("bouw"); otherwise the build is served on a free
 * port for the region's tests, which read the server through `site()` (it starts in beforeAll).
 */
export function perRegio(
  bouwen: Bouw[],
  tests: (bouw: { id: string; dist: string }, site: () => Site) => void,
  opties: PerRegioOpties = {},
): void {
  const beschrijf = opties.tegelijk ? describe.concurrent : describe;
  for (const bouw of bouwen) {
    beschrijf(bouw.id, () => {
      if (bouw.fout) {
        test('bouw', () => {
          throw bouw.fout;
        });
        return;
      }
      let site: Site;
      beforeAll(async () => {
        site = await startSite(bouw.dist);
      });
      afterAll(async () => {
        await site?.close();
      });
      tests(bouw, () => site);
    });
  }
}

/** One Chromium for the test file, closed after it. */
export function browserVoorBestand(): () => Browser {
  let browser: Browser;
  beforeAll(async () => {
    browser = await nieuweBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser;
}

/** Visible text of an HTML document, roughly: scripts and tags dropped, the entities Astro writes resolved. */
export function tekstVan(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}
