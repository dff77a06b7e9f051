/**
 * The toolkit of one campaign for the active region: every downloadable file, with what the toolkit
 * page shows next to it (format, size, alt text, post text). The endpoint
 * src/pages/campagne/[jaar]/toolkit/[bestand].ts serves `maak()`; the page lists the same entries, so a
 * file cannot exist without being listed or be listed without existing.
 */
import { createHash } from 'node:crypto';
import type { Campagne, Doelgroep } from '../schema.ts';
import { DOELGROEPEN } from '../schema.ts';
import type { Regio } from '../../regio/schema.ts';
import { maakPoster, type Papier } from './poster.ts';
import { maakWerkposter } from './werkposter.ts';
import { TAAL_INFO, type Taal } from '../../i18n/talen.ts';
import { BANNER_MATEN, bannerSvg, naarPng, SOCIAAL_MATEN, sociaalSvg, type BannerMaat, type SociaalMaat } from './beeld.ts';
import { altBanner, altSociaal, embedHtml, handleidingMarkdown, persbericht, persberichtTekst, postTekst } from './teksten.ts';

export type Soort = 'poster' | 'sociaal' | 'banner' | 'tekst';

export interface ToolkitBestand {
  /** File name, also the last part of the URL: /campagne/<jaar>/toolkit/<naam>. */
  naam: string;
  /** What a person reads in the list, e.g. "Poster A4". */
  titel: string;
  soort: Soort;
  /** Format as shown to people: PDF, PNG, HTML, Markdown. */
  formaat: string;
  /** Content-Type of the file. */
  mime: string;
  /** Paper size or pixel size, in words. */
  maat: string;
  /** Pixel size of an image (for <img width height>). */
  pixels?: [number, number];
  /** Written alt text of an image. */
  alt?: string;
  /** Ready-to-copy post text of a social image. */
  post?: string;
  doelgroep?: Doelgroep;
  /** Language of the file's text when it is not Dutch (the worker posters). */
  taal?: Taal;
  /** Makes the file; cached per region, campaign and name, so page and endpoint share one render. */
  maak: () => Promise<Uint8Array>;
}

export function toolkitPad(c: Pick<Campagne, 'jaar'>, naam = ''): string {
  return `/campagne/${c.jaar}/toolkit/${naam}`;
}

const cache = new Map<string, Promise<Uint8Array>>();
function eenmaal(sleutel: string, maak: () => Uint8Array | Promise<Uint8Array>): () => Promise<Uint8Array> {
  return () => {
    let p = cache.get(sleutel);
    if (!p) {
      p = Promise.resolve().then(maak);
      cache.set(sleutel, p);
    }
    return p;
  };
}

const tekst = (s: string) => new TextEncoder().encode(s);
const PAPIERMAAT: Record<Papier, string> = { A4: 'A4 (210 × 297 mm)', A3: 'A3 (297 × 420 mm)' };
const SOCIAAL_TITEL: Record<SociaalMaat, string> = { vierkant: 'vierkant', breed: 'liggend' };
const BANNER_TITEL: Record<BannerMaat, string> = { leaderboard: 'breed', rechthoek: 'blok' };

export function toolkitBestanden(c: Campagne, regio: Regio): ToolkitBestand[] {
  // The campaign's content is part of the key: a changed theme in a dev server must not serve a stale file.
  const inhoud = createHash('sha256').update(JSON.stringify([c, regio])).digest('hex').slice(0, 16);
  const k = (naam: string) => `${regio.id}|${c.jaar}|${inhoud}|${naam}`;
  const lijst: ToolkitBestand[] = [];

  for (const papier of ['A4', 'A3'] as const) {
    const naam = `poster-${papier.toLowerCase()}.pdf`;
    lijst.push({
      naam, titel: `Poster ${papier}`, soort: 'poster', formaat: 'PDF', mime: 'application/pdf', maat: PAPIERMAAT[papier],
      maak: eenmaal(k(naam), () => maakPoster(c, regio, papier)),
    });
  }
  // A poster for labour migrants in every language the region publishes besides Dutch; titled in Dutch for the gemeente.
  for (const taal of regio.talen.filter((t) => t !== 'nl')) {
    const naam = `poster-werk-${taal}.pdf`;
    lijst.push({
      naam, titel: `Poster voor werknemers, ${TAAL_INFO[taal].nederlands}`, soort: 'poster', formaat: 'PDF', mime: 'application/pdf', maat: PAPIERMAAT.A4,
      taal,
      maak: eenmaal(k(naam), () => maakWerkposter(c, regio, taal)),
    });
  }

  for (const d of DOELGROEPEN) {
    for (const maat of ['vierkant', 'breed'] as const) {
      const [b, h] = SOCIAAL_MATEN[maat];
      const naam = `sociaal-${d}-${b}x${h}.png`;
      lijst.push({
        naam, titel: `Afbeelding voor ${d}, ${SOCIAAL_TITEL[maat]}`, soort: 'sociaal', formaat: 'PNG', mime: 'image/png',
        maat: `${b} × ${h} pixels`, pixels: [b, h], alt: altSociaal(c, regio, d), post: postTekst(c, regio, d), doelgroep: d,
        maak: eenmaal(k(naam), () => naarPng(sociaalSvg(c, regio, d, maat))),
      });
    }
  }

  for (const maat of ['leaderboard', 'rechthoek'] as const) {
    const [b, h] = BANNER_MATEN[maat];
    const naam = `banner-${b}x${h}.png`;
    lijst.push({
      naam, titel: `Banner voor websites, ${BANNER_TITEL[maat]}`, soort: 'banner', formaat: 'PNG', mime: 'image/png',
      maat: `${b} × ${h} pixels`, pixels: [b, h], alt: altBanner(c, regio),
      maak: eenmaal(k(naam), () => naarPng(bannerSvg(c, regio, maat))),
    });
  }

  lijst.push({
    // Plain text, not .html: it is a fragment to paste, and opening it should show the code, not run it.
    naam: 'banner-code.txt', titel: 'HTML-code voor de banners', soort: 'banner', formaat: 'Tekst (HTML-code)', mime: 'text/plain; charset=utf-8',
    maat: 'tekst',
    maak: eenmaal(k('banner-code.txt'), () => tekst(`${bannerCode(c, regio)}\n`)),
  });
  lijst.push({
    naam: 'persbericht.md', titel: 'Persbericht (sjabloon)', soort: 'tekst', formaat: 'Markdown (tekst)', mime: 'text/markdown; charset=utf-8',
    maat: 'tekst',
    maak: eenmaal(k('persbericht.md'), () => tekst(persbericht(c, regio))),
  });
  lijst.push({
    naam: 'persbericht.txt', titel: 'Persbericht (sjabloon, platte tekst)', soort: 'tekst', formaat: 'Tekst', mime: 'text/plain; charset=utf-8',
    maat: 'tekst',
    maak: eenmaal(k('persbericht.txt'), () => tekst(persberichtTekst(c, regio))),
  });
  lijst.push({
    naam: 'handleiding-campagneweek.md', titel: 'Handleiding: zo organiseert u de campagneweek', soort: 'tekst', formaat: 'Markdown (tekst)',
    mime: 'text/markdown; charset=utf-8', maat: 'tekst',
    maak: eenmaal(k('handleiding-campagneweek.md'), () => tekst(handleidingMarkdown())),
  });
  return lijst;
}

/** The HTML snippets for both banner sizes, one per line, for partners to paste. */
export function bannerCode(c: Campagne, regio: Regio): string {
  return (['leaderboard', 'rechthoek'] as const)
    .map((maat) => {
      const [b, h] = BANNER_MATEN[maat];
      return embedHtml(c, regio, toolkitPad(c, `banner-${b}x${h}.png`), b, h);
    })
    .join('\n');
}

/** "1,2 MB" / "87 kB": file sizes as Dutch readers write them. */
export function grootteNl(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.round(bytes / 1000)).toLocaleString('nl-NL')} kB`;
}
