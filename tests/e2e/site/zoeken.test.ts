/** Site search: the Pagefind index is built into each region's site and served from it. */
import { expect, test } from 'vitest';
import { nieuwePagina } from '../harness.ts';
import { alleBouwen, browserVoorBestand, perRegio } from './gedeeld.ts';

const bouwen = await alleBouwen();
const browser = browserVoorBestand();

perRegio(bouwen, (_bouw, site) => {
  test('/zoeken/?q=loverboy lists pages of this site from the local index', async () => {
    const p = await nieuwePagina(browser(), { origin: site().url });
    try {
      await p.page.goto(`${site().url}/zoeken/?q=loverboy`);
      const resultaten = p.page.locator('[data-zoek-resultaten] a');
      await resultaten.first().waitFor({ timeout: 15_000 });
      const hrefs = await resultaten.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const h of hrefs) expect(new URL(h).origin).toBe(site().url);
      expect(p.verzoeken.some((u) => new URL(u).pathname.startsWith('/pagefind/'))).toBe(true);
      expect(p.vreemd).toEqual([]);
      expect(p.fouten).toEqual([]);
    } finally {
      await p.close();
    }
  });
});
