/**
 * Text in a PDF exactly as fontkit shapes it. pdf-lib's drawText shows fontkit's glyphs one after the other
 * by their advance widths and drops the positions: fine for Open Sans, wrong for Arabic, where Noto Sans
 * Arabic draws the dots and vowel marks as separate glyphs placed by the font (GPOS). Here every glyph is
 * set at its own position. The glyphs come from pdf-lib's own encodeText (so the subset and the ToUnicode
 * map stay pdf-lib's: the text can still be selected and searched); fontkit reverses right-to-left runs,
 * so glyphs are in visual order, left to right. Noto Sans Arabic shares one dotless glyph between letters
 * (ب ت ن …) and draws the dots apart, so no glyph-to-letter map can give the Arabic back: a right-to-left
 * line also carries its text in reading order as /ActualText (PDF 14.9.4), for copying, search and screen
 * readers. (poppler's pdftotext spreads that text left to right and so prints it reversed; Acrobat reads it as is.)
 */
import {
  beginText, endMarkedContent, endText, popGraphicsState, pushGraphicsState, PDFHexString, PDFName, PDFOperator, PDFOperatorNames,
  setFillingColor, setFontAndSize, setTextMatrix, showText, type PDFFont, type PDFPage, type RGB,
} from 'pdf-lib';
import type { Font } from '@pdf-lib/fontkit';

/** A pdf-lib font together with the fontkit font it was embedded from (same file, so the same glyph ids). */
export interface PdfLetter {
  pdf: PDFFont;
  vorm: Font;
}

const sleutels = new WeakMap<PDFPage, Map<PDFFont, PDFName>>();
/** The page's resource name for `font`, added once per page. */
function sleutel(page: PDFPage, font: PDFFont): PDFName {
  let perPagina = sleutels.get(page);
  if (!perPagina) sleutels.set(page, (perPagina = new Map()));
  let naam = perPagina.get(font);
  if (!naam) perPagina.set(font, (naam = page.node.newFontDictionary(font.name, font.ref)));
  return naam;
}

/** Width in points of `tekst` as shaped (kerning and joining forms included). */
export function gevormdeBreedte(letter: PdfLetter, tekst: string, grootte: number): number {
  return (letter.vorm.layout(tekst).advanceWidth / letter.vorm.unitsPerEm) * grootte;
}

/** What a drawn line covers: its advance width, and how far its ink reaches below and above the baseline (points). */
export interface Maat {
  breedte: number;
  onder: number;
  boven: number;
}

/** Draws one line with its left end at `x` and its baseline at `y` (PDF points, y upwards). */
export function tekenGevormd(page: PDFPage, letter: PdfLetter, tekst: string, x: number, y: number, grootte: number, kleur: RGB): Maat {
  const run = letter.vorm.layout(tekst);
  const hex = letter.pdf.encodeText(tekst).asString();
  if (hex.length !== run.glyphs.length * 4) throw new Error(`Vorm en PDF-lettertype verschillen voor "${tekst}"`);
  const schaal = grootte / letter.vorm.unitsPerEm;
  const ops: PDFOperator[] = [pushGraphicsState(), beginText(), setFillingColor(kleur), setFontAndSize(sleutel(page, letter.pdf), grootte)];
  const rtl = run.direction === 'rtl';
  // The property list inline, as written text: pdf-lib's operator type takes no dictionary (the hex string is ASCII).
  if (rtl) ops.push(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Span'), `<< /ActualText ${PDFHexString.fromText(tekst).toString()} >>`]));
  let pen = 0;
  let onder = 0;
  let boven = 0;
  run.positions.forEach((p, i) => {
    ops.push(
      setTextMatrix(1, 0, 0, 1, x + (pen + p.xOffset) * schaal, y + p.yOffset * schaal),
      showText(PDFHexString.of(hex.slice(i * 4, i * 4 + 4))),
    );
    const bbox = run.glyphs[i]!.bbox;
    if (bbox.maxY > bbox.minY) {
      onder = Math.min(onder, bbox.minY + p.yOffset);
      boven = Math.max(boven, bbox.maxY + p.yOffset);
    }
    pen += p.xAdvance;
  });
  if (rtl) ops.push(endMarkedContent());
  ops.push(endText(), popGraphicsState());
  page.pushOperators(...ops);
  return { breedte: pen * schaal, onder: -onder * schaal, boven: boven * schaal };
}
