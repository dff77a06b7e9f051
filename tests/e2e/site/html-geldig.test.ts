/** Valid HTML (Nu Html Checker) for every page of every region: one JVM for all builds, it is slow to start. */
import { describe, expect, test } from 'vitest';
import { htmlBestanden, vnu, type VnuMelding } from '../harness.ts';
import { alleBouwen } from './gedeeld.ts';

const bouwen = await alleBouwen();
const bestanden = bouwen.flatMap((b) => (b.dist ? htmlBestanden(b.dist) : []));
const meldingen: VnuMelding[] | Error = bestanden.length ? await vnu(bestanden).catch((e: Error) => e) : [];

for (const bouw of bouwen) {
  describe(bouw.id, () => {
    test('every HTML file is valid', () => {
      if (bouw.fout) throw bouw.fout;
      if (meldingen instanceof Error) throw meldingen;
      const dist = bouw.dist;
      expect(htmlBestanden(dist).length).toBeGreaterThan(10);
      const hier = meldingen
        .filter((m) => m.bestand.startsWith(dist + '/'))
        .map((m) => `${m.bestand.slice(dist.length)}:${m.regel ?? '?'} ${m.melding}`);
      expect(hier).toEqual([]);
    });
  });
}
