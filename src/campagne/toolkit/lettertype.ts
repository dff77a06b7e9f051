/**
 * The typeface of every generated poster and image: Open Sans (Apache-2.0), shipped as TTF in the npm
 * package open-sans-fonts. A file from node_modules, not a system font, so a fresh CI machine renders the
 * same pixels and the same PDF as a developer's, with all Dutch diacritics (é, ë, ï, ‘ ’ –).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';

// Resolve from the project root: inside an Astro build this module runs from a chunk in the output folder.
const require = createRequire(join(process.cwd(), 'package.json'));
const map = join(dirname(require.resolve('open-sans-fonts/package.json')), 'open-sans');

export const LETTERTYPE = {
  /** Family name as the TTF declares it; SVG text uses it. */
  familie: 'Open Sans',
  gewoon: join(map, 'Regular/OpenSans-Regular.ttf'),
  vet: join(map, 'Bold/OpenSans-Bold.ttf'),
} as const;

export type Gewicht = 'gewoon' | 'vet';

const bytes = new Map<Gewicht, Uint8Array>();
/** The TTF bytes, read once per build. */
export function lettertypeBytes(gewicht: Gewicht): Uint8Array {
  let b = bytes.get(gewicht);
  if (!b) {
    b = readFileSync(LETTERTYPE[gewicht]);
    bytes.set(gewicht, b);
  }
  return b;
}

interface Font { unitsPerEm: number; layout(tekst: string): { advanceWidth: number } }
const fonts = new Map<Gewicht, Font>();
function font(gewicht: Gewicht): Font {
  let f = fonts.get(gewicht);
  if (!f) {
    f = fontkit.create(Buffer.from(lettertypeBytes(gewicht))) as unknown as Font;
    fonts.set(gewicht, f);
  }
  return f;
}

/** Width of `tekst` at `grootte` (same unit as grootte: points in a PDF, pixels in an SVG). */
export function breedte(tekst: string, grootte: number, gewicht: Gewicht): number {
  const f = font(gewicht);
  return (f.layout(tekst).advanceWidth / f.unitsPerEm) * grootte;
}

/**
 * Breaks `tekst` into lines no wider than `max`. SVG and PDF do not wrap text themselves.
 * A single word wider than `max` stays on its own line rather than being cut.
 */
export function regels(tekst: string, grootte: number, gewicht: Gewicht, max: number): string[] {
  const uit: string[] = [];
  let regel = '';
  for (const woord of tekst.split(/\s+/).filter(Boolean)) {
    const poging = regel ? `${regel} ${woord}` : woord;
    if (regel && breedte(poging, grootte, gewicht) > max) {
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
export function pasIn(tekst: string, grootte: number, min: number, gewicht: Gewicht, max: number, regelsMax: number): { grootte: number; regels: string[] } {
  for (let g = grootte; g > min; g -= 2) {
    const r = regels(tekst, g, gewicht, max);
    if (r.length <= regelsMax && r.every((x) => breedte(x, g, gewicht) <= max)) return { grootte: g, regels: r };
  }
  return { grootte: min, regels: regels(tekst, min, gewicht, max) };
}
