/**
 * Self-made pictograms for the four doelgroepen and the four forms of exploitation: simple line drawings on
 * a 48×48 grid in the region's colour, no people's faces, no stock images. Used on the home page (as files
 * from /beeld/<naam>.svg) and on the campaign posters and images (inlined in the SVG they draw).
 */
import type { Regio } from '../regio/schema.ts';

/** Each pictogram: what it shows (for alt text where it carries meaning) and its drawing. */
export const PICTOGRAMMEN = {
  // A house with a lit window: people in the neighbourhood.
  inwoners: { beeld: 'een huis', teken: '<path d="M6 22 24 7l18 15"/><path d="M11 19v21h26V19"/><path class="v" d="M20 40V29h8v11z"/><path d="M29 20h5v5h-5z"/>' },
  // A shop front with an awning: businesses.
  ondernemers: { beeld: 'een winkelpui', teken: '<path d="M8 8h32l3 10H5z"/><path class="v" d="M5 18c0 3 3 5 6.3 5s6.3-2 6.3-5c0 3 3 5 6.4 5s6.4-2 6.4-5c0 3 3 5 6.3 5S43 21 43 18"/><path d="M9 23v17h30V23"/><path d="M19 40V30h10v10"/>' },
  // A clipboard with a tick list: professionals who signal.
  professionals: { beeld: 'een klembord met een lijst', teken: '<path d="M12 9h24v33H12z"/><path class="v" d="M19 6h10v6H19z"/><path d="m17 21 2 2 4-4"/><path d="M26 21h6"/><path d="m17 31 2 2 4-4"/><path d="M26 31h6"/>' },
  // A phone with a chat bubble: young people, online.
  jongeren: { beeld: 'een telefoon met een chatbericht', teken: '<path d="M14 5h16v38H14z"/><path d="M20 38h4"/><path class="v" d="M26 12h16v11h-9l-4 4v-4h-3z"/>' },
  // A heart behind a padlock: forced sex work.
  'seksuele-uitbuiting': { beeld: 'een hart met een hangslot', teken: '<path d="M24 41S6 30 6 17c0-6 4-10 9-10 4 0 7 2 9 6 2-4 5-6 9-6 5 0 9 4 9 10 0 13-18 24-18 24z"/><path class="v" d="M18 24h12v10H18z"/><path d="M20.5 24v-3a3.5 3.5 0 0 1 7 0v3"/>' },
  // A hard hat over a chain link: forced labour.
  arbeidsuitbuiting: { beeld: 'een bouwhelm en een schakel van een ketting', teken: '<path d="M8 26a16 16 0 0 1 32 0"/><path d="M5 26h38v5H5z"/><path d="M24 10v8"/><rect class="v" x="13" y="35" width="12" height="8" rx="4"/><rect x="23" y="35" width="12" height="8" rx="4"/>' },
  // A parcel being handed on: forced crime, drug runs.
  'criminele-uitbuiting': { beeld: 'een pakketje', teken: '<path d="M8 16 24 8l16 8v18l-16 8-16-8z"/><path d="m8 16 16 8 16-8"/><path d="M24 24v18"/><path class="v" d="m16 12 16 8v7"/>' },
  // A medical cross in a shield: forced organ removal.
  orgaanverwijdering: { beeld: 'een medisch kruis', teken: '<path d="M24 5 39 10v12c0 10-7 17-15 21C16 39 9 32 9 22V10z"/><path class="v" d="M21 15h6v6h6v6h-6v6h-6v-6h-6v-6h6z"/>' },
} as const;

export type Pictogram = keyof typeof PICTOGRAMMEN;
export const PICTOGRAM_NAMEN = Object.keys(PICTOGRAMMEN) as Pictogram[];

/**
 * The pictogram as a standalone SVG: lines in the region's colour, the accent part filled with its light tint.
 * `maat` sets width/height (the drawing scales from its viewBox).
 */
export function pictogramSvg(naam: Pictogram, regio: Regio, maat = 48): string {
  const h = regio.huisstijl;
  // Attributes, not a <style>: resvg (posters) and every browser read them the same way.
  const teken = PICTOGRAMMEN[naam].teken.replace(/class="v"/g, `fill="${h.accentLicht}"`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="${maat}" height="${maat}"><g fill="none" stroke="${h.primair}" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round">${teken}</g></svg>`;
}
