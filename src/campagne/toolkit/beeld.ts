/**
 * PNG images for social media, partner banners and Open Graph previews: an SVG string laid out here
 * (SVG does not wrap text, so lines are measured with the real font) and rendered by resvg with the
 * Open Sans files from node_modules. No system fonts are read, so every machine gives the same pixels.
 */
import { Resvg } from '@resvg/resvg-js';
import type { Campagne, Doelgroep } from '../schema.ts';
import type { Regio } from '../../regio/schema.ts';
import { LETTERTYPE, pasIn, type Gewicht } from './lettertype.ts';
import { DAG, meldUrlKort, oproepVoor } from './teksten.ts';
import { logoInSvg, pictogramInSvg } from './beeldmerk.ts';

const xml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

interface Regel { tekst: string; x: number; y: number; grootte: number; gewicht: Gewicht; kleur: string; anker?: 'start' | 'middle' }
function tekstSvg(r: Regel): string {
  return `<text x="${r.x}" y="${r.y.toFixed(1)}" font-family="${LETTERTYPE.familie}" font-size="${r.grootte}" font-weight="${r.gewicht === 'vet' ? 700 : 400}" fill="${r.kleur}"${r.anker === 'middle' ? ' text-anchor="middle"' : ''}>${xml(r.tekst)}</text>`;
}

/** A block of wrapped text starting at `y` (top of the block); returns the SVG and the y below it. */
function blok(tekst: string, o: { x: number; y: number; breed: number; grootte: number; min: number; regels: number; gewicht: Gewicht; kleur: string; interlinie?: number }): { svg: string; y: number } {
  const pas = pasIn(tekst, o.grootte, o.min, o.gewicht, o.breed, o.regels);
  const stap = pas.grootte * (o.interlinie ?? 1.25);
  let y = o.y;
  const svg = pas.regels
    .map((t) => {
      y += stap;
      return tekstSvg({ tekst: t, x: o.x, y: y - stap * 0.22, grootte: pas.grootte, gewicht: o.gewicht, kleur: o.kleur });
    })
    .join('');
  return { svg, y };
}

function svg(b: number, h: number, titel: string, inhoud: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${b}" height="${h}" viewBox="0 0 ${b} ${h}"><title>${xml(titel)}</title>${inhoud}</svg>`;
}

/** Renders SVG to PNG with only the bundled fonts. */
export function naarPng(svgTekst: string): Uint8Array {
  const r = new Resvg(svgTekst, {
    // sans-serif (used by the logo files) also maps to the bundled font: no system fonts, same pixels everywhere.
    font: { fontFiles: [LETTERTYPE.gewoon, LETTERTYPE.vet], loadSystemFonts: false, defaultFontFamily: LETTERTYPE.familie, sansSerifFamily: LETTERTYPE.familie },
    fitTo: { mode: 'original' },
  });
  return r.render().asPng();
}

export const SOCIAAL_MATEN = { vierkant: [1080, 1080], breed: [1200, 630] } as const;
export type SociaalMaat = keyof typeof SOCIAAL_MATEN;

/**
 * Social image: a white strip with the region's logo and the doelgroep's pictogram, then the day, the theme
 * and the key message for `d`, and a band with the call to action, the address and 112 for danger.
 */
export function sociaalSvg(c: Campagne, regio: Regio, d: Doelgroep, maat: SociaalMaat): string {
  const [B, H] = SOCIAAL_MATEN[maat];
  const h = regio.huisstijl;
  const vierkant = maat === 'vierkant';
  const m = vierkant ? 80 : 64;
  const breed = B - 2 * m;
  const strook = vierkant ? 130 : 92;
  const band = vierkant ? 270 : 168;
  let inhoud = `<rect width="${B}" height="${H}" fill="${h.primair}"/><rect width="${B}" height="${strook}" fill="#ffffff"/>`;
  const logoHoogte = vierkant ? 84 : 64;
  inhoud += logoInSvg(regio, m, (strook - logoHoogte) / 2, logoHoogte).svg;
  const picto = vierkant ? 96 : 72;
  inhoud += pictogramInSvg(d, regio, B - m - picto, (strook - picto) / 2, picto);
  let y = strook + (vierkant ? 40 : 22);
  inhoud += tekstSvg({ tekst: DAG, x: m, y: y + (vierkant ? 30 : 24), grootte: vierkant ? 34 : 28, gewicht: 'gewoon', kleur: '#ffffff' });
  y += vierkant ? 60 : 40;
  const thema = blok(c.thema, { x: m, y, breed, grootte: vierkant ? 80 : 56, min: 36, regels: vierkant ? 3 : 1, gewicht: 'vet', kleur: '#ffffff', interlinie: 1.15 });
  inhoud += thema.svg;
  y = thema.y + (vierkant ? 24 : 10);
  inhoud += blok(c.boodschappen[d], { x: m, y, breed, grootte: vierkant ? 38 : 28, min: 22, regels: vierkant ? 5 : 3, gewicht: 'gewoon', kleur: '#ffffff', interlinie: 1.3 }).svg;
  inhoud += `<rect y="${H - band}" width="${B}" height="${band}" fill="${h.accentLicht}"/>`;
  const oproep = blok(oproepVoor(c, d), { x: m, y: H - band + (vierkant ? 36 : 16), breed, grootte: vierkant ? 46 : 34, min: 26, regels: 1, gewicht: 'vet', kleur: '#1a1a1a' });
  inhoud += oproep.svg;
  inhoud += tekstSvg({ tekst: `Meld anoniem via ${meldUrlKort(regio)}`, x: m, y: oproep.y + (vierkant ? 50 : 36), grootte: vierkant ? 34 : 26, gewicht: 'gewoon', kleur: '#1a1a1a' });
  // The helpline: acute danger always goes to 112, for jongeren in "je".
  inhoud += tekstSvg({ tekst: d === 'jongeren' ? 'Ben je in gevaar? Bel 112' : 'Direct gevaar? Bel 112', x: m, y: oproep.y + (vierkant ? 106 : 76), grootte: vierkant ? 38 : 28, gewicht: 'vet', kleur: '#1a1a1a' });
  return svg(B, H, c.thema, inhoud);
}

export const BANNER_MATEN = { leaderboard: [728, 90], rechthoek: [300, 250] } as const;
export type BannerMaat = keyof typeof BANNER_MATEN;

/** Banner for partner sites: theme, call to action and a "Meld anoniem" button shape. */
export function bannerSvg(c: Campagne, regio: Regio, maat: BannerMaat): string {
  const [B, H] = BANNER_MATEN[maat];
  const h = regio.huisstijl;
  let inhoud = `<rect width="${B}" height="${H}" fill="${h.primair}"/>`;
  if (maat === 'leaderboard') {
    const knopB = 170;
    const breed = B - 16 - knopB - 32;
    const thema = blok(c.thema, { x: 16, y: 8, breed, grootte: 26, min: 16, regels: 1, gewicht: 'vet', kleur: '#ffffff' });
    inhoud += thema.svg;
    inhoud += blok(c.oproep, { x: 16, y: thema.y + 2, breed, grootte: 20, min: 13, regels: 1, gewicht: 'gewoon', kleur: h.accentLicht }).svg;
    inhoud += `<rect x="${B - knopB - 16}" y="22" width="${knopB}" height="46" rx="6" fill="${h.accentLicht}"/>`;
    inhoud += tekstSvg({ tekst: 'Meld anoniem', x: B - 16 - knopB / 2, y: 52, grootte: 21, gewicht: 'vet', kleur: '#1a1a1a', anker: 'middle' });
  } else {
    const thema = blok(c.thema, { x: 20, y: 14, breed: B - 40, grootte: 30, min: 18, regels: 3, gewicht: 'vet', kleur: '#ffffff', interlinie: 1.15 });
    inhoud += thema.svg;
    inhoud += blok(c.oproep, { x: 20, y: thema.y + 4, breed: B - 40, grootte: 19, min: 13, regels: 2, gewicht: 'gewoon', kleur: h.accentLicht }).svg;
    inhoud += `<rect x="20" y="${H - 66}" width="${B - 40}" height="46" rx="6" fill="${h.accentLicht}"/>`;
    inhoud += tekstSvg({ tekst: 'Meld anoniem', x: B / 2, y: H - 35, grootte: 21, gewicht: 'vet', kleur: '#1a1a1a', anker: 'middle' });
  }
  return svg(B, H, c.thema, inhoud);
}

/** The site's default link preview (/og/standaard.png): the region's logo, site name, region and subtitle. */
export function standaardOgSvg(regio: Regio, siteNaam: string, ondertitel: string): string {
  const h = regio.huisstijl;
  let inhoud = `<rect width="1200" height="630" fill="${h.primair}"/><rect width="1200" height="120" fill="#ffffff"/>`;
  inhoud += logoInSvg(regio, 80, 24, 72).svg;
  const naam = blok(`${siteNaam} ${regio.korteNaam}`, { x: 80, y: 170, breed: 1040, grootte: 88, min: 48, regels: 2, gewicht: 'vet', kleur: '#ffffff', interlinie: 1.1 });
  inhoud += naam.svg;
  inhoud += blok(ondertitel, { x: 80, y: naam.y + 16, breed: 1040, grootte: 44, min: 28, regels: 2, gewicht: 'gewoon', kleur: h.accentLicht }).svg;
  inhoud += `<rect y="540" width="1200" height="90" fill="${h.accentLicht}"/>`;
  inhoud += tekstSvg({ tekst: 'Direct gevaar? Bel 112', x: 80, y: 598, grootte: 34, gewicht: 'vet', kleur: '#1a1a1a' });
  return svg(1200, 630, `${siteNaam} ${regio.korteNaam}`, inhoud);
}
