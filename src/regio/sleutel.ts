import { chmodSync, closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as openpgp from 'openpgp';
import type { Regio } from './schema.ts';
import { REGIO_MAP } from './laad.ts';
import { dataMapVan, leesConfig } from '../config/lees.ts';

/** Where the key the form encrypts to came from. */
export type SleutelBron = 'omgeving' | 'profiel' | 'lokaal';

export interface Sleutel {
  /** ASCII-armored public key (never the private key). */
  armored: string;
  /** Fingerprint of the primary key: 40 upper-case hex characters, no spaces. */
  vingerafdruk: string;
  /** MELDING_SLEUTEL ('omgeving'), the region profile ('profiel') or a generated local test key ('lokaal'). */
  bron: SleutelBron;
}

/** Thrown when no usable key can be found; the message is meant for whoever runs the build or server. */
export class SleutelFout extends Error {
  override name = 'SleutelFout';
}

/** Local state folder (MELDWIJZER_DATA, default .meldwijzer/ in the project root). */
export function dataMap(env: NodeJS.ProcessEnv = process.env): string {
  return dataMapVan(leesConfig(env));
}

/** Paths of the generated local test key pair for a region. */
export function lokaleSleutelPaden(regioId: string, env: NodeJS.ProcessEnv = process.env): { pub: string; priv: string } {
  const map = join(dataMap(env), 'sleutels');
  return { pub: join(map, `${regioId}.pub.asc`), priv: join(map, `${regioId}.priv.asc`) };
}

/** Normalises a fingerprint for comparison: upper case, no spaces. */
export function normaliseer(vingerafdruk: string): string {
  return vingerafdruk.replace(/\s+/g, '').toUpperCase();
}

/** A fingerprint in groups of four, as mail clients and GnuPG show it ("ABCD 1234 …"). */
export function groepeer(vingerafdruk: string): string {
  return normaliseer(vingerafdruk).replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Reads and checks an armored public key: it must be public (a private key must never end up in a page),
 * v4 (GnuPG 2.2 rejects v6 keys, see MACHINE.md) and able to encrypt.
 */
export async function controleerPubliekeSleutel(armored: string, waar: string): Promise<Sleutel['vingerafdruk']> {
  let key: openpgp.Key;
  try {
    key = await openpgp.readKey({ armoredKey: armored });
  } catch (e) {
    throw new SleutelFout(`${waar} bevat geen leesbare OpenPGP-sleutel (${(e as Error).message}).`);
  }
  if (key.isPrivate()) {
    throw new SleutelFout(`${waar} bevat een PRIVÉSLEUTEL. Gebruik alleen de publieke sleutel; de privésleutel blijft bij de aandachtsfunctionaris.`);
  }
  if (key.keyPacket.version !== 4) {
    throw new SleutelFout(`${waar} is een v${key.keyPacket.version}-sleutel; GnuPG en Thunderbird lezen alleen v4. Maak een nieuwe met \`npm run sleutel\`.`);
  }
  try {
    await key.getEncryptionKey();
  } catch (e) {
    throw new SleutelFout(`${waar} kan niet versleutelen (verlopen, ingetrokken of zonder versleutel-subsleutel): ${(e as Error).message}`);
  }
  return normaliseer(key.getFingerprint());
}

function leesBestand(pad: string, wat: string): string {
  try {
    return readFileSync(pad, 'utf8');
  } catch (e) {
    throw new SleutelFout(`${wat} ${pad} is niet te lezen: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
  }
}

/** Writes a file with mode 0600 under a temp name, fsyncs it, and returns the temp path. */
function schrijfTijdelijk(doel: string, inhoud: string): string {
  const tmp = `${doel}.${process.pid}.${Date.now()}.tmp`;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, inhoud);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(tmp, 0o600);
  return tmp;
}

function testEmail(regio: Regio): string {
  const mailbox = regio.aandachtsfunctionaris.mailbox;
  return /\.example$/i.test(mailbox) ? mailbox : `aandachtsfunctionaris@${regio.id}.example`;
}

/**
 * The generated test key pair for local use. The private key file is the source of truth: it is created
 * with an exclusive hard link, so two processes starting at once (build and server) end up with one key.
 */
async function lokaleSleutel(regio: Regio, env: NodeJS.ProcessEnv): Promise<string> {
  const { pub, priv } = lokaleSleutelPaden(regio.id, env);
  mkdirSync(dirname(priv), { recursive: true, mode: 0o700 });
  let privArmored: string | undefined;
  try {
    privArmored = readFileSync(priv, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (privArmored === undefined) {
    const { privateKey } = await openpgp.generateKey({
      type: 'ecc',
      curve: 'curve25519Legacy',
      userIDs: [{ name: `Meldwijzer testsleutel ${regio.id}`, email: testEmail(regio) }],
      format: 'armored',
    });
    const tmp = schrijfTijdelijk(priv, privateKey);
    try {
      linkSync(tmp, priv);
      privArmored = privateKey;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      privArmored = readFileSync(priv, 'utf8'); // another process won the race: use its key
    } finally {
      unlinkSync(tmp);
    }
  }
  const key = await openpgp.readPrivateKey({ armoredKey: privArmored });
  const publiek = key.toPublic().armor();
  // The .pub.asc copy is for people (import it, send it around); rewritten atomically each time.
  const tmp = schrijfTijdelijk(pub, publiek);
  renameSync(tmp, pub);
  return publiek;
}

/**
 * The public key the melding form encrypts to and the function checks against, in order:
 * 1. MELDING_SLEUTEL (path to an armored public key),
 * 2. the profile's content/regios/sleutels/<bestand>, whose fingerprint must match the profile,
 * 3. a local test key in ${MELDWIJZER_DATA}/sleutels/<regio>.{pub,priv}.asc, generated on first use.
 * With MELDWIJZER_PRODUCTIE=1 the local test key is refused.
 */
export async function laadSleutel(regio: Regio, env: NodeJS.ProcessEnv = process.env, regioMap = REGIO_MAP): Promise<Sleutel> {
  const config = leesConfig(env);
  const pad = config.MELDING_SLEUTEL;
  if (pad) {
    const volledig = resolve(process.cwd(), pad);
    const armored = leesBestand(volledig, 'MELDING_SLEUTEL');
    const vingerafdruk = await controleerPubliekeSleutel(armored, `MELDING_SLEUTEL (${volledig})`);
    return { armored, vingerafdruk, bron: 'omgeving' };
  }
  const profiel = regio.aandachtsfunctionaris.sleutel;
  if (profiel) {
    const bestand = join(regioMap, 'sleutels', profiel.bestand);
    const armored = leesBestand(bestand, `De sleutel uit regioprofiel ${regio.id}`);
    const vingerafdruk = await controleerPubliekeSleutel(armored, bestand);
    if (vingerafdruk !== normaliseer(profiel.vingerafdruk)) {
      throw new SleutelFout(
        `De vingerafdruk van ${bestand} (${groepeer(vingerafdruk)}) is niet gelijk aan die in regioprofiel ` +
          `${regio.id} (${groepeer(profiel.vingerafdruk)}). Controleer met de aandachtsfunctionaris welke sleutel klopt.`,
      );
    }
    return { armored, vingerafdruk, bron: 'profiel' };
  }
  if (config.MELDWIJZER_PRODUCTIE) {
    throw new SleutelFout(
      `Regio ${regio.id} heeft geen sleutel en MELDWIJZER_PRODUCTIE=1 weigert een lokale testsleutel. ` +
        'Laat de aandachtsfunctionaris een sleutel maken (`npm run sleutel`), zet de publieke sleutel in ' +
        'content/regios/sleutels/ en de vingerafdruk in het regioprofiel, of geef MELDING_SLEUTEL op.',
    );
  }
  const armored = await lokaleSleutel(regio, env);
  const vingerafdruk = await controleerPubliekeSleutel(armored, 'de lokale testsleutel');
  return { armored, vingerafdruk, bron: 'lokaal' };
}
