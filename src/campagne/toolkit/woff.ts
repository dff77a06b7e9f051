/**
 * WOFF 1.0 → TrueType, for the Arabic font (the npm package ships WOFF, not TTF). Two reasons to unpack it
 * here rather than hand the WOFF to pdf-lib:
 * - a PDF embeds TrueType (FontFile2); fontkit reads WOFF, but pdf-lib's subset path expects a TTF's tables;
 * - fontkit's subsetter copies each glyph's bytes as they are and writes a short `loca` (offsets / 2) when
 *   the subset is small, so a glyph of odd length shifts every glyph after it: Noto Sans Arabic has such
 *   glyphs (the letters after them vanished from the PDF). Every glyph is padded to 4 bytes here, as the
 *   OpenType spec recommends, and `loca` is rewritten in the long format.
 * Table checksums are left as WOFF gives them: PDF readers do not check them.
 */
import { inflateSync } from 'node:zlib';

interface Tabel { tag: string; som: number; data: Buffer }

export function woffNaarTtf(woff: Uint8Array): Uint8Array {
  const b = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (b.toString('latin1', 0, 4) !== 'wOFF') throw new Error('Geen WOFF 1.0-bestand');
  const aantal = b.readUInt16BE(12);
  const tabellen = new Map<string, Tabel>();
  for (let i = 0; i < aantal; i++) {
    const o = 44 + i * 20;
    const tag = b.toString('latin1', o, o + 4);
    const [plek, ingepakt, lengte, som] = [b.readUInt32BE(o + 4), b.readUInt32BE(o + 8), b.readUInt32BE(o + 12), b.readUInt32BE(o + 16)];
    const ruw = b.subarray(plek, plek + ingepakt);
    tabellen.set(tag, { tag, som, data: ingepakt < lengte ? inflateSync(ruw) : Buffer.from(ruw) });
  }
  lijnGlyfUit(tabellen);
  return sfnt(b.readUInt32BE(4), [...tabellen.values()].sort((x, y) => (x.tag < y.tag ? -1 : 1)));
}

/** Pads every glyph in `glyf` to a multiple of 4 bytes and writes `loca` in the long format. */
function lijnGlyfUit(tabellen: Map<string, Tabel>): void {
  const head = tabellen.get('head');
  const maxp = tabellen.get('maxp');
  const loca = tabellen.get('loca');
  const glyf = tabellen.get('glyf');
  if (!head || !maxp || !loca || !glyf) return; // not a TrueType-outline font: nothing to align
  const n = maxp.data.readUInt16BE(4);
  const lang = head.data.readInt16BE(50) === 1;
  const plek = (i: number) => (lang ? loca.data.readUInt32BE(i * 4) : loca.data.readUInt16BE(i * 2) * 2);
  const stukken: Buffer[] = [];
  const nieuweLoca = Buffer.alloc((n + 1) * 4);
  let pos = 0;
  for (let i = 0; i < n; i++) {
    const stuk = glyf.data.subarray(plek(i), plek(i + 1));
    nieuweLoca.writeUInt32BE(pos, i * 4);
    const opgevuld = (stuk.length + 3) & ~3;
    stukken.push(stuk, Buffer.alloc(opgevuld - stuk.length));
    pos += opgevuld;
  }
  nieuweLoca.writeUInt32BE(pos, n * 4);
  glyf.data = Buffer.concat(stukken);
  loca.data = nieuweLoca;
  head.data = Buffer.from(head.data);
  head.data.writeInt16BE(1, 50);
}

/** An sfnt file: offset table, table records, then each table on a 4-byte boundary. */
function sfnt(soort: number, tabellen: Tabel[]): Uint8Array {
  const n = tabellen.length;
  let macht = 0;
  while (1 << (macht + 1) <= n) macht++;
  const kop = 12 + 16 * n;
  const totaal = tabellen.reduce((s, t) => s + ((t.data.length + 3) & ~3), kop);
  const uit = Buffer.alloc(totaal);
  uit.writeUInt32BE(soort, 0);
  uit.writeUInt16BE(n, 4);
  uit.writeUInt16BE((1 << macht) * 16, 6);
  uit.writeUInt16BE(macht, 8);
  uit.writeUInt16BE(n * 16 - (1 << macht) * 16, 10);
  let pos = kop;
  tabellen.forEach((t, i) => {
    const o = 12 + i * 16;
    uit.write(t.tag, o, 'latin1');
    uit.writeUInt32BE(t.som, o + 4);
    uit.writeUInt32BE(pos, o + 8);
    uit.writeUInt32BE(t.data.length, o + 12);
    t.data.copy(uit, pos);
    pos += (t.data.length + 3) & ~3;
  });
  return new Uint8Array(uit.buffer, uit.byteOffset, uit.byteLength);
}
