import { afterAll, expect, test } from 'vitest';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { openpgpSleutel, tijdelijkeMap, velden, versleutelVoor } from './hulp.ts';
import { meldingMime } from '../../../src/melding/tekst.ts';

/** The operator commands, chained as an aandachtsfunctionaris and the ICT would use them. */
const map = tijdelijkeMap('cli');
afterAll(() => rmSync(map, { recursive: true, force: true }));

function draai(script: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync(process.execPath, [`src/cli/${script}.ts`, ...args], {
    cwd: join(import.meta.dirname, '../../..'),
    env: { ...process.env, MELDWIJZER_DATA: join(map, 'data'), MELDWIJZER_REGIO: 'de-bilt', SMTP_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  }).toString('utf8');
}

test('sleutel → testmelding (local sink) → ontsleutel with the passphrase; GnuPG reads it too', () => {
  const ww = join(map, 'ww.txt');
  writeFileSync(ww, 'vier losse woorden hier\n');
  const uit = join(map, 'sleutel');
  const s = draai('sleutel', ['--wachtwoord-bestand', ww, '--uit', uit]);
  const fp = s.match(/Vingerafdruk: ([0-9A-F ]{49})/)![1]!;
  expect(s).toContain(`"vingerafdruk": "${fp}"`);
  expect(statSync(join(uit, 'de-bilt.priv.asc')).mode & 0o777).toBe(0o600);

  const t = draai('testmelding', [], { MELDING_SLEUTEL: join(uit, 'de-bilt.asc') });
  expect(t).toMatch(/Gelukt: testmelding [0-9A-Z]{4}-[0-9A-Z]{4} is aangenomen/);
  const code = t.match(/testmelding ([0-9A-Z]{4}-[0-9A-Z]{4})/)![1]!;
  const post = join(map, 'data', 'post');
  const eml = join(post, readdirSync(post).find((f) => f.endsWith('.eml'))!);

  const o = draai('ontsleutel', [eml, '--sleutel', join(uit, 'de-bilt.priv.asc'), '--wachtwoord-bestand', ww]);
  expect(o).toContain(`Onderwerp: Anonieme melding mensenhandel ${code}`);
  expect(o).toContain('Dit is een TESTMELDING van Meldwijzer');
  expect(o).toContain('é ë ï ü 🚨 שלום');
  expect(o).not.toContain('X-Padding');

  writeFileSync(join(map, 'fout.txt'), 'verkeerd\n');
  expect(() => draai('ontsleutel', [eml, '--sleutel', join(uit, 'de-bilt.priv.asc'), '--wachtwoord-bestand', join(map, 'fout.txt')])).toThrow(/wachtwoord klopt niet/);

  const home = join(map, 'gnupg');
  execFileSync('mkdir', ['-m', '700', home]);
  try {
    const gpg = (args: string[], input?: string) =>
      execFileSync('gpg', ['--homedir', home, '--batch', '--quiet', '--pinentry-mode', 'loopback', '--passphrase-file', ww, ...args], { input, stdio: ['pipe', 'pipe', 'pipe'] }).toString('utf8');
    gpg(['--import', join(uit, 'de-bilt.priv.asc')]);
    const uitGpg = gpg(['--decrypt'], execFileSync('cat', [eml]).toString().match(/-----BEGIN PGP MESSAGE-----[\s\S]*?-----END PGP MESSAGE-----/)![0]);
    expect(uitGpg).toContain('Dit is een TESTMELDING van Meldwijzer');
  } finally {
    execFileSync('gpgconf', ['--homedir', home, '--kill', 'gpg-agent'], { stdio: 'ignore' });
  }
}, 60_000);

test('a melding made with another region (as npm start prints it) decrypts without naming the region again', () => {
  const data = join(map, 'twee-regios');
  // npm start for fryslan made a local test key and a mail; later the operator runs ontsleutel with the default region.
  const t = draai('testmelding', [], { MELDWIJZER_REGIO: 'fryslan', MELDWIJZER_DATA: data });
  const code = t.match(/testmelding ([0-9A-Z]{4}-[0-9A-Z]{4})/)![1]!;
  draai('testmelding', [], { MELDWIJZER_REGIO: 'de-bilt', MELDWIJZER_DATA: data });
  const post = join(data, 'post');
  const emls = readdirSync(post).filter((f) => f.endsWith('.eml')).map((f) => join(post, f));
  const o = emls.map((eml) => draai('ontsleutel', [eml], { MELDWIJZER_REGIO: 'de-bilt', MELDWIJZER_DATA: data }));
  expect(o.some((u) => u.includes(`Onderwerp: Anonieme melding mensenhandel ${code}`))).toBe(true);
  expect(o.every((u) => u.includes('Dit is een TESTMELDING van Meldwijzer'))).toBe(true);
}, 60_000);

test('ontsleutel shows the text of a melding with photos and saves the photos, for the user only, next to the .eml', async () => {
  const k = await openpgpSleutel();
  writeFileSync(join(map, 'foto.priv.asc'), k.privateKey);
  const jpg = Uint8Array.from({ length: 5000 }, (_, i) => (i * 31) % 256);
  const png = Uint8Array.from({ length: 700 }, (_, i) => (i * 17) % 256);
  const mime = meldingMime(velden({ wat: 'Zie de foto van het busje.' }), 'FOTO-2345', 'nl', undefined, [
    { type: 'image/jpeg', data: jpg },
    { type: 'image/png', data: png },
  ]);
  const eml = join(map, 'met-fotos.eml');
  writeFileSync(eml, `Subject: Anonieme melding mensenhandel FOTO-2345\r\n\r\n${await versleutelVoor([k.publicKey], mime)}`);
  const o = draai('ontsleutel', [eml, '--sleutel', join(map, 'foto.priv.asc')]);
  expect(o).toContain('Zie de foto van het busje.');
  expect(o).not.toContain('base64');
  const fotos = join(map, 'met-fotos-fotos');
  expect(o).toContain(`2 foto's opgeslagen in ${fotos}/: foto-1.jpg, foto-2.png`);
  expect(readFileSync(join(fotos, 'foto-1.jpg'))).toEqual(Buffer.from(jpg));
  expect(readFileSync(join(fotos, 'foto-2.png'))).toEqual(Buffer.from(png));
  expect(statSync(fotos).mode & 0o777).toBe(0o700);
  expect(statSync(join(fotos, 'foto-1.jpg')).mode & 0o777).toBe(0o600);
}, 60_000);

test('every command explains itself with --help and exits 0', () => {
  for (const cli of ['sleutel', 'ontsleutel', 'testmelding', 'controle', 'build', 'start', 'serve', 'screenshots']) {
    const uit = cli === 'serve' ? execFileSync(process.execPath, ['src/server/main.ts', '--help']).toString() : draai(cli, ['--help']);
    expect(uit, cli).toMatch(new RegExp(`npm (run )?${cli}`));
  }
}, 60_000);
