/**
 * `npm run sleutel -- [--naam "Naam"] [--email adres] [--wachtwoord-bestand f] [--uit map]`
 * Makes an OpenPGP key pair for the aandachtsfunctionaris: v4, Curve25519 (readable by GnuPG 2.2 and
 * Thunderbird), private key protected by a passphrase. Prints the fingerprint and the next steps.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as openpgp from 'openpgp';
import { vereisNode } from './runtime.ts';
import { hulpBijVraag } from './hulp.ts';
import { laadActieveRegio } from '../regio/laad.ts';
import { dataMap, groepeer } from '../regio/sleutel.ts';
import { argument, wachtwoord } from './wachtwoord.ts';

vereisNode();
hulpBijVraag(`
npm run sleutel -- [--naam "Naam"] [--email adres] [--wachtwoord-bestand bestand] [--uit map]
  Maakt een OpenPGP-sleutelpaar voor de aandachtsfunctionaris (v4, Curve25519: GnuPG, Thunderbird en
  Kleopatra lezen het). De privésleutel krijgt een wachtwoord.
  --naam <tekst>                  naam in de sleutel (standaard: Aandachtsfunctionaris mensenhandel <regio>)
  --email <adres>                 e-mailadres in de sleutel (standaard: de mailbox uit het regioprofiel)
  --wachtwoord-bestand <bestand>  wachtwoord uit een bestand (eerste regel); anders wordt erom gevraagd
  --uit <map>                     waar de bestanden komen (standaard: MELDWIJZER_DATA/sleutel-<regio>-<datum>)
`);
const args = process.argv.slice(2);

try {
  const regio = laadActieveRegio();
  const naam = argument(args, '--naam') ?? `Aandachtsfunctionaris mensenhandel ${regio.korteNaam}`;
  const email = argument(args, '--email') ?? regio.aandachtsfunctionaris.mailbox;
  const passphrase = await wachtwoord(args, 'Kies een sterk wachtwoord voor de privésleutel: ', true);
  if (passphrase.length < 12) throw new Error('Kies een wachtwoord van minstens 12 tekens (bijvoorbeeld vier losse woorden).');
  const { publicKey, privateKey, revocationCertificate } = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ name: naam, email }],
    passphrase,
    format: 'armored',
  });
  const key = await openpgp.readKey({ armoredKey: publicKey });
  const fp = key.getFingerprint().toUpperCase();
  const datum = new Date().toISOString().slice(0, 10);
  const uit = argument(args, '--uit') ?? join(dataMap(), `sleutel-${regio.id}-${datum}`);
  mkdirSync(uit, { recursive: true, mode: 0o700 });
  const bestand = `${regio.id}.asc`;
  const pub = join(uit, bestand);
  const priv = join(uit, `${regio.id}.priv.asc`);
  const intrek = join(uit, `${regio.id}.intrekking.asc`);
  writeFileSync(pub, publicKey);
  writeFileSync(priv, privateKey, { mode: 0o600 });
  writeFileSync(intrek, revocationCertificate, { mode: 0o600 });
  const toon = (p: string) => (relative(process.cwd(), p).startsWith('..') ? p : relative(process.cwd(), p));
  console.log(`
Sleutelpaar gemaakt voor ${naam} <${email}>.

Vingerafdruk: ${groepeer(fp)}

Bestanden in ${toon(uit)}/:
  ${bestand}              publieke sleutel: deze mag iedereen zien
  ${regio.id}.priv.asc         PRIVÉSLEUTEL: alleen voor de aandachtsfunctionaris, nooit op de webserver
  ${regio.id}.intrekking.asc   intrekkingscertificaat: bewaar apart, voor als de sleutel kwijt of gestolen is

Importeren in Thunderbird: Instellingen > Accountinstellingen > End-to-end-versleuteling >
  "Sleutel toevoegen" > "Bestaande OpenPGP-sleutel importeren" > kies ${regio.id}.priv.asc en typ het wachtwoord.
Importeren in GnuPG:   gpg --import ${toon(priv)}
  (ontsleutelen: gpg --decrypt bericht.asc, of npm run ontsleutel -- melding.eml --sleutel ${toon(priv)})

In de website zetten (door de beheerder):
  1. Kopieer ${toon(pub)} naar content/regios/sleutels/${bestand}
  2. Zet in content/regios/${regio.id}.json bij "aandachtsfunctionaris":
       "sleutel": { "bestand": "${bestand}", "vingerafdruk": "${groepeer(fp)}" }
  3. Bouw en publiceer de site opnieuw. Controleer daarna de vingerafdruk op /melden/.

Zet de privésleutel daarna weg van deze computer (bijvoorbeeld alleen in Thunderbird) en wis ${toon(uit)}/.
Zie docs/aandachtsfunctionaris.md.`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
