import { afterAll, describe, expect, test } from 'vitest';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { laadSleutel, lokaleSleutelPaden, groepeer, SleutelFout } from '../../../src/regio/sleutel.ts';
import { laadRegio } from '../../../src/regio/laad.ts';
import type { Regio } from '../../../src/regio/schema.ts';
import { openpgpSleutel, tijdelijkeMap } from './hulp.ts';

const data = tijdelijkeMap('sleutel');
const env = { MELDWIJZER_DATA: data };
const regio = laadRegio('de-bilt');
afterAll(() => rmSync(data, { recursive: true, force: true }));

function metSleutel(bestand: string, vingerafdruk: string): Regio {
  return { ...regio, aandachtsfunctionaris: { ...regio.aandachtsfunctionaris, sleutel: { bestand, vingerafdruk } } };
}

describe('laadSleutel', () => {
  test('generates one local v4 Curve25519 test key, private key mode 0600, and reuses it', async () => {
    const a = await laadSleutel({ ...regio, aandachtsfunctionaris: { ...regio.aandachtsfunctionaris, sleutel: null } }, env);
    const b = await laadSleutel({ ...regio, aandachtsfunctionaris: { ...regio.aandachtsfunctionaris, sleutel: null } }, env);
    expect(a.bron).toBe('lokaal');
    expect(b.vingerafdruk).toBe(a.vingerafdruk);
    const { priv, pub } = lokaleSleutelPaden('de-bilt', env);
    expect(statSync(priv).mode & 0o777).toBe(0o600);
    const key = await openpgp.readPrivateKey({ armoredKey: readFileSync(priv, 'utf8') });
    expect(key.isDecrypted()).toBe(true);
    expect(key.keyPacket.version).toBe(4);
    expect(key.getAlgorithmInfo()).toMatchObject({ algorithm: 'eddsaLegacy' });
    expect(key.users[0]!.userID!.userID).toBe('Meldwijzer testsleutel de-bilt <aandachtsfunctionaris@de-bilt.example>');
    expect(readFileSync(pub, 'utf8')).toBe(a.armored);
    expect(a.armored).not.toContain('PRIVATE');
  });

  test('production refuses the local test key with a clear message', async () => {
    const r = { ...regio, aandachtsfunctionaris: { ...regio.aandachtsfunctionaris, sleutel: null } };
    await expect(laadSleutel(r, { ...env, MELDWIJZER_PRODUCTIE: '1' })).rejects.toThrow(/MELDWIJZER_PRODUCTIE=1 weigert een lokale testsleutel/);
  });

  test('MELDING_SLEUTEL wins over profile and local key', async () => {
    const k = await openpgpSleutel();
    const pad = join(data, 'eigen.asc');
    writeFileSync(pad, k.publicKey);
    const s = await laadSleutel(metSleutel('bestaat-niet.asc', '0'.repeat(40)), { ...env, MELDING_SLEUTEL: pad, MELDWIJZER_PRODUCTIE: '1' });
    expect(s.bron).toBe('omgeving');
    expect(s.vingerafdruk).toBe((await openpgp.readKey({ armoredKey: k.publicKey })).getFingerprint().toUpperCase());
  });

  test('a private key in MELDING_SLEUTEL is refused', async () => {
    const k = await openpgpSleutel();
    const pad = join(data, 'prive.asc');
    writeFileSync(pad, k.privateKey);
    await expect(laadSleutel(regio, { ...env, MELDING_SLEUTEL: pad })).rejects.toThrow(/PRIVÉSLEUTEL/);
  });

  test('profile key: fingerprint must match the profile', async () => {
    const map = join(data, 'regios');
    mkdirSync(join(map, 'sleutels'), { recursive: true });
    const k = await openpgpSleutel();
    writeFileSync(join(map, 'sleutels', 'test.asc'), k.publicKey);
    const fp = (await openpgp.readKey({ armoredKey: k.publicKey })).getFingerprint();
    const goed = await laadSleutel(metSleutel('test.asc', groepeer(fp).toLowerCase()), env, map);
    expect(goed.bron).toBe('profiel');
    const fout = laadSleutel(metSleutel('test.asc', 'A'.repeat(40)), env, map);
    await expect(fout).rejects.toBeInstanceOf(SleutelFout);
    await expect(fout).rejects.toThrow(/vingerafdruk .* is niet gelijk aan die in regioprofiel de-bilt/);
  });
});
