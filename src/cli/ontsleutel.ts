/**
 * `npm run ontsleutel -- <melding.eml> [--sleutel priv.asc] [--wachtwoord-bestand f]`
 * Decrypts a stored PGP/MIME melding and prints its text, for whoever has no OpenPGP mail client.
 * Without --sleutel it uses the local test key of MELDWIJZER_REGIO (from `npm start`).
 * The text goes to the screen only; nothing is written to disk.
 */
import { readFileSync } from 'node:fs';
import * as openpgp from 'openpgp';
import { vereisNode } from './runtime.ts';
import { actieveRegioId } from '../regio/laad.ts';
import { lokaleSleutelPaden } from '../regio/sleutel.ts';
import { argument, wachtwoord } from './wachtwoord.ts';

vereisNode();
const args = process.argv.slice(2);

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

try {
  const bestand = args.find((a, i) => !a.startsWith('--') && !['--sleutel', '--wachtwoord-bestand'].includes(args[i - 1] ?? ''));
  if (!bestand) throw new Error('Gebruik: npm run ontsleutel -- <melding.eml> [--sleutel privésleutel.asc] [--wachtwoord-bestand bestand]');
  const sleutelPad = argument(args, '--sleutel') ?? lokaleSleutelPaden(actieveRegioId()).priv;
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
  const armored = await versleuteldeDeel(readFileSync(bestand, 'utf8'));
  const kop = readFileSync(bestand, 'utf8').match(/^Subject: (.*)$/m)?.[1]?.trim();
  let data: string;
  try {
    ({ data } = await openpgp.decrypt({ message: await openpgp.readMessage({ armoredMessage: armored }), decryptionKeys: sleutel }));
  } catch {
    throw new Error('Ontsleutelen lukt niet met deze sleutel. Is de melding voor een andere sleutel versleuteld?');
  }
  if (kop) console.log(`Onderwerp: ${kop}\n`);
  console.log(leesbareTekst(data as string));
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
