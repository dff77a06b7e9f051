/**
 * What a chosen file is, from its first bytes rather than its name or the type the browser guesses, and
 * how large an image it declares: read before decoding, so an image bomb (a small file that declares a
 * huge image) is refused without ever allocating its pixels. Pure, so it is tested in Node.
 */

export type Soort = 'jpeg' | 'png' | 'webp' | 'heif';

export type Herkend =
  | { soort: Soort; type: string; breedte: number | null; hoogte: number | null }
  | { fout: 'geen_foto' | 'kapot' };

const u16 = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32 = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + ((b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!);
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

/** Start-of-frame markers (C0–CF without DHT C4, JPG C8 and DAC CC) carry the image size. */
const isSof = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

/** Walks the JPEG segments up to the first frame header; a broken chain of segments is a broken file. */
function jpeg(b: Uint8Array): Herkend {
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return { fout: 'kapot' };
    const m = b[i + 1]!;
    if (m === 0xff) {
      i++; // fill byte
      continue;
    }
    if (m === 0x01 || (m >= 0xd0 && m <= 0xd7)) {
      i += 2;
      continue;
    }
    if (m === 0xd9 || m === 0xda || m === 0xd8) return { fout: 'kapot' }; // image data or end before any frame header
    const lengte = u16(b, i + 2);
    if (lengte < 2 || i + 2 + lengte > b.length) return { fout: 'kapot' };
    if (isSof(m)) {
      if (lengte < 8) return { fout: 'kapot' };
      const hoogte = u16(b, i + 5);
      const breedte = u16(b, i + 7);
      if (!breedte || !hoogte) return { fout: 'kapot' };
      return { soort: 'jpeg', type: 'image/jpeg', breedte, hoogte };
    }
    i += 2 + lengte;
  }
  return { fout: 'kapot' };
}

function png(b: Uint8Array): Herkend {
  if (b.length < 33 || ascii(b, 12, 4) !== 'IHDR' || u32(b, 8) !== 13) return { fout: 'kapot' };
  const breedte = u32(b, 16);
  const hoogte = u32(b, 20);
  if (!breedte || !hoogte) return { fout: 'kapot' };
  return { soort: 'png', type: 'image/png', breedte, hoogte };
}

function webp(b: Uint8Array): Herkend {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ' && b.length >= 30 && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) {
    return { soort: 'webp', type: 'image/webp', breedte: u16le(b, 26) & 0x3fff, hoogte: u16le(b, 28) & 0x3fff };
  }
  if (chunk === 'VP8L' && b.length >= 25 && b[20] === 0x2f) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { soort: 'webp', type: 'image/webp', breedte: (bits & 0x3fff) + 1, hoogte: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X' && b.length >= 30) {
    return { soort: 'webp', type: 'image/webp', breedte: u24le(b, 24) + 1, hoogte: u24le(b, 27) + 1 };
  }
  return { fout: 'kapot' };
}

const HEIF_MERKEN = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1', 'avif', 'avis']);

/**
 * HEIC/HEIF/AVIF (ISO BMFF): the size is in an `ispe` property box; a grid image has one per tile and
 * one for the whole, so the largest counts. Without one the size is checked after decoding.
 */
function heif(b: Uint8Array): Herkend {
  let breedte = 0;
  let hoogte = 0;
  const eind = Math.min(b.length, 1 << 20) - 16;
  for (let i = 4; i < eind; i++) {
    if (b[i] === 0x69 && b[i + 1] === 0x73 && b[i + 2] === 0x70 && b[i + 3] === 0x65) {
      const w = u32(b, i + 8);
      const h = u32(b, i + 12);
      if (w * h > breedte * hoogte) [breedte, hoogte] = [w, h];
    }
  }
  const type = ascii(b, 8, 4).startsWith('avi') ? 'image/avif' : 'image/heic';
  return { soort: 'heif', type, breedte: breedte || null, hoogte: hoogte || null };
}

export function herken(b: Uint8Array): Herkend {
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return jpeg(b);
  if (b.length >= 8 && u32(b, 0) === 0x89504e47 && u32(b, 4) === 0x0d0a1a0a) return png(b);
  if (b.length >= 16 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return webp(b);
  if (b.length >= 16 && ascii(b, 4, 4) === 'ftyp' && HEIF_MERKEN.has(ascii(b, 8, 4))) return heif(b);
  return { fout: 'geen_foto' };
}
