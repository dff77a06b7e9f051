/**
 * Which of the chosen files become photos of the melding: one by one, until the count or the total size
 * would be exceeded. Every refused file gets its reason; the photos already there stay. The cleaning
 * itself (`maak`) is injected, so this is tested without a browser.
 */
import type { SchoneFoto, Weigering } from './maak.ts';
import type { FormulierTekst } from '../../../i18n/formulier.ts';
import { vul } from '../../../i18n/vul.ts';
import { FOTO_BESTAND_MAX, FOTO_PIXELS_MAX } from '../../../melding/fotos.ts';
import { getal, grootteTekst } from '../teller.ts';

export type FotoWeigering = Weigering | 'te_veel' | 'boven_limiet';

export interface Grens {
  aantal: number;
  bytes: number;
}

export interface Afgewezen {
  naam: string;
  reden: FotoWeigering;
}

export async function kiesFotos<B extends { name: string }>(
  bestanden: readonly B[],
  al: readonly { data: { length: number } }[],
  grens: Grens,
  maak: (bestand: B) => Promise<SchoneFoto | Weigering>,
  erbij: (foto: SchoneFoto) => void,
): Promise<Afgewezen[]> {
  const af: Afgewezen[] = [];
  let aantal = al.length;
  let bytes = al.reduce((n, f) => n + f.data.length, 0);
  for (const b of bestanden) {
    if (aantal >= grens.aantal) {
      af.push({ naam: b.name, reden: 'te_veel' });
      continue;
    }
    const r = await maak(b);
    if (typeof r === 'string') af.push({ naam: b.name, reden: r });
    else if (bytes + r.data.length > grens.bytes) af.push({ naam: b.name, reden: 'boven_limiet' });
    else {
      aantal++;
      bytes += r.data.length;
      erbij(r);
    }
  }
  return af;
}

/** The sentence next to the field for each refused file, in the page's language. */
export function foutZinnen(af: readonly Afgewezen[], grens: Grens, F: FormulierTekst): string[] {
  return af.map(({ naam, reden }) =>
    vul(F.fotos.fout[reden], {
      naam,
      max: getal(grens.aantal, F),
      grootte: grootteTekst(reden === 'bestand_te_groot' ? FOTO_BESTAND_MAX : grens.bytes, F),
      megapixel: getal(FOTO_PIXELS_MAX / 1_000_000, F),
    }),
  );
}
