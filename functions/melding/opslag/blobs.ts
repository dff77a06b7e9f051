/**
 * Opslag in Netlify Blobs, with strong consistency: every instance of the function sees a write at once.
 * First writer wins through `onlyIfNew`; an expired entry is taken over, and a value replaced, only with
 * `onlyIfMatch` on the ETag read, so two instances never both win.
 */
import type { getStore } from '@netlify/blobs';
import type { Opslag } from './opslag.ts';

type Store = ReturnType<typeof getStore>;
interface Inhoud {
  w: string;
  tot: number;
}

function ontleed(data: unknown): Inhoud | null {
  if (data && typeof data === 'object' && typeof (data as Inhoud).w === 'string' && typeof (data as Inhoud).tot === 'number') return data as Inhoud;
  return null;
}

/** An entry is only cleaned up this long after it expired, so a fresh take-over of it is never deleted. */
const MARGE_MS = 60 * 60_000;

export function blobsOpslag(store: Store, nu: () => number = Date.now): Opslag {
  // The expiry also goes into the metadata, so cleaning up reads headers only.
  const zet = (k: string, i: Inhoud, voorwaarde: { onlyIfNew: true } | { onlyIfMatch: string }) => store.setJSON(k, i, { ...voorwaarde, metadata: { tot: i.tot } });
  const leesMet = async (k: string) => {
    const r = await store.getWithMetadata(k, { type: 'json', consistency: 'strong' });
    if (!r) return null;
    // Netlify answers a read with its ETag; the local BlobsServer (netlify-cli, tests) only lists it.
    const etag = r.etag ?? (await store.list({ prefix: k })).blobs.find((b) => b.key === k)?.etag;
    return { inhoud: ontleed(r.data), etag };
  };
  return {
    async nieuw(k, waarde, tot) {
      const nieuw: Inhoud = { w: waarde, tot };
      if ((await zet(k, nieuw, { onlyIfNew: true })).modified) return true;
      const r = await leesMet(k);
      if (!r) return (await zet(k, nieuw, { onlyIfNew: true })).modified; // deleted in between
      if (r.inhoud && r.inhoud.tot > nu()) return false;
      return r.etag ? (await zet(k, nieuw, { onlyIfMatch: r.etag })).modified : false;
    },
    async lees(k) {
      const r = await leesMet(k);
      return r?.inhoud && r.inhoud.tot > nu() ? r.inhoud.w : null;
    },
    async vervang(k, oud, nieuw, tot) {
      const r = await leesMet(k);
      if (!r?.inhoud || r.inhoud.w !== oud || r.inhoud.tot <= nu() || !r.etag) return false;
      return (await zet(k, { w: nieuw, tot }, { onlyIfMatch: r.etag })).modified;
    },
    async wis(k) {
      await store.delete(k);
    },
    async opruimen(max = 200) {
      let gezien = 0;
      let weg = 0;
      for await (const pagina of store.list({ paginate: true })) {
        for (const b of pagina.blobs) {
          if (gezien++ >= max) return weg;
          const tot = Number((await store.getMetadata(b.key))?.metadata?.tot);
          if (Number.isFinite(tot) && tot + MARGE_MS <= nu()) {
            await store.delete(b.key);
            weg++;
          }
        }
      }
      return weg;
    },
    async sluit() {},
  };
}
