import { getCollection, type CollectionEntry } from 'astro:content';
import { inVenster, vandaag, venster } from './venster.ts';
import { regio } from '../regio/actief.ts';

export type CampagneEntry = CollectionEntry<'campagnes'>;

/**
 * All campaigns, newest first. The file name must be the year (content/campagnes/2027.md has jaar: 2027):
 * the page URL uses the year, so a mismatch would publish a campaign under the wrong address.
 */
export async function alleCampagnes(): Promise<CampagneEntry[]> {
  const alle = await getCollection('campagnes');
  for (const c of alle) {
    if (c.id !== String(c.data.jaar)) {
      throw new Error(
        `content/campagnes/${c.id}.md klopt niet:\n  jaar: ${c.data.jaar} hoort bij de bestandsnaam; noem het bestand ${c.data.jaar}.md of zet jaar op ${c.id}`,
      );
    }
  }
  return alle.sort((a, b) => b.data.jaar - a.data.jaar);
}

/** The campaign whose window contains today (see venster.ts), if any. */
export async function actieveCampagne() {
  const dag = vandaag();
  const alle = await getCollection('campagnes');
  return alle.find((c) => inVenster(c.data, dag));
}

/** Campaigns split at today: running or still to come (soonest first), and past ones (newest first). */
export async function campagnesRondVandaag(dag = vandaag()): Promise<{ komend: CampagneEntry[]; voorbij: CampagneEntry[] }> {
  const alle = await alleCampagnes();
  return {
    komend: alle.filter((c) => venster(c.data).eind >= dag).reverse(),
    voorbij: alle.filter((c) => venster(c.data).eind < dag),
  };
}

/** getStaticPaths of the per-year pages (/campagne/<jaar>/ and its toolkit); none when the region has campaigns off. */
export async function campagnePaden() {
  if (!regio.campagne.aan) return [];
  return (await alleCampagnes()).map((entry) => ({ params: { jaar: String(entry.data.jaar) }, props: { entry } }));
}
