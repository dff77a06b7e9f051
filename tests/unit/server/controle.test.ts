import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseRegio } from '../../../src/regio/laad.ts';
import type { Regio } from '../../../src/regio/schema.ts';
import { controleerGereedheid, isVoorbeeldDomein } from '../../../src/config/productie.ts';

// Real time: laadSleutel checks keys against the clock, so the keys here are made "now".
const NU = new Date();
const DAG = 86400;
const dag = (n: number) => new Date(NU.getTime() + n * DAG * 1000).toISOString().slice(0, 10);
let map: string;

/** A v4 Curve25519 key as `npm run sleutel` makes it, created at NU, optionally expiring. */
async function sleutel(bestand: string, naam: string, email: string, geldigSeconden = 0): Promise<string> {
  const { publicKey } = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ name: naam, email }],
    date: new Date(NU.getTime() - 1000),
    keyExpirationTime: geldigSeconden,
    format: 'armored',
  });
  writeFileSync(join(map, 'sleutels', bestand), publicKey);
  return (await openpgp.readKey({ armoredKey: publicKey })).getFingerprint().toUpperCase();
}

/** The de-bilt profile made complete: real-looking gemeente domains (.nl), a real key. */
function compleet(bestand: string, vingerafdruk: string): Regio {
  const basis = JSON.parse(readFileSync('content/regios/de-bilt.json', 'utf8'));
  basis.url = 'https://meldwijzer.debilt.nl';
  basis.aandachtsfunctionaris.mailbox = 'mensenhandel@debilt.nl';
  basis.aandachtsfunctionaris.afzender = 'meldwijzer@debilt.nl';
  basis.aandachtsfunctionaris.sleutel = { bestand, vingerafdruk };
  basis.securityTxt = { contact: 'mailto:security@debilt.nl', verloopt: dag(365) };
  basis.gemeenteContact = { naam: 'Team Veiligheid, gemeente De Bilt', email: 'veiligheid@debilt.nl', website: 'https://www.debilt.nl/' };
  return parseRegio('test.json', JSON.stringify(basis));
}

const env = { SMTP_URL: 'smtp://relay.debilt.nl:587' };
let echt: string;

beforeAll(async () => {
  map = mkdtempSync(join(tmpdir(), 'controle-'));
  mkdirSync(join(map, 'sleutels'));
  echt = await sleutel('echt.asc', 'Aandachtsfunctionaris mensenhandel', 'mensenhandel@debilt.nl', 2 * 365 * DAG);
});
afterAll(() => rmSync(map, { recursive: true, force: true }));

describe('npm run controle', () => {
  test('passes on a complete profile with a real key', async () => {
    const u = await controleerGereedheid({ regio: compleet('echt.asc', echt), env, regioMap: map, nu: NU });
    expect(u.fouten).toEqual([]);
  });

  test('fails on each example placeholder, naming the field', async () => {
    const r = compleet('echt.asc', echt);
    const fouten = async (regio: Regio, extra = {}) => (await controleerGereedheid({ regio, env: { ...env, ...extra }, regioMap: map, nu: NU })).fouten;
    expect(await fouten({ ...r, aandachtsfunctionaris: { ...r.aandachtsfunctionaris, mailbox: 'af@de-bilt.example' } })).toEqual([
      expect.stringContaining('af@de-bilt.example (aandachtsfunctionaris.mailbox) is een voorbeeldadres'),
    ]);
    expect(await fouten({ ...r, aandachtsfunctionaris: { ...r.aandachtsfunctionaris, afzender: 'noreply@example.com' } })).toEqual([
      expect.stringContaining('Afzender noreply@example.com'),
    ]);
    expect(await fouten({ ...r, url: 'https://meldwijzer.de-bilt.example' })).toEqual([expect.stringContaining('(url) is een voorbeeld')]);
    expect(await fouten(r, { MELDING_TO: 'x@test.example' })).toEqual([expect.stringContaining('(MELDING_TO) is een voorbeeldadres')]);
    expect(await fouten({ ...r, securityTxt: { ...r.securityTxt, contact: 'mailto:security@de-bilt.example' } })).toEqual([
      expect.stringContaining('security.txt: het contactadres'),
    ]);
  });

  test('fails when security.txt has expired', async () => {
    const r = compleet('echt.asc', echt);
    const u = await controleerGereedheid({ regio: { ...r, securityTxt: { ...r.securityTxt, verloopt: dag(-1) } }, env, regioMap: map, nu: NU });
    expect(u.fouten).toEqual([expect.stringContaining(`${dag(-1)} (securityTxt.verloopt) ligt niet in de toekomst`)]);
  });

  test('checks the Expires line of a built security.txt', async () => {
    const dist = join(map, 'dist');
    mkdirSync(join(dist, '.well-known'), { recursive: true });
    writeFileSync(join(dist, '.well-known', 'security.txt'), `Contact: mailto:security@debilt.nl\nExpires: ${dag(-30)}T00:00:00.000Z\n`);
    const u = await controleerGereedheid({ regio: compleet('echt.asc', echt), env, regioMap: map, nu: NU, dist });
    expect(u.fouten).toEqual([expect.stringContaining(`Expires ${dag(-30)}T00:00:00.000Z ligt niet in de toekomst`)]);
  });

  test('fails on a missing key (no local test key in production)', async () => {
    const r = compleet('echt.asc', echt);
    const u = await controleerGereedheid({ regio: { ...r, aandachtsfunctionaris: { ...r.aandachtsfunctionaris, sleutel: null } }, env, regioMap: map, nu: NU });
    expect(u.fouten).toEqual([expect.stringContaining('weigert een lokale testsleutel')]);
  });

  test('fails on a key marked as test key', async () => {
    const fp = await sleutel('test.asc', 'Meldwijzer testsleutel de-bilt', 'aandachtsfunctionaris@de-bilt.example', 365 * DAG);
    const u = await controleerGereedheid({ regio: compleet('test.asc', fp), env, regioMap: map, nu: NU });
    expect(u.fouten).toEqual([expect.stringContaining('is een testsleutel')]);
  });

  test('fails on a key that expires within 60 days', async () => {
    const fp = await sleutel('kort.asc', 'Aandachtsfunctionaris mensenhandel', 'mensenhandel@debilt.nl', 30 * DAG);
    const u = await controleerGereedheid({ regio: compleet('kort.asc', fp), env, regioMap: map, nu: NU });
    expect(u.fouten).toEqual([expect.stringContaining(`verloopt op ${dag(30)}, binnen 60 dagen`)]);
  });

  test('fails on an expired key', async () => {
    const fp = await sleutel('oud.asc', 'Aandachtsfunctionaris mensenhandel', 'mensenhandel@debilt.nl', 30 * DAG);
    const later = new Date(NU.getTime() + 40 * DAG * 1000);
    const r = compleet('oud.asc', fp);
    const u = await controleerGereedheid({ regio: { ...r, securityTxt: { ...r.securityTxt, verloopt: dag(400) } }, env, regioMap: map, nu: later });
    expect(u.fouten.join('\n')).toMatch(/verlopen/);
  });

  test('warns when a partner contact was last checked over 12 months ago, and refuses a placeholder gemeente contact', async () => {
    const r = compleet('echt.asc', echt);
    const oud = { ...r, partners: r.partners.map((p, i) => (i === 0 && p.gecontroleerd ? { ...p, gecontroleerd: dag(-400) } : p)) };
    expect(oud.partners[0]!.gecontroleerd).toBe(dag(-400));
    const u = await controleerGereedheid({ regio: oud, env, regioMap: map, nu: NU });
    expect(u.fouten).toEqual([]);
    expect(u.waarschuwingen.join('\n')).toMatch(/partners\.0 .*gecontroleerd/);
    const placeholder = await controleerGereedheid({ regio: { ...r, gemeenteContact: { naam: 'Team Veiligheid', email: 'team@gemeente.example' } }, env, regioMap: map, nu: NU });
    expect(placeholder.fouten.join('\n')).toMatch(/gemeenteContact/);
  });

  test('knows placeholder domains from real ones', () => {
    for (const d of ['example', 'de-bilt.example', 'example.com', 'www.example.org', 'x.test', 'localhost']) expect(isVoorbeeldDomein(d), d).toBe(true);
    for (const d of ['debilt.nl', 'examplegemeente.nl', 'rotterdam.nl']) expect(isVoorbeeldDomein(d), d).toBe(false);
  });
});
