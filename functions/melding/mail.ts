import { randomBytes } from 'node:crypto';

/** SMTP envelope: who the relay sees as sender and recipient (independent of the headers). */
export interface Envelop {
  from: string;
  to: string[];
}

export interface Mail {
  /** The whole message, CRLF line endings, ready for SMTP DATA. */
  raw: string;
  envelop: Envelop;
  messageId: string;
}

export const ONDERWERP = 'Anonieme melding mensenhandel';

/** RFC 5322 date in UTC ("Sun, 22 Nov 2026 15:40:00 +0000"); UTC so the mail says nothing about the server. */
export function rfc5322Datum(d: Date): string {
  return d.toUTCString().replace(/GMT$/, '+0000');
}

function domein(adres: string): string {
  const at = adres.lastIndexOf('@');
  return at >= 0 ? adres.slice(at + 1).toLowerCase() : 'localhost';
}

/**
 * A PGP/MIME message (RFC 3156): multipart/encrypted with a "Version: 1" control part and the armored
 * ciphertext as application/octet-stream. Only generic headers: nothing about the reporter, no X-Mailer,
 * no Received line (a relay adds its own, naming this server, not the reporter).
 */
export function pgpMimeMail(opties: { code: string; versleuteld: string; van: string; aan: string; datum: Date }): Mail {
  const { code, van, aan, datum } = opties;
  const grens = `----=_meldwijzer_${randomBytes(12).toString('hex')}`;
  const messageId = `<${code.toLowerCase()}.${randomBytes(8).toString('hex')}@${domein(van)}>`;
  const armored = opties.versleuteld.replace(/\r?\n/g, '\r\n').replace(/(\r\n)*$/, '\r\n');
  const raw = [
    `From: ${van}`,
    `To: ${aan}`,
    `Subject: ${ONDERWERP} ${code}`,
    `Date: ${rfc5322Datum(datum)}`,
    `Message-ID: ${messageId}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/encrypted; protocol="application/pgp-encrypted";`,
    ` boundary="${grens}"`,
    '',
    'Dit is een versleutelde melding (OpenPGP/MIME). Open hem met een mailprogramma dat OpenPGP kan lezen.',
    '',
    `--${grens}`,
    'Content-Type: application/pgp-encrypted',
    'Content-Description: PGP/MIME version identification',
    '',
    'Version: 1',
    '',
    `--${grens}`,
    'Content-Type: application/octet-stream; name="encrypted.asc"',
    'Content-Description: OpenPGP encrypted message',
    'Content-Disposition: inline; filename="encrypted.asc"',
    '',
    armored.slice(0, -2),
    '',
    `--${grens}--`,
    '',
  ].join('\r\n');
  return { raw, envelop: { from: van, to: [aan] }, messageId };
}
