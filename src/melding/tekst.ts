import type { Velden } from './velden.ts';
import { isTaal, TAAL_INFO } from '../i18n/talen.ts';
import type { MeldingVorm } from '../lib/begrippen.ts';
import { fotoNaam, type FotoBijlage } from './fotos.ts';

/**
 * How each vorm reads in the mail. The mail is for the gemeente and stays Dutch whatever language the
 * visitor used; the form's own labels are in the dictionary (`t.formulier.vorm`).
 */
export const VORM_TEKST: Record<MeldingVorm, string> = {
  'seksuele-uitbuiting': 'Seksuele uitbuiting',
  arbeidsuitbuiting: 'Arbeidsuitbuiting',
  'criminele-uitbuiting': 'Criminele uitbuiting',
  orgaanverwijdering: 'Gedwongen orgaanverwijdering',
  'weet-niet': 'Weet ik niet',
};

/** Padding buckets: the plaintext is padded up to the next multiple, so ciphertext length says little. */
export const PADDING_STAP = 4096;

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new melding code XXXX-XXXX (40 random bits, Crockford base32: no I, L, O, U). */
export function nieuweCode(random: (a: Uint8Array) => Uint8Array = (a) => crypto.getRandomValues(a)): string {
  const bytes = random(new Uint8Array(5));
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let code = '';
  for (let i = 7; i >= 0; i--) code += CROCKFORD[Number((bits >> BigInt(i * 5)) & 31n)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

function blok(titel: string, inhoud: string): string {
  return `${titel}:\n${inhoud || '(niet ingevuld)'}\n`;
}

/** The melding as readable text, the same for the browser and the no-JavaScript path. */
export function meldingBody(v: Velden, code: string, taal = 'nl', fotos: readonly string[] = []): string {
  // Field titles stay Dutch for the gemeente; the reporter's text stays exactly as typed, in any script.
  const andereTaal = isTaal(taal) && taal !== 'nl' ? [`Taal van de melder: ${TAAL_INFO[taal].nederlands} (${taal})`, ''] : [];
  return [
    `Anonieme melding mensenhandel ${code}`,
    '',
    ...andereTaal,
    blok('Wat heeft de melder gezien of gehoord', v.wat),
    blok('Waar', v.waar),
    blok('Wanneer', v.wanneer),
    blok('Wie zijn erbij betrokken', v.wie),
    blok('Vorm van uitbuiting', VORM_TEKST[v.vorm]),
    v.contactGewenst
      ? blok('De melder wil contact (en is dus niet meer anoniem)', v.contact)
      : 'De melder wil geen contact en is anoniem.\n',
    // The photos were cleaned in the reporter's browser; say so, so nobody hunts for GPS data that is not there.
    ...(fotos.length ? [blok("Foto's (bijlagen; locatie, tijdstip en telefoongegevens zijn eruit gehaald)", fotos.join(', '))] : []),
  ].join('\n');
}

/** Longest padding line; folded header lines stay far below RFC 5322's 998-octet limit. */
const PADDING_REGEL = 76;

/**
 * Splits `lengte` octets of a folded header value into line lengths. Every line after the first costs
 * 3 extra octets ("\r\n "), and a line may not be empty, so a line is shortened when the rest would
 * otherwise be 1 to 3 octets (which no continuation line can fill).
 */
function regelLengtes(lengte: number): number[] {
  const regels: number[] = [];
  let rest = lengte;
  let kosten = 0; // the first line has no fold
  while (rest > 0) {
    const ruimte = rest - kosten;
    let n = Math.min(ruimte, PADDING_REGEL);
    const over = ruimte - n;
    if (over > 0 && over <= 3) n -= 4; // leave room for one more fold plus at least one character
    regels.push(n);
    rest -= n + kosten;
    kosten = 3;
  }
  return regels;
}

type Random = (a: Uint8Array) => Uint8Array;
const willekeurig: Random = (a) => crypto.getRandomValues(a);

/** base64 (RFC 2045) in lines of 76 characters; chunks of a multiple of 3 bytes keep it one stream. */
export function base64Regels(data: Uint8Array): string {
  let b64 = '';
  for (let i = 0; i < data.length; i += 3 * 1024) b64 += btoa(String.fromCharCode(...data.subarray(i, i + 3 * 1024)));
  const regels: string[] = [];
  for (let i = 0; i < b64.length; i += 76) regels.push(b64.slice(i, i + 76));
  return regels.join('\r\n');
}

/**
 * Adds a random, folded X-Padding header so the entity's length is a multiple of PADDING_STAP.
 * `kop` is the entity's other header lines (each ending in CRLF), `body` what follows the blank line.
 */
function metPadding(kop: string, body: string, random: Random): string {
  const zonder = new TextEncoder().encode(`${kop}X-Padding: \r\n\r\n${body}`).length;
  const doel = Math.ceil((zonder + 1) / PADDING_STAP) * PADDING_STAP;
  const lengtes = regelLengtes(doel - zonder);
  const nodig = lengtes.reduce((a, b) => a + b, 0);
  // base64 of random bytes: 4 characters per 3 bytes, trimmed to the exact length needed.
  const bytes = random(new Uint8Array(Math.ceil((nodig * 3) / 4) + 3));
  let ruis = '';
  for (let i = 0; i < bytes.length; i += 3072) ruis += btoa(String.fromCharCode(...bytes.subarray(i, i + 3072)));
  let pos = 0;
  const regels = lengtes.map((n) => ruis.slice(pos, (pos += n)));
  return `${kop}X-Padding: ${regels.join('\r\n ')}\r\n\r\n${body}`;
}

/** A boundary that occurs nowhere in the parts (base64 has no "-", the text is checked). */
function grens(tekst: string, random: Random): string {
  const hex = Array.from(random(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
  let g = `----meldwijzer-${hex}`;
  for (let i = 1; tekst.includes(g); i++) g = `----meldwijzer-${hex}-${i}`;
  return g;
}

/**
 * One MIME entity (RFC 2045) with the melding as UTF-8 text, padded with a random, folded header so its
 * length is a multiple of PADDING_STAP. This is what gets encrypted; mail clients show it after decryption.
 * With photos it is multipart/mixed (RFC 2046): the text part first, then each photo as an attachment
 * named foto-1.jpg, foto-2.png, …
 */
export function meldingMime(v: Velden, code: string, taal = 'nl', random: Random = willekeurig, fotos: readonly FotoBijlage[] = []): string {
  const tekst = meldingBody(v, code, taal, fotos.map((f, i) => fotoNaam(i, f.type))).replace(/\r?\n/g, '\r\n');
  const tekstKop = 'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n';
  if (!fotos.length) return metPadding(tekstKop, tekst, random);
  const g = grens(tekst, random);
  const delen = [
    `${tekstKop}\r\n${tekst}`,
    ...fotos.map((f, i) => {
      const naam = fotoNaam(i, f.type);
      return `Content-Type: ${f.type}; name="${naam}"\r\nContent-Disposition: attachment; filename="${naam}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Regels(f.data)}`;
    }),
  ];
  const body = `--${g}\r\n${delen.join(`\r\n--${g}\r\n`)}\r\n--${g}--\r\n`;
  return metPadding(`Content-Type: multipart/mixed; boundary="${g}"\r\n`, body, random);
}
