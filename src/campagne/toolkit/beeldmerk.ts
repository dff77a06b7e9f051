/**
 * The region's logo and the pictograms on campaign material. Social images are SVG rendered by resvg, so
 * the logo goes in as a nested <svg>; posters are PDF, so it goes in as a sharp PNG rendered here.
 */
import { logoMaat, logoSvg } from '../../regio/huisstijl.ts';
import type { Regio } from '../../regio/schema.ts';
import { pictogramSvg, type Pictogram } from '../../beeld/pictogrammen.ts';
import { naarPng } from './beeld.ts';

/** The logo file's drawing as a nested <svg> at (x, y), `hoogte` high; the width follows its viewBox. */
export function logoInSvg(regio: Regio, x: number, y: number, hoogte: number): { svg: string; breedte: number } {
  const maat = logoMaat(regio);
  const breedte = (hoogte * maat.breedte) / maat.hoogte;
  const bron = logoSvg(regio).replace(/<\?xml[^>]*>/, '').replace(/<!--[\s\S]*?-->/g, '');
  // Replace the outer <svg …> with one placed and sized here; its viewBox keeps the drawing's own coordinates.
  const viewBox = /viewBox="([^"]+)"/.exec(bron)![1];
  const binnen = bron.replace(/^\s*<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  return { svg: `<svg x="${x}" y="${y}" width="${breedte.toFixed(1)}" height="${hoogte}" viewBox="${viewBox}">${binnen}</svg>`, breedte };
}

/** The logo as PNG `hoogte` pixels high (for pdf-lib, which cannot draw SVG), on transparent ground. */
export function logoPng(regio: Regio, hoogte: number): { png: Uint8Array; breedte: number; hoogte: number } {
  const { svg, breedte } = logoInSvg(regio, 0, 0, hoogte);
  const b = Math.ceil(breedte);
  return { png: naarPng(`<svg xmlns="http://www.w3.org/2000/svg" width="${b}" height="${hoogte}" viewBox="0 0 ${b} ${hoogte}">${svg}</svg>`), breedte: b, hoogte };
}

/** A pictogram as a nested <svg> at (x, y), `maat` square. */
export function pictogramInSvg(naam: Pictogram, regio: Regio, x: number, y: number, maat: number): string {
  return pictogramSvg(naam, regio, maat).replace('<svg ', `<svg x="${x}" y="${y}" `);
}

/** A pictogram as PNG (for the posters). */
export function pictogramPng(naam: Pictogram, regio: Regio, maat: number): Uint8Array {
  return naarPng(pictogramSvg(naam, regio, maat));
}
