import * as openpgp from 'openpgp';

/**
 * The configured public key, read once: what the function encrypts to (no-JavaScript path) and the key IDs a
 * browser's ciphertext must be addressed to.
 */
export interface Ontvanger {
  key: openpgp.PublicKey;
  /** Key IDs (16 hex, lower case) of every valid encryption-capable (sub)key. */
  sleutelIds: Set<string>;
}

export async function leesOntvanger(armored: string): Promise<Ontvanger> {
  const key = await openpgp.readKey({ armoredKey: armored });
  if (key.isPrivate()) throw new Error('de melding-sleutel moet een publieke sleutel zijn, geen privésleutel');
  const sleutelIds = new Set<string>();
  for (const k of key.getKeys()) {
    try {
      const enc = await key.getEncryptionKey(k.getKeyID());
      sleutelIds.add(enc.getKeyID().toHex());
    } catch {
      // not an encryption key (e.g. the signing primary key); fine
    }
  }
  if (sleutelIds.size === 0) throw new Error('de melding-sleutel heeft geen geldige versleutel-subsleutel');
  return { key: key as openpgp.PublicKey, sleutelIds };
}

/** Why a ciphertext is refused: not OpenPGP at all, or OpenPGP for the wrong (or an extra) recipient. */
export type Afwijzing = 'geen_pgp' | 'verkeerde_sleutel';

const { PublicKeyEncryptedSessionKeyPacket, SymEncryptedIntegrityProtectedDataPacket } = openpgp;

/**
 * Checks without decrypting (the function cannot) that `armored` is an OpenPGP message made only of
 * public-key session-key packets for our key and one integrity-protected encrypted data packet.
 * Refused: plaintext or signed-only messages, password (SKESK) or unprotected (SED) encryption, any
 * other or wildcard recipient, and anything unparseable.
 */
export async function controleerVersleuteld(armored: string, ontvanger: Ontvanger): Promise<Afwijzing | null> {
  let bericht: openpgp.Message<string>;
  try {
    bericht = await openpgp.readMessage({ armoredMessage: armored });
  } catch {
    return 'geen_pgp';
  }
  let pkesk = 0;
  let data = 0;
  for (const p of bericht.packets) {
    if (p instanceof PublicKeyEncryptedSessionKeyPacket) pkesk++;
    else if (p instanceof SymEncryptedIntegrityProtectedDataPacket) data++;
    else return 'geen_pgp';
  }
  if (data !== 1 || pkesk === 0) return 'geen_pgp';
  const ids = bericht.getEncryptionKeyIDs().map((id) => id.toHex());
  if (ids.length !== pkesk) return 'verkeerde_sleutel';
  for (const id of ids) if (!ontvanger.sleutelIds.has(id)) return 'verkeerde_sleutel';
  return null;
}

/** Encrypts a MIME entity to the configured key (the no-JavaScript path). The plaintext stays in memory. */
export async function versleutel(mime: string, ontvanger: Ontvanger): Promise<string> {
  const message = await openpgp.createMessage({ text: mime });
  return openpgp.encrypt({ message, encryptionKeys: ontvanger.key, format: 'armored' }) as Promise<string>;
}
