import { Resvg } from '@resvg/resvg-js';
import type { Regio } from './schema.ts';

/** The site icon in the region's main colour: an "M" on a rounded square. */
export function faviconSvg(regio: Regio): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${regio.huisstijl.primair}"/><path d="M8 24V8h3.5l4.5 7.5L20.5 8H24v16h-3.5V14.5L16 21.5l-4.5-7V24z" fill="#fff"/></svg>`;
}

/** A 32×32 .ico holding one PNG image (the ICO format allows PNG payloads since Windows Vista). */
export function faviconIco(regio: Regio): Uint8Array {
  const png = new Resvg(faviconSvg(regio), { fitTo: { mode: 'width', value: 32 } }).render().asPng();
  const kop = Buffer.alloc(22);
  kop.writeUInt16LE(0, 0); // reserved
  kop.writeUInt16LE(1, 2); // type: icon
  kop.writeUInt16LE(1, 4); // one image
  kop.writeUInt8(32, 6); // width
  kop.writeUInt8(32, 7); // height
  kop.writeUInt8(0, 8); // no palette
  kop.writeUInt8(0, 9); // reserved
  kop.writeUInt16LE(1, 10); // colour planes
  kop.writeUInt16LE(32, 12); // bits per pixel
  kop.writeUInt32LE(png.length, 14);
  kop.writeUInt32LE(22, 18); // offset of the image data
  return new Uint8Array(Buffer.concat([kop, png]));
}
