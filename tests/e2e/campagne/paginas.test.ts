/**
 * Campaign and toolkit pages: valid HTML (Nu Html Checker) on every one of every region; in the browser
 * 0 axe violations (WCAG 2.2 AA + best practices) and no request to another origin on every campaign page
 * of de-bilt, on the overview and the latest campaign page inside the 2027 window (what the banner adds)
 * and, per other region, on the latest year's toolkit (the page with the most of the region's own texts
 * and colours; the others are the same templates); copying texts works without JavaScript.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeScan, beschrijfAxe, bouwRegio, IN_VENSTER, nieuweBrowser, nieuweContext, nieuwePagina, regioIds, startSite, vnu, type Context, type Site, type VnuMelding } from '../harness.ts';
import { campagneJaren, meldUrl, regioData } from './gedeeld.ts';

const JAREN = campagneJaren();
const PADEN = ['/campagne/', ...JAREN.flatMap((j) => [`/campagne/${j}/`, `/campagne/${j}/toolkit/`])];

let browser: Browser;
beforeAll(async () => {
  browser = await nieuweBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Every region's default build, plus de-bilt inside the 2027 window so the banner is checked on these pages too.
const BOUWEN: [string, Record<string, string>][] = [
  ...regioIds().map((id): [string, Record<string, string>] => [id, {}]),
  ['de-bilt', IN_VENSTER],
];

const bestandenVan = (dist: string) => PADEN.map((p) => join(dist, p, 'index.html'));

/**
 * The Nu Html Checker over the campaign pages of every build here, in one JVM (it takes ~5-20 s just to
 * start; once per build that was ~2 minutes). It starts with the file and runs beside the browser tests;
 * each region's test then reads its own files' errors.
 */
let vnuAlles: Promise<{ alle: Set<string>; meldingen: VnuMelding[] }>;
beforeAll(() => {
  vnuAlles = Promise.allSettled(BOUWEN.map(([id, env]) => bouwRegio(id, env))).then(async (uit) => {
    const alle = uit.flatMap((u) => (u.status === 'fulfilled' ? bestandenVan(u.value) : []));
    return { alle: new Set(alle), meldingen: await vnu(alle) };
  });
  vnuAlles.catch(() => undefined); // a failure is reported by the tests that await it, not as unhandled
});
async function vnuVoor(bestanden: string[]): Promise<VnuMelding[]> {
  const { alle, meldingen } = await vnuAlles;
  // A message vnu could not tie to one of the files counts for every region, as it did per region before.
  return meldingen.filter((m) => bestanden.includes(m.bestand) || !alle.has(m.bestand));
}

/** What the browser checks in the regions after the first. */
const KORT = [`/campagne/${JAREN.at(-1)}/toolkit/`];
/** Inside the window only the banner is new: the overview and a campaign page show it (the toolkit pages are heavy). */
const IN_VENSTER_PADEN = ['/campagne/', `/campagne/${JAREN.at(-1)}/`];

describe.each(BOUWEN)('region %s %j', (id, env) => {
  let site: Site;
  let dist: string;
  let context: Context;
  beforeAll(async () => {
    dist = await bouwRegio(id, env);
    site = await startSite(dist);
    context = await nieuweContext(browser, { origin: site.url });
  });
  afterAll(async () => {
    await context?.close();
    await site?.close();
  });

  const paden = env === IN_VENSTER ? IN_VENSTER_PADEN : id === 'de-bilt' ? PADEN : KORT;
  test.each(paden)('%s: 0 axe violations, nothing from another origin', async (pad) => {
    const p = await context.leen();
    try {
      const antwoord = await p.page.goto(`${site.url}${pad}`);
      expect(antwoord?.status()).toBe(200);
      // Load the lazy preview images too, so their requests are counted.
      await p.page.evaluate(() => document.querySelectorAll('img').forEach((i) => (i.loading = 'eager')));
      await p.page.waitForLoadState('networkidle');
      expect(beschrijfAxe(await axeScan(p.page))).toEqual([]);
      expect(p.vreemd).toEqual([]);
      expect(p.fouten).toEqual([]);
    } finally {
      await p.close();
    }
  });

  // The first region's test may wait for the whole JVM run (30 files; over a minute on a busy machine).
  test('valid HTML (Nu Html Checker)', { timeout: 180_000 }, async () => {
    expect(await vnuVoor(bestandenVan(dist))).toEqual([]);
  });

  test('without JavaScript the post texts and alt texts are there, read-only, to copy', async () => {
    const jaar = JAREN.at(-1)!;
    const p = await nieuwePagina(browser, { origin: site.url, javaScript: false });
    try {
      await p.page.goto(`${site.url}/campagne/${jaar}/toolkit/`);
      const velden = p.page.locator('textarea[readonly]');
      expect(await velden.count()).toBeGreaterThanOrEqual(8 * 2 + 2 + 1);
      const post = p.page.getByRole('textbox', { name: 'Tekst voor het bericht' }).first();
      expect(await post.inputValue()).toContain(meldUrl(regioData(id)));
      await expect(p.page.locator('pre code').textContent()).resolves.toContain(`<a href="${meldUrl(regioData(id))}">`);
    } finally {
      await p.close();
    }
  });
});
