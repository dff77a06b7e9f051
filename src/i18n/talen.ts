/**
 * The languages Meldwijzer can publish. Dutch is the default, at `/`; every other language lives under
 * `/<code>/`. A region publishes the ones its profile lists (`talen`), after its own review.
 * English is the whole site; the others translate the pages someone who may be exploited needs most
 * (docs/talen.md lists them); any other page shows the English or Dutch text
 * under a notice in the visitor's language (src/i18n/inhoud.ts).
 *
 * No imports: the form's MIME builder (bundled for the browser) reads the Dutch names from here.
 */
export const TALEN = ['nl', 'en', 'pl', 'ro', 'bg', 'uk', 'ar'] as const;
export type Taal = (typeof TALEN)[number];

export interface TaalInfo {
  /** The language's name in itself, for the switcher ("Polski"). */
  eigenNaam: string;
  /** The language's name in Dutch, for the gemeente ("Pools"): the mail says which language the reporter wrote in. */
  nederlands: string;
  dir: 'ltr' | 'rtl';
  /** og:locale. */
  locale: string;
}

export const TAAL_INFO: Record<Taal, TaalInfo> = {
  nl: { eigenNaam: 'Nederlands', nederlands: 'Nederlands', dir: 'ltr', locale: 'nl_NL' },
  en: { eigenNaam: 'English', nederlands: 'Engels', dir: 'ltr', locale: 'en_GB' },
  pl: { eigenNaam: 'Polski', nederlands: 'Pools', dir: 'ltr', locale: 'pl_PL' },
  ro: { eigenNaam: 'Română', nederlands: 'Roemeens', dir: 'ltr', locale: 'ro_RO' },
  bg: { eigenNaam: 'Български', nederlands: 'Bulgaars', dir: 'ltr', locale: 'bg_BG' },
  uk: { eigenNaam: 'Українська', nederlands: 'Oekraïens', dir: 'ltr', locale: 'uk_UA' },
  ar: { eigenNaam: 'العربية', nederlands: 'Arabisch', dir: 'rtl', locale: 'ar' },
};

export function isTaal(s: unknown): s is Taal {
  return typeof s === 'string' && (TALEN as readonly string[]).includes(s);
}

/** The language of a site path: its first segment when that is a language code, else Dutch. */
export function taalVanPad(pad: string): Taal {
  const eerste = pad.split('/')[1];
  return isTaal(eerste) && eerste !== 'nl' ? eerste : 'nl';
}

/** The path without its language prefix: `/pl/melden/` → `/melden/`. */
export function zonderTaal(pad: string): string {
  const taal = taalVanPad(pad);
  return taal === 'nl' ? pad : pad.slice(taal.length + 1) || '/';
}

/** A Dutch site path in another language: `/melden/` → `/pl/melden/`; anchors and external links stay. */
export function inTaal(pad: string, taal: Taal): string {
  if (taal === 'nl' || !pad.startsWith('/') || pad.startsWith('//')) return pad;
  if (taalVanPad(pad) !== 'nl') return pad; // already has a language
  return `/${taal}${pad}`;
}

/** Which language's text a page falls back to when it is not translated: English first, then Dutch. */
export function terugval(taal: Taal): Taal[] {
  if (taal === 'nl') return ['nl'];
  if (taal === 'en') return ['en', 'nl'];
  return [taal, 'en', 'nl'];
}

/** Paths that exist only in Dutch (the campaign and its toolkit): their switcher leads to each language's home. */
export function alleenNederlands(pad: string): boolean {
  return zonderTaal(pad).startsWith('/campagne/') || /^\/404(\.html)?\/?$/.test(zonderTaal(pad));
}

/** The same page in `taal` (or that language's home when the page exists only in Dutch). */
export function zelfdePaginaIn(pad: string, taal: Taal): string {
  const kaal = zonderTaal(pad);
  return alleenNederlands(kaal) ? inTaal('/', taal) : inTaal(kaal, taal);
}
