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

/** The QR code as SVG elements at (x, y), `maat` wide including a white quiet zone of 4 modules. */
export function qrSvg(tekst: string, x: number, y: number, maat: number): string {
  const qr = qrCode(tekst);
  const m = maat / (qr.grootte + 8);
  const rects = qr.blokken
    .map((k) => `<rect x="${(x + (k.x + 4) * m).toFixed(2)}" y="${(y + (k.y + 4) * m).toFixed(2)}" width="${(k.b * m + 0.01).toFixed(2)}" height="${(m + 0.01).toFixed(2)}"/>`)
    .join('');
  return `<rect x="${x}" y="${y}" width="${maat}" height="${maat}" fill="#ffffff"/><g fill="#000000">${rects}</g>`;
}
