import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGIO_MAP } from './laad.ts';
import type { Regio } from './schema.ts';
import { themaCss } from './thema.ts';

/** Folder with the regions' logo files (SVG), named by `huisstijl.logo.bestand`. */
export const LOGO_MAP = join(REGIO_MAP, 'logos');

/** Body text colour and page background of the site (src/styles/basis.css); pairs below are checked against them. */
export const TEKST = '#1a1a1a';
export const ACHTERGROND = '#ffffff';
/** WCAG 1.4.3: normal text needs 4.5:1. */
const NODIG = 4.5;

/** A generated placeholder logo is named `voorbeeld-….svg`: fine for a demo, refused for production. */
export function isVoorbeeldLogo(bestand: string): boolean {
  return bestand.startsWith('voorbeeld-');
}

/** WCAG relative luminance of #rrggbb. */
function luminantie(hex: string): number {
  const kanaal = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * kanaal(1) + 0.7152 * kanaal(3) + 0.0722 * kanaal(5);
}

export function contrast(a: string, b: string): number {
  const [l1, l2] = [luminantie(a), luminantie(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/**
 * Problems with the house style colours, as `path: message` lines naming the pair and its ratio.
 * The pairs are the ones the site really draws: white text on the header and buttons, links on the page,
 * links and body text on the light tint (notes, campaign banner).
 */
export function huisstijlFouten(regio: Regio): string[] {
  const h = regio.huisstijl;
  const paren: [pad: string, voorgrond: string, voorNaam: string, achtergrond: string, achterNaam: string][] = [
    ['huisstijl.primair', '#ffffff', 'witte tekst', h.primair, 'primair'],
    ['huisstijl.primairDonker', '#ffffff', 'witte tekst', h.primairDonker, 'primairDonker'],
    ['huisstijl.primair', h.primair, 'links (primair)', ACHTERGROND, 'de achtergrond'],
    ['huisstijl.accentLicht', h.primair, 'links (primair)', h.accentLicht, 'accentLicht'],
    ['huisstijl.accentLicht', TEKST, 'tekst', h.accentLicht, 'accentLicht'],
  ];
  const fouten: string[] = [];
  for (const [pad, voor, voorNaam, achter, achterNaam] of paren) {
    const c = contrast(voor, achter);
    if (c < NODIG) fouten.push(`${pad}: ${voorNaam} ${voor} op ${achterNaam} ${achter} heeft ${c.toFixed(2)}:1 contrast, nodig ${NODIG}:1`);
  }
  return [...new Set(fouten)];
}

/** Problems with the logo file: missing, not SVG, no alt text; a placeholder logo too when `productie`. */
export function logoFouten(regio: Regio, productie: boolean, map = LOGO_MAP): string[] {
  const logo = regio.huisstijl.logo;
  const fouten: string[] = [];
  if (!logo.alt.trim()) fouten.push('huisstijl.logo.alt: geef het logo een alt-tekst, bijvoorbeeld "Logo gemeente De Bilt"');
  let inhoud: string;
  try {
    inhoud = readFileSync(join(map, logo.bestand), 'utf8');
  } catch {
    return [...fouten, `huisstijl.logo.bestand: ${logo.bestand} staat niet in content/regios/logos/`];
  }
  // Only an SVG scales sharply on every screen and poster; a renamed PNG would break the header and the posters.
  if (!/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(inhoud) || !/<\/svg>\s*$/.test(inhoud)) {
    fouten.push(`huisstijl.logo.bestand: ${logo.bestand} is geen SVG-bestand`);
  } else if (!/viewBox="[\d.\s-]+"/.test(inhoud)) {
    fouten.push(`huisstijl.logo.bestand: ${logo.bestand} heeft geen viewBox, zodat het niet goed schaalt`);
  } else if (/<script|\son\w+=|href="(?!#)/i.test(inhoud)) {
    // The logo is also inlined on posters and served from this site: no scripts, no references elsewhere.
    fouten.push(`huisstijl.logo.bestand: ${logo.bestand} bevat een script of een verwijzing naar een ander bestand`);
  }
  if (productie && isVoorbeeldLogo(logo.bestand)) {
    fouten.push(`huisstijl.logo.bestand: ${logo.bestand} is een voorbeeldlogo; zet het echte logo van de gemeente (SVG) in content/regios/logos/`);
  }
  return fouten;
}

/**
 * Every house style problem of a region, as `path: message` lines. `npm run controle` calls it with
 * productie = true; the build calls it through regioCss (productie from MELDWIJZER_PRODUCTIE).
 */
export function controleerHuisstijl(regio: Regio, productie: boolean, map = LOGO_MAP): string[] {
  return [...huisstijlFouten(regio), ...logoFouten(regio, productie, map)];
}

/** Throws with all problems at once, so the build stops with a readable list. */
export function vereisHuisstijl(regio: Regio, productie = process.env.MELDWIJZER_PRODUCTIE === '1', map = LOGO_MAP): void {
  const fouten = controleerHuisstijl(regio, productie, map);
  if (fouten.length) throw new Error(`Regioprofiel ${regio.id} klopt niet:\n  ${fouten.join('\n  ')}`);
}

/** The logo file's SVG text (checked first). */
export function logoSvg(regio: Regio, map = LOGO_MAP): string {
  vereisHuisstijl(regio, undefined, map);
  return readFileSync(join(map, regio.huisstijl.logo.bestand), 'utf8');
}

/** Width and height of the logo from its viewBox, for the <img> attributes (no layout shift). */
export function logoMaat(regio: Regio, map = LOGO_MAP): { breedte: number; hoogte: number } {
  const m = /viewBox="\s*[\d.-]+\s+[\d.-]+\s+([\d.]+)\s+([\d.]+)\s*"/.exec(logoSvg(regio, map));
  if (!m) throw new Error(`huisstijl.logo.bestand: ${regio.huisstijl.logo.bestand} heeft geen bruikbare viewBox`);
  return { breedte: Math.round(Number(m[1])), hoogte: Math.round(Number(m[2])) };
}

/**
 * The region's tokens as CSS custom properties: the site's own (--mw-*) and the NL Design System tokens the
 * page parts read (--utrecht-*, --nl-*), so a gemeente changes its theme by its profile alone.
 */
export function regioCss(regio: Regio): string {
  vereisHuisstijl(regio);
  const h = regio.huisstijl;
  return `:root{--mw-primair:${h.primair};--mw-primair-donker:${h.primairDonker};--mw-accent-licht:${h.accentLicht}}\n${themaCss(regio)}`;
}
