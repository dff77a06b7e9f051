import { getCollection } from 'astro:content';
import { inVenster, vandaag } from './venster.ts';

/** The campaign whose window contains today (see venster.ts), if any. */
export async function actieveCampagne() {
  const dag = vandaag();
  const alle = await getCollection('campagnes');
  return alle.find((c) => inVenster(c.data, dag));
}
