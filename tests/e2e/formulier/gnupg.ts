/**
 * A throwaway GnuPG home with a key that GnuPG itself generated (not OpenPGP.js), so the tests prove
 * that what the browser encrypts opens with the aandachtsfunctionaris' own tools.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface GpgSleutel {
  home: string;
  /** Path of the armored public key (for MELDING_SLEUTEL). */
  publiekPad: string;
  publiek: string;
  ontsleutel(armored: string): string;
  opruimen(): void;
}

export function maakGpgSleutel(soort: 'curve25519' | 'rsa3072' = 'curve25519'): GpgSleutel {
  const home = mkdtempSync(join(tmpdir(), 'meldwijzer-gpg-'));
  const env = { ...process.env, GNUPGHOME: home };
  const gpg = (args: string[], input?: string) => execFileSync('gpg', ['--batch', '--quiet', '--pinentry-mode', 'loopback', '--passphrase', '', ...args], { env, input, stdio: ['pipe', 'pipe', 'pipe'] });
  const uid = 'Aandachtsfunctionaris Test <af@meldwijzer.example>';
  if (soort === 'curve25519') {
    gpg(['--quick-gen-key', uid, 'ed25519', 'cert,sign', 'never']);
  } else {
    gpg(['--quick-gen-key', uid, 'rsa3072', 'cert,sign', 'never']);
  }
  const fpr = /^fpr:+([0-9A-F]{40}):/m.exec(gpg(['--with-colons', '--list-keys']).toString())![1]!;
  gpg(['--quick-add-key', fpr, soort === 'curve25519' ? 'cv25519' : 'rsa3072', 'encr', 'never']);
  const publiek = gpg(['--armor', '--export', fpr]).toString();
  writeFileSync(join(home, 'publiek.asc'), publiek);
  return gpgSleutelIn(home, true);
}

/**
 * The key in an existing GnuPG home (made by maakGpgSleutel). `eigen`: opruimen() deletes the home; a home
 * the global setup made for the whole run (gedeeldeGpgHome) is left to it.
 */
export function gpgSleutelIn(home: string, eigen = false): GpgSleutel {
  const env = { ...process.env, GNUPGHOME: home };
  const publiekPad = join(home, 'publiek.asc');
  return {
    home,
    publiekPad,
    publiek: readFileSync(publiekPad, 'utf8'),
    ontsleutel: (armored) =>
      execFileSync('gpg', ['--batch', '--quiet', '--pinentry-mode', 'loopback', '--passphrase', '', '--decrypt'], { env, input: armored, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 }).toString('utf8'),
    opruimen: () => (eigen ? rmSync(home, { recursive: true, force: true }) : undefined),
  };
}

/** The armored OpenPGP message inside a PGP/MIME .eml. */
export function pgpUitEml(eml: string): string {
  const m = /-----BEGIN PGP MESSAGE-----[\s\S]*?-----END PGP MESSAGE-----/.exec(eml);
  if (!m) throw new Error('geen PGP-bericht in de mail');
  return `${m[0].replace(/\r\n/g, '\n')}\n`;
}

/** .eml files in the sink folder, newest last. */
export function mails(map: string): string[] {
  return readdirSync(map)
    .filter((n) => n.endsWith('.eml'))
    .sort()
    .map((n) => readFileSync(join(map, n), 'utf8'));
}
