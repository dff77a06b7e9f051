/**
 * A neat placeholder logo for an example profile: a shield in the region's colour with its initial, and the
 * name as a wordmark, marked "voorbeeldlogo". Never a copy of a real gemeente's logo. The files are named
 * `voorbeeld-<id>.svg`, which a production build refuses (src/regio/huisstijl.ts).
 *
 *   node src/regio/voorbeeld-logo.ts <id>     writes content/regios/logos/voorbeeld-<id>.svg
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOGO_MAP } from './huisstijl.ts';
import { laadRegio } from './laad.ts';
import type { Regio } from './schema.ts';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Splits a long name over two lines at the space nearest the middle. */
function regels(naam: string): string[] {
  if (naam.length <= 16) return [naam];
  const midden = naam.length / 2;
  const spaties = [...naam.matchAll(/ /g)].map((m) => m.index);
  if (!spaties.length) return [naam];
  const i = spaties.reduce((a, b) => (Math.abs(b - midden) < Math.abs(a - midden) ? b : a));
  return [naam.slice(0, i), naam.slice(i + 1)];
}

export function voorbeeldLogo(regio: Regio): string {
  const naam = regio.korteNaam.replace(/^regio /, 'Regio ');
  const r = regels(naam);
  const kleur = regio.huisstijl.primair;
  const grootte = r.length === 1 ? 26 : 19;
  const breedte = Math.round(64 + Math.max(...r.map((s) => s.length)) * grootte * 0.6);
  const tekst = r
    .map((s, i) => `<text x="62" y="${r.length === 1 ? 44 : 36 + i * 20}" font-size="${grootte}" font-weight="700">${xml(s)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${breedte} 72" width="${breedte}" height="72">
<!-- Voorbeeldlogo, gemaakt door Meldwijzer: vervang het door het echte logo van de gemeente. -->
<path d="M6 6h40v26c0 16-9 26-20 32C15 58 6 48 6 32z" fill="${kleur}"/>
<path d="M10 10h32v22c0 13-7 21-16 26-9-5-16-13-16-26z" fill="none" stroke="#fff" stroke-width="2"/>
<text x="26" y="42" font-family="Arial, Helvetica, sans-serif" font-size="24" font-weight="700" fill="#fff" text-anchor="middle">${xml(naam.replace(/^Regio /, '').charAt(0))}</text>
<g font-family="Arial, Helvetica, sans-serif" fill="#1a1a1a">${tekst}<text x="62" y="${r.length === 1 ? 62 : 68}" font-size="10" fill="#5a5a5a">voorbeeldlogo</text></g>
</svg>
`;
}

if (import.meta.main) {
  const id = process.argv[2];
  if (!id) {
    console.error('Gebruik: node src/regio/voorbeeld-logo.ts <regio-id>');
    process.exit(1);
  }
  const bestand = join(LOGO_MAP, `voorbeeld-${id}.svg`);
  writeFileSync(bestand, voorbeeldLogo(laadRegio(id)));
  console.log(`Geschreven: ${bestand}`);
}
