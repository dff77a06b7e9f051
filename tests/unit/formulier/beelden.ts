/**
 * Small image files built byte by byte for the photo tests: a real PNG (zlib), and JPEG segment
 * structures (markers, lengths, entropy-coded bytes) without real pixel data, which is all that the
 * parsers in src/islands/formulier/fotos/ read. Real photos are tested in Chromium (tests/e2e/formulier/fotos.test.ts).
 */
import { crc32, deflateSync } from 'node:zlib';

const u32 = (n: number) => Buffer.from([(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);

export function pngChunk(type: string, data: Uint8Array | string): Buffer {
  const d = typeof data === 'string' ? Buffer.from(data, 'latin1') : Buffer.from(data);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), d]);
  return Buffer.concat([u32(d.length), td, u32(crc32(td))]);
}

/** A grey RGB PNG of w×h with extra chunks (e.g. tEXt) placed before the image data. */
export function png(w: number, h: number, extra: Buffer[] = []): Buffer {
  const ihdr = Buffer.concat([u32(w), u32(h), Buffer.from([8, 2, 0, 0, 0])]);
  const rij = Buffer.concat([Buffer.from([0]), Buffer.alloc(w * 3, 0x80)]);
  const rauw = Buffer.concat(Array.from({ length: h }, () => rij));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    ...extra,
    pngChunk('IDAT', deflateSync(rauw)),
    pngChunk('IEND', ''),
  ]);
}

export function segment(marker: number, data: Uint8Array | string): Buffer {
  const d = typeof data === 'string' ? Buffer.from(data, 'latin1') : Buffer.from(data);
  return Buffer.concat([Buffer.from([0xff, marker, ((d.length + 2) >> 8) & 255, (d.length + 2) & 255]), d]);
}

/** SOF0 for w×h, three components. */
export function sof(w: number, h: number): Buffer {
  return segment(0xc0, Buffer.from([8, h >> 8, h & 255, w >> 8, w & 255, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]));
}

/** Entropy-coded bytes with a stuffed FF 00 and a restart marker inside, as a real scan has. */
export const SCAN = Buffer.from([0x12, 0x34, 0xff, 0x00, 0x56, 0xff, 0xd0, 0x78, 0x9a]);

/** A JPEG structure: SOI, the given segments, a frame header, one scan, EOI, and an optional trailer. */
export function jpeg(w: number, h: number, voor: Buffer[] = [], na: Buffer = Buffer.alloc(0)): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    ...voor,
    segment(0xdb, Buffer.alloc(65, 1)),
    sof(w, h),
    segment(0xc4, Buffer.alloc(20, 2)),
    segment(0xda, Buffer.from([3, 1, 0, 2, 0x11, 3, 0x11, 0, 0x3f, 0])),
    SCAN,
    Buffer.from([0xff, 0xd9]),
    na,
  ]);
}

export const JFIF = segment(0xe0, Buffer.concat([Buffer.from('JFIF\0', 'latin1'), Buffer.from([1, 1, 0, 0, 1, 0, 1, 0, 0])]));
export const EXIF = segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), Buffer.from('MM\0*GPS 52.1 N 5.2 E Canon EOS'), Buffer.alloc(40, 7)]));
export const XMP = segment(0xe1, 'http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><dc:creator>Jan Jansen</dc:creator></x:xmpmeta>');
export const ICC = segment(0xe2, 'ICC_PROFILE\0\x01\x01profiel');
export const COM = segment(0xfe, 'gemaakt door Jan Jansen');
