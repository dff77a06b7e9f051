/**
 * What a page or component needs to speak the visitor's language, from the page's own URL: the language,
 * its dictionary, the region's texts in it, and links that stay in it.
 */
import { inTaal, TAAL_INFO, taalVanPad, type Taal } from './talen.ts';
import { woordenboek } from './woordenboek.ts';
import { regio as nlRegio, regioIn } from '../regio/actief.ts';

export function opPagina(url: URL) {
  const taal: Taal = taalVanPad(url.pathname);
  return {
    taal,
    dir: TAAL_INFO[taal].dir,
    t: woordenboek(taal),
    regio: regioIn(taal),
    /** A Dutch site path in this page's language (`/melden/` → `/pl/melden/`). */
    link: (pad: string) => inTaal(pad, taal),
  };
}

/** getStaticPaths entries for the language segment of every page (`[...taal]`): Dutch at `/`, the rest under `/<code>/`. */
export function taalPaden(): { params: { taal: string | undefined }; props: { taal: Taal } }[] {
  return nlRegio.talen.map((taal) => ({ params: { taal: taal === 'nl' ? undefined : taal }, props: { taal } }));
}
