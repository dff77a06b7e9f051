/**
 * QR code as a list of dark rectangles (one per horizontal run of modules), so posters draw it as
 * vector shapes and SVG images as <rect>s: sharp at any print size, no bitmap in between.
 */
import QRCode from 'qrcode';

export interface Qr {
  /** Modules per side, without the quiet zone. */
  grootte: number;
  /** Dark runs: x, y and width in modules (height 1). */
  blokken: { x: number; y: number; b: number }[];
}

/** Error correction M: still readable with 15% damage (a folded or scuffed poster). */
export function qrCode(tekst: string): Qr {
  const qr = QRCode.create(tekst, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const blokken: Qr['blokken'] = [];
  for (let y = 0; y < n; y++) {
    let x = 0;
    while (x < n) {
      if (!qr.modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < n && qr.modules.get(y, x)) x++;
      blokken.push({ x: start, y, b: x - start });
    }
  }
  return { grootte: n, blokken };
}
