import type { Regio } from './schema.ts';

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

/** Problems with the house style colours (WCAG 1.4.3 text contrast 4.5:1), as `path: message` lines. */
export function huisstijlFouten(regio: Regio): string[] {
  const h = regio.huisstijl;
  const fouten: string[] = [];
  if (contrast(h.primair, '#ffffff') < 4.5) fouten.push(`huisstijl.primair: te weinig contrast met wit (${contrast(h.primair, '#ffffff').toFixed(2)}:1, nodig 4.5:1)`);
  if (contrast(h.primairDonker, '#ffffff') < 4.5) fouten.push(`huisstijl.primairDonker: te weinig contrast met wit`);
  if (contrast(h.primair, h.accentLicht) < 4.5) fouten.push(`huisstijl.accentLicht: te weinig contrast met huisstijl.primair`);
  if (contrast('#1a1a1a', h.accentLicht) < 4.5) fouten.push(`huisstijl.accentLicht: te donker voor zwarte tekst`);
  return fouten;
}

/** The region's tokens as CSS custom properties. Component CSS only reads these variables. */
export function regioCss(regio: Regio): string {
  const fouten = huisstijlFouten(regio);
  if (fouten.length) throw new Error(`Regioprofiel ${regio.id} klopt niet:\n  ${fouten.join('\n  ')}`);
  const h = regio.huisstijl;
  return `:root{--mw-primair:${h.primair};--mw-primair-donker:${h.primairDonker};--mw-accent-licht:${h.accentLicht}}\n`;
}
