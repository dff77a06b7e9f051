/**
 * The typefaces of every generated poster and image, as files from node_modules, never a system font, so a
 * fresh CI machine renders the same pixels and the same PDF as a developer's:
 * - Open Sans (Apache-2.0, npm package open-sans-fonts, TTF): Latin with all Dutch, Polish and Romanian
 *   diacritics (é, ë, ą, ł, ș, ț …) and Cyrillic for Bulgarian and Ukrainian;
 * - Noto Sans Arabic (OFL-1.1, npm package @fontsource/noto-sans-arabic, its Arabic-script WOFF files) for
 *   Arabic. That file has Arabic letters and punctuation only: numbers, addresses and names on an Arabic
 *   poster are separate runs in Open Sans.
 * A language picks its font with letterVoor(); every measuring function takes that choice.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit, { type Font } from '@pdf-lib/fontkit';
import type { Taal } from '../../i18n/talen.ts';
import { woffNaarTtf } from './woff.ts';

// Resolve from the project root: inside an Astro build this module runs from a chunk in the output folder.
const require = createRequire(join(process.cwd(), 'package.json'));
const map = join(dirname(require.resolve('open-sans-fonts/package.json')), 'open-sans');
const arabisch = join(dirname(require.resolve('@fontsource/noto-sans-arabic/package.json')), 'files');

export const LETTERTYPE = {
  /** Family name as the TTF declares it; SVG text uses it. */
  familie: 'Open Sans',
  gewoon: join(map, 'Regular/OpenSans-Regular.ttf'),
  vet: join(map, 'Bold/OpenSans-Bold.ttf'),
} as const;

export type Gewicht = 'gewoon' | 'vet';
/** Which typeface: Open Sans for Latin and Cyrillic, Noto Sans Arabic for Arabic script. */
export type Letter = 'open-sans' | 'noto-sans-arabic';

const BESTANDEN: Record<Letter, Record<Gewicht, string>> = {
  'open-sans': { gewoon: LETTERTYPE.gewoon, vet: LETTERTYPE.vet },
  'noto-sans-arabic': {
    gewoon: join(arabisch, 'noto-sans-arabic-arabic-400-normal.woff'),
    vet: join(arabisch, 'noto-sans-arabic-arabic-700-normal.woff'),
  },
};

/** The typeface for text in `taal`. */
export function letterVoor(taal: Taal): Letter {
  return taal === 'ar' ? 'noto-sans-arabic' : 'open-sans';
}

const bytes = new Map<string, Uint8Array>();
/** The font as TrueType bytes (a WOFF is unpacked first), read once per build. */
export function lettertypeBytes(gewicht: Gewicht, letter: Letter = 'open-sans'): Uint8Array {
  const sleutel = `${letter}|${gewicht}`;
  let b = bytes.get(sleutel);
  if (!b) {
    const bestand = BESTANDEN[letter][gewicht];
    b = bestand.endsWith('.woff') ? woffNaarTtf(readFileSync(bestand)) : readFileSync(bestand);
    bytes.set(sleutel, b);
  }
  return b;
}

const fonts = new Map<string, Font>();
/** The parsed font (fontkit), for measuring, shaping and glyph checks. */
export function lettertype(gewicht: Gewicht, letter: Letter = 'open-sans'): Font {
  const sleutel = `${letter}|${gewicht}`;
  let f = fonts.get(sleutel);
  if (!f) {
    f = fontkit.create(Buffer.from(lettertypeBytes(gewicht, letter)));
    fonts.set(sleutel, f);
  }
  return f;
}

/** Width of `tekst` at `grootte` (same unit as grootte: points in a PDF, pixels in an SVG). */
export function breedte(tekst: string, grootte: number, gewicht: Gewicht, letter: Letter = 'open-sans'): number {
  const f = lettertype(gewicht, letter);
  return (f.layout(tekst).advanceWidth / f.unitsPerEm) * grootte;
}

/**
 * Breaks `tekst` into lines no wider than `max`. SVG and PDF do not wrap text themselves.
 * A single word wider than `max` stays on its own line rather than being cut. Lines keep the logical
 * (reading) order, also for Arabic: shaping puts each line right to left.
 */
export function regels(tekst: string, grootte: number, gewicht: Gewicht, max: number, letter: Letter = 'open-sans'): string[] {
  const uit: string[] = [];
  let regel = '';
  for (const woord of tekst.split(/\s+/).filter(Boolean)) {
    const poging = regel ? `${regel} ${woord}` : woord;
    if (regel && breedte(poging, grootte, gewicht, letter) > max) {
      uit.push(regel);
      regel = woord;
    } else {
      regel = poging;
    }
  }
  if (regel) uit.push(regel);
  return uit;
}

/**
 * The largest size from `grootte` down to `min` at which `tekst` fits in `regelsMax` lines of `max` wide;
 * long themes shrink instead of running off the poster.
 */
export function pasIn(
  tekst: string, grootte: number, min: number, gewicht: Gewicht, max: number, regelsMax: number, letter: Letter = 'open-sans',
): { grootte: number; regels: string[] } {
  for (let g = grootte; g > min; g -= 2) {
    const r = regels(tekst, g, gewicht, max, letter);
    if (r.length <= regelsMax && r.every((x) => breedte(x, g, gewicht, letter) <= max)) return { grootte: g, regels: r };
  }
  return { grootte: min, regels: regels(tekst, min, gewicht, max, letter) };
}

/** Whether every character of `tekst` has a real glyph in the font (no .notdef box after shaping). */
export function heeftGlyphs(tekst: string, gewicht: Gewicht, letter: Letter = 'open-sans'): boolean {
  return lettertype(gewicht, letter).layout(tekst).glyphs.every((g) => g.id !== 0);
}
