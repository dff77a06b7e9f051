/**
 * The second line of defence after re-encoding: whatever the browser's encoder wrote besides the image
 * itself is removed. A canvas writes no EXIF, GPS or text today; this makes sure no browser ever slips
 * any through. Pure, so it is tested in Node; anything it cannot walk is an error (fail closed).
 */

/** Kept from a PNG: the image and what is needed to show it right. Text, EXIF, time, ICC and private chunks go. */
const PNG_BEHOUDEN = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'sBIT', 'bKGD', 'pHYs']);

export function schoonPng(b: Uint8Array): Uint8Array {
  const delen: Uint8Array[] = [b.subarray(0, 8)];
  let i = 8;
  for (;;) {
    if (i + 12 > b.length) throw new Error('png: afgebroken');
    const lengte = ((b[i]! << 24) >>> 0) + ((b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!);
    const type = String.fromCharCode(...b.subarray(i + 4, i + 8));
    const eind = i + 12 + lengte;
    if (eind > b.length) throw new Error('png: afgebroken');
    if (PNG_BEHOUDEN.has(type)) delen.push(b.subarray(i, eind));
    i = eind;
    if (type === 'IEND') break; // anything appended after the end goes too
  }
  return samen(delen);
}

/** APP0 only as a plain JFIF header without thumbnail; every other APPn (EXIF, XMP, ICC, IPTC, MPF) and COM go. */
function jfifZonderDuimnagel(seg: Uint8Array): boolean {
  const id = String.fromCharCode(...seg.subarray(4, 9));
  return id === 'JFIF\0' && seg.length >= 18 && seg[16] === 0 && seg[17] === 0;
}

export function schoonJpeg(b: Uint8Array): Uint8Array {
  if (b[0] !== 0xff || b[1] !== 0xd8) throw new Error('jpeg: geen begin');
  const delen: Uint8Array[] = [b.subarray(0, 2)];
  let i = 2;
  for (;;) {
    if (i + 2 > b.length) throw new Error('jpeg: geen einde');
    if (b[i] !== 0xff) throw new Error('jpeg: kapotte opbouw');
    const m = b[i + 1]!;
    if (m === 0xd9) {
      delen.push(b.subarray(i, i + 2));
      return samen(delen); // anything appended after the end goes too
    }
    if (m === 0xff) {
      i++;
      continue;
    }
    if (i + 4 > b.length) throw new Error('jpeg: afgebroken');
    const eind = i + 2 + ((b[i + 2]! << 8) | b[i + 3]!);
    if (eind > b.length) throw new Error('jpeg: afgebroken');
    const weg = (m >= 0xe1 && m <= 0xef) || m === 0xfe || (m === 0xe0 && !jfifZonderDuimnagel(b.subarray(i, eind)));
    if (!weg) delen.push(b.subarray(i, eind));
    i = eind;
    if (m === 0xda) {
      // Entropy-coded data up to the next marker: FF 00 is a stuffed byte and FF D0–D7 a restart marker.
      const start = i;
      while (i + 1 < b.length && !(b[i] === 0xff && b[i + 1] !== 0x00 && !(b[i + 1]! >= 0xd0 && b[i + 1]! <= 0xd7))) i++;
      if (i + 1 >= b.length) throw new Error('jpeg: geen einde');
      delen.push(b.subarray(start, i));
    }
  }
}

function samen(delen: Uint8Array[]): Uint8Array {
  const uit = new Uint8Array(delen.reduce((n, d) => n + d.length, 0));
  let i = 0;
  for (const d of delen) {
    uit.set(d, i);
    i += d.length;
  }
  return uit;
}
