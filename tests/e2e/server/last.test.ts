/**
 * Smoke run of the load bench (tests/bench/server-load.ts) for 3 s: no errors under 200 visitors and 20
 * reporters, and every acknowledged melding reaches the relay. Latencies are printed, never asserted.
 */
import { rmSync } from 'node:fs';
import { expect, test } from 'vitest';
import { benchServerLast, beschrijf } from '../../bench/server-load.ts';
import { maakSite } from '../../unit/server/hulp.ts';

test('3 s of load: no errors, every acknowledged melding delivered', async () => {
  const site = maakSite();
  try {
    const r = await benchServerLast({ seconden: 3, dist: site.dist });
    console.log(beschrijf(r));
    expect(r.voorbeeldFouten).toEqual([]);
    expect(r.pagina.aantal).toBeGreaterThan(0);
    expect(r.melding.aantal).toBeGreaterThan(0);
    expect(r.pagina.fouten + r.uitdaging.fouten + r.melding.fouten).toBe(0);
    expect(r.afgeleverd).toBe(r.melding.aantal);
  } finally {
    rmSync(site.root, { recursive: true, force: true });
  }
}, 90_000);
