import { describe, expect, test } from 'vitest';
import { controleer, naarInvoer, veldId, LEEG } from '../../../src/islands/formulier/waarden.ts';
import { lengte, tellerTekst, limietTekst, toonTeller } from '../../../src/islands/formulier/teller.ts';
import { ontbrekend } from '../../../src/islands/formulier/controle.ts';
import { leesUitdaging } from '../../../src/islands/formulier/pow.ts';
import { veldenSchema, MAX } from '../../../src/melding/velden.ts';

describe('fields → schema', () => {
  test('empty form: one error, on "wat", with the schema\'s message', () => {
    const r = controleer(LEEG, veldenSchema);
    expect(r.fouten).toEqual([{ veld: 'wat', bericht: 'Beschrijf wat u zag of hoorde' }]);
  });

  test('errors come in field order and link to existing ids', () => {
    const r = controleer({ ...LEEG, wat: '', waar: 'x'.repeat(MAX.waar + 1), contactGewenst: 'ja', contact: ' ' }, veldenSchema);
    expect(r.fouten.map((f) => f.veld)).toEqual(['wat', 'waar', 'contact']);
    expect(r.fouten.map((f) => veldId(f.veld))).toEqual(['veld-wat', 'veld-waar', 'veld-contact']);
  });

  test('contact details are dropped when the reporter wants no contact', () => {
    expect(naarInvoer({ ...LEEG, wat: 'x', contactGewenst: 'nee', contact: 'mijn nummer' }).contact).toBe('');
    const r = controleer({ ...LEEG, wat: ' Zag iets ', contactGewenst: 'ja', contact: '06 1234' }, veldenSchema);
    expect(r.velden).toMatchObject({ wat: 'Zag iets', contactGewenst: true, contact: '06 1234' });
  });
});

describe('character count', () => {
  test('counts like the schema (trimmed) and never hides an excess', () => {
    expect(lengte('  ab  ')).toBe(2);
    expect(tellerTekst('a', 10)).toBe('U heeft nog 9 tekens over');
    expect(tellerTekst('a'.repeat(9), 10)).toBe('U heeft nog 1 teken over');
    expect(tellerTekst('a'.repeat(11), 10)).toBe('U heeft 1 teken te veel');
    expect(tellerTekst('a'.repeat(12_001), 10_000)).toBe('U heeft 2.001 tekens te veel');
    expect(limietTekst(10_000)).toBe('U kunt maximaal 10.000 tekens gebruiken.');
    expect([toonTeller('a'.repeat(79), 100), toonTeller('a'.repeat(80), 100)]).toEqual([false, true]);
  });
});

describe('browser check (fail closed)', () => {
  const goed = { isSecureContext: true, location: { hostname: 'meldwijzer.example' }, crypto: { subtle: {}, getRandomValues: () => 0 }, BigInt, TextEncoder, fetch: () => 0 };
  test('a complete browser passes; localhost over http too', () => {
    expect(ontbrekend(goed)).toEqual([]);
    expect(ontbrekend({ ...goed, isSecureContext: false, location: { hostname: '127.0.0.1' } })).toEqual([]);
  });
  test('each missing piece is named', () => {
    expect(ontbrekend({ ...goed, isSecureContext: false })).toEqual(['https']);
    expect(ontbrekend({ ...goed, crypto: { getRandomValues: () => 0 }, BigInt: undefined, TextEncoder: undefined })).toHaveLength(3);
  });
});

describe('ALTCHA challenge', () => {
  test('accepts a bare or wrapped challenge and rejects anything else', () => {
    const c = { parameters: { algorithm: 'SHA-256', nonce: 'aa', salt: 'bb', cost: 1, keyLength: 32, keyPrefix: '00' }, signature: 'x' };
    expect(leesUitdaging(c)).toBe(c);
    expect(leesUitdaging({ challenge: c })).toBe(c);
    expect(() => leesUitdaging({ fout: 'x' })).toThrow();
    expect(() => leesUitdaging(null)).toThrow();
  });
});
