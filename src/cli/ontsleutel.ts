/**
 * `npm run ontsleutel -- <melding.eml> [--sleutel priv.asc] [--wachtwoord-bestand f]`
 * Decrypts a stored PGP/MIME melding and prints its text, for whoever has no OpenPGP mail client.
 * Without --sleutel it finds the local test key (from `npm start`, any region) the melding was encrypted to.
 * The text goes to the screen only; photos (attachments) are written to a folder next to the .eml file,
 * readable by the user only, because a picture cannot be shown in a terminal.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as openpgp from 'openpgp';
import { vereisNode } from './runtime.ts';
import { hulpBijVraag } from './hulp.ts';
import { dataMapVan, leesConfig } from '../config/lees.ts';
import { argument, wachtwoord } from './wachtwoord.ts';

vereisNode();
const GEBRUIK = 'Gebruik: npm run ontsleutel -- <melding.eml> [--sleutel privésleutel.asc] [--wachtwoord-bestand bestand]';
hulpBijVraag(`
${GEBRUIK}
  Ontsleutelt een opgeslagen melding (PGP/MIME, .eml) en toont de tekst op het scherm. Foto's bij de
  melding komen in een map naast het .eml-bestand (<naam>-fotos/), alleen leesbaar voor u.
  --sleutel <bestand>             de privésleutel (armored .asc); zonder deze optie: de lokale testsleutel
                                  van npm start waarvoor de melding versleuteld is (elke regio)
  --wachtwoord-bestand <bestand>  wachtwoord van de privésleutel (eerste regel); anders wordt erom gevraagd
`);
const args = process.argv.slice(2);

/** The local test key (MELDWIJZER_DATA/sleutels/*.priv.asc) that holds one of the message's recipient key IDs. */
async function lokaleSleutelVoor(bericht: openpgp.Message<string>): Promise<string> {
  const map = join(dataMapVan(leesConfig(process.env)), 'sleutels');
  const ids = bericht.getEncryptionKeyIDs();
  let bestanden: string[] = [];
  try {
    bestanden = readdirSync(map).filter((f) => f.endsWith('.priv.asc')).sort();
  } catch {
    // no local keys yet
  }
  for (const f of bestanden) {
    const sleutel = await openpgp.readPrivateKey({ armoredKey: readFileSync(join(map, f), 'utf8') }).catch(() => null);
    if (sleutel && ids.some((id) => sleutel.getKeys(id).length > 0)) return join(map, f);
  }
  throw new Error(`Geen lokale testsleutel in ${map} past bij deze melding. Geef de privésleutel op met --sleutel.`);
}

/** The armored message in a PGP/MIME mail, also when a mail server re-encoded the part (base64/QP). */
async function versleuteldeDeel(eml: string): Promise<string> {
  const direct = eml.match(/-----BEGIN PGP MESSAGE-----[\s\S]*?-----END PGP MESSAGE-----/);
  if (direct) return direct[0];
  const { simpleParser } = await import('mailparser');
  const mail = await simpleParser(eml);
  for (const a of mail.attachments) {
    const tekst = a.content.toString('utf8');
    const m = tekst.match(/-----BEGIN PGP MESSAGE-----[\s\S]*?-----END PGP MESSAGE-----/);
    if (m) return m[0];
  }
  throw new Error('Dit bestand bevat geen versleutelde melding (geen "BEGIN PGP MESSAGE").');
}

/** The readable part of the decrypted MIME entity: headers (with the random padding) are dropped. */
export function leesbareTekst(mime: string): string {
  const norm = mime.replace(/\r\n/g, '\n');
  const i = norm.indexOf('\n\n');
  return i >= 0 && /^content-type:/i.test(norm) ? norm.slice(i + 2) : norm;
}

/** Only the neutral names the form gives (foto-1.jpg …): nothing in a melding chooses a path on this computer. */
const FOTO_NAAM = /^foto-\d{1,2}\.(jpg|png)$/;

/** The text and the photos of a melding with photos (multipart/mixed); null for a text-only melding. */
async function metFotos(mime: string): Promise<{ tekst: string; fotos: { naam: string; data: Buffer }[] } | null> {
  if (!/^content-type:\s*multipart\/mixed/i.test(mime)) return null;
  const { simpleParser } = await import('mailparser');
  const mail = await simpleParser(mime);
  const fotos = mail.attachments.map((a, i) => ({
    naam: a.filename && FOTO_NAAM.test(a.filename) ? a.filename : `foto-${i + 1}.${a.contentType === 'image/png' ? 'png' : 'jpg'}`,
    data: a.content,
  }));
  return { tekst: (mail.text ?? '').replace(/\r\n/g, '\n'), fotos };
}

try {
  const bestand = args.find((a, i) => !a.startsWith('--') && !['--sleutel', '--wachtwoord-bestand'].includes(args[i - 1] ?? ''));
  if (!bestand) throw new Error(GEBRUIK);
  const armored = await versleuteldeDeel(readFileSync(bestand, 'utf8'));
  const bericht = await openpgp.readMessage({ armoredMessage: armored });
  const sleutelPad = argument(args, '--sleutel') ?? (await lokaleSleutelVoor(bericht));
  let sleutel: openpgp.PrivateKey;
  try {
    sleutel = await openpgp.readPrivateKey({ armoredKey: readFileSync(sleutelPad, 'utf8') });
  } catch (e) {
    throw new Error(`Kan de privésleutel ${sleutelPad} niet lezen (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Geef hem op met --sleutel.`);
  }
  if (!sleutel.isDecrypted()) {
    const ww = await wachtwoord(args, 'Wachtwoord van de privésleutel: ');
    try {
      sleutel = await openpgp.decryptKey({ privateKey: sleutel, passphrase: ww });
    } catch {
      throw new Error('Het wachtwoord klopt niet.');
    }
  }
  const kop = readFileSync(bestand, 'utf8').match(/^Subject: (.*)$/m)?.[1]?.trim();
  let data: string;
  try {
    ({ data } = await openpgp.decrypt({ message: bericht, decryptionKeys: sleutel }));
  } catch {
    throw new Error('Ontsleutelen lukt niet met deze sleutel. Is de melding voor een andere sleutel versleuteld?');
  }
  if (kop) console.log(`Onderwerp: ${kop}\n`);
  const mime = data as string;
  const delen = await metFotos(mime);
  if (!delen) console.log(leesbareTekst(mime));
  else {
    console.log(delen.tekst);
    const map = join(dirname(bestand), `${basename(bestand).replace(/\.eml$/i, '')}-fotos`);
    mkdirSync(map, { recursive: true, mode: 0o700 });
    for (const f of delen.fotos) writeFileSync(join(map, f.naam), f.data, { mode: 0o600 });
    console.log(`${delen.fotos.length} foto${delen.fotos.length === 1 ? '' : "'s"} opgeslagen in ${map}/: ${delen.fotos.map((f) => f.naam).join(', ')}`);
  }
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
