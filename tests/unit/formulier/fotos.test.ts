import { describe, expect, test } from 'vitest';
import { inflateSync } from 'node:zlib';
import { herken } from '../../../src/islands/formulier/fotos/herken.ts';
import { schoonJpeg, schoonPng } from '../../../src/islands/formulier/fotos/schoon.ts';
import { kiesFotos } from '../../../src/islands/formulier/fotos/kies.ts';
import type { SchoneFoto, Weigering } from '../../../src/islands/formulier/fotos/maak.ts';
import { FOTO_BYTES, maxBody } from '../../../src/melding/fotos.ts';
import { COM, EXIF, ICC, JFIF, jpeg, png, pngChunk, SCAN, segment, XMP } from './beelden.ts';

const bevat = (b: Uint8Array, s: string) => Buffer.from(b).includes(Buffer.from(s, 'latin1'));

describe('herken: what a file is, from its bytes', () => {
  test('JPEG, PNG, WebP and HEIC with the size they declare', () => {
    expect(herken(jpeg(4000, 3000, [JFIF, EXIF]))).toEqual({ soort: 'jpeg', type: 'image/jpeg', breedte: 4000, hoogte: 3000 });
    expect(herken(png(7, 5))).toEqual({ soort: 'png', type: 'image/png', breedte: 7, hoogte: 5 });
    const vp8x = Buffer.alloc(40);
    vp8x.write('RIFF', 0, 'latin1');
    vp8x.write('WEBPVP8X', 8, 'latin1');
    vp8x.writeUIntLE(1919, 24, 3);
    vp8x.writeUIntLE(1079, 27, 3);
    expect(herken(vp8x)).toEqual({ soort: 'webp', type: 'image/webp', breedte: 1920, hoogte: 1080 });
    const heic = Buffer.alloc(80);
    heic.write('\0\0\0\x18ftypheic', 0, 'latin1');
    heic.write('ispe', 40, 'latin1');
    heic.writeUInt32BE(4032, 48);
    heic.writeUInt32BE(3024, 52);
    expect(herken(heic)).toEqual({ soort: 'heif', type: 'image/heic', breedte: 4032, hoogte: 3024 });
  });

  test('an image bomb declares its size in a few bytes: the size is read without decoding', () => {
    const bom = herken(png(1, 1).fill(0xff, 16, 24)); // IHDR says 4294967295 × 4294967295
    expect(bom).toMatchObject({ soort: 'png' });
    expect('breedte' in bom && bom.breedte! * bom.hoogte!).toBeGreaterThan(1e18);
  });

  test('not an image, whatever its name: text, PDF, GIF, SVG, an empty file', () => {
    for (const b of ['gewone tekst', '%PDF-1.7\n', 'GIF89a\x01\0\x01\0', '<svg xmlns="http://www.w3.org/2000/svg"/>', '']) {
      expect(herken(Buffer.from(b, 'latin1'))).toEqual({ fout: 'geen_foto' });
    }
  });

  test('a broken JPEG or PNG is broken before it is decoded', () => {
    expect(herken(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]), Buffer.alloc(50, 0x41)]))).toEqual({ fout: 'kapot' });
    expect(herken(jpeg(10, 10).subarray(0, 30))).toEqual({ fout: 'kapot' }); // cut off before the frame header
    expect(herken(Buffer.concat([Buffer.from([0xff, 0xd8]), segment(0xda, 'x'), SCAN]))).toEqual({ fout: 'kapot' }); // image data without frame
    expect(herken(png(3, 3).subarray(0, 20))).toEqual({ fout: 'kapot' });
    expect(herken(jpeg(0, 10))).toEqual({ fout: 'kapot' });
  });
});

describe('schoon: what an encoder wrote besides the image goes', () => {
  test('JPEG: EXIF, XMP, ICC, comments and trailing data go; tables, frame, scan and JFIF stay', () => {
    const vies = jpeg(640, 480, [JFIF, EXIF, XMP, ICC, COM], Buffer.from('MOTION-PHOTO-TRAILER'));
    const schoon = schoonJpeg(vies);
    for (const s of ['Exif', 'GPS', 'Canon', 'xmpmeta', 'Jan Jansen', 'ICC_PROFILE', 'TRAILER']) expect(bevat(schoon, s), s).toBe(false);
    expect(Buffer.from(schoon)).toEqual(jpeg(640, 480, [JFIF]));
    expect(herken(schoon)).toMatchObject({ breedte: 640, hoogte: 480 });
  });

  test('JPEG: a JFIF header with an embedded thumbnail goes too', () => {
    const metDuim = segment(0xe0, Buffer.concat([Buffer.from('JFIF\0', 'latin1'), Buffer.from([1, 1, 0, 0, 1, 0, 1, 2, 2]), Buffer.alloc(12, 9)]));
    expect(Buffer.from(schoonJpeg(jpeg(8, 8, [metDuim])))).toEqual(jpeg(8, 8));
  });

  test('PNG: tEXt, zTXt, iTXt, eXIf, tIME, iCCP and private chunks go; the pixels are untouched', () => {
    const extra = [
      pngChunk('tEXt', 'Author\0Jan Jansen'),
      pngChunk('zTXt', 'Comment\0\0xx'),
      pngChunk('iTXt', 'XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta/>'),
      pngChunk('eXIf', 'MM\0*GPS'),
      pngChunk('tIME', '\x07\xea\x0c\x03\x0c\x00\x00'),
      pngChunk('iCCP', 'profiel\0\0xx'),
      pngChunk('prVt', 'geheim'),
      pngChunk('pHYs', '\0\0\x0b\x13\0\0\x0b\x13\x01'),
    ];
    const schoon = schoonPng(Buffer.concat([png(4, 2, extra), Buffer.from('ACHTERAAN')]));
    for (const s of ['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME', 'iCCP', 'prVt', 'Jan Jansen', 'xmpmeta', 'ACHTERAAN']) expect(bevat(schoon, s), s).toBe(false);
    expect(bevat(schoon, 'pHYs')).toBe(true);
    const idat = Buffer.from(schoon).indexOf('IDAT');
    const lengte = Buffer.from(schoon).readUInt32BE(idat - 4);
    expect(inflateSync(Buffer.from(schoon).subarray(idat + 4, idat + 4 + lengte)).length).toBe(2 * (1 + 4 * 3));
  });

  test('what cannot be walked is an error, never passed on', () => {
    expect(() => schoonJpeg(jpeg(8, 8).subarray(0, 40))).toThrow();
    expect(() => schoonJpeg(Buffer.from('geen jpeg'))).toThrow();
    expect(() => schoonPng(png(4, 4).subarray(0, 40))).toThrow();
  });
});

describe('kiesFotos: the count and size limits', () => {
  const foto = (bytes: number): SchoneFoto => ({ type: 'image/jpeg', data: new Uint8Array(bytes), breedte: 1, hoogte: 1, voorbeeld: 'data:,' });
  const maak = (uitkomst: Record<string, SchoneFoto | Weigering>) => async (b: { name: string }) => uitkomst[b.name]!;

  test('a sixth photo is refused; the five stay', async () => {
    const erbij: SchoneFoto[] = [];
    const al = [foto(10), foto(10), foto(10)];
    const namen = ['a.jpg', 'b.jpg', 'c.jpg'].map((name) => ({ name }));
    const af = await kiesFotos(namen, al, { aantal: 5, bytes: 1000 }, maak({ 'a.jpg': foto(1), 'b.jpg': foto(1), 'c.jpg': foto(1) }), (f) => erbij.push(f));
    expect(erbij).toHaveLength(2);
    expect(af).toEqual([{ naam: 'c.jpg', reden: 'te_veel' }]);
  });

  test('a photo that would take the total over the limit is refused; a smaller one after it still fits', async () => {
    const erbij: SchoneFoto[] = [];
    const af = await kiesFotos(
      [{ name: 'groot.jpg' }, { name: 'tekst.txt' }, { name: 'klein.jpg' }],
      [foto(600)],
      { aantal: 5, bytes: 1000 },
      maak({ 'groot.jpg': foto(500), 'tekst.txt': 'geen_foto', 'klein.jpg': foto(400) }),
      (f) => erbij.push(f),
    );
    expect(af).toEqual([{ naam: 'groot.jpg', reden: 'boven_limiet' }, { naam: 'tekst.txt', reden: 'geen_foto' }]);
    expect(erbij.map((f) => f.data.length)).toEqual([400]);
  });
});

describe('limits per host', () => {
  test("Netlify's limit keeps a full melding under its 6 MB request limit; self-hosted takes 10 MB of photos", () => {
    expect(FOTO_BYTES.zelf).toBe(10_000_000);
    // base64 (MIME) and armor (OpenPGP) each add a third: the body limit must cover both.
    expect(maxBody('zelf')).toBeGreaterThan(FOTO_BYTES.zelf * (4 / 3) ** 2);
    expect(maxBody('netlify')).toBeGreaterThan(FOTO_BYTES.netlify * (4 / 3) ** 2);
    expect(maxBody('netlify')).toBeLessThan(6_000_000);
  });
});
