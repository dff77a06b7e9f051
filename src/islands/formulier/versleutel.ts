/**
 * Encryption with OpenPGP.js, loaded only when the form is first used (the lightweight build is
 * ~64 KB gzip; see MACHINE.md). v4 keys, no AEAD, no v6 features: GnuPG 2.2 and Thunderbird must decrypt.
 */
type OpenPgp = typeof import('openpgp');

let laden: Promise<OpenPgp> | null = null;

/** Starts loading OpenPGP.js (idempotent); call on first focus or input so it is there by submit. */
export function laadOpenPgp(): Promise<OpenPgp> {
  laden ??= import('openpgp/lightweight').catch((e: unknown) => {
    laden = null; // allow a retry after, say, a dropped connection
    throw e;
  }) as Promise<OpenPgp>;
  return laden;
}

/** Encrypts the MIME text (as UTF-8 bytes, so line ends stay exactly as built) to the one public key. */
export async function versleutel(mime: string, armoredKey: string): Promise<string> {
  const openpgp = await laadOpenPgp();
  const encryptionKeys = await openpgp.readKey({ armoredKey });
  if (encryptionKeys.isPrivate()) throw new Error('private key in page');
  const message = await openpgp.createMessage({ binary: new TextEncoder().encode(mime), format: 'binary' });
  return openpgp.encrypt({
    message,
    encryptionKeys,
    format: 'armored',
    config: { aeadProtect: false, v6Keys: false },
  });
}
