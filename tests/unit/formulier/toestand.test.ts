import { describe, expect, test } from 'vitest';
import { BEGIN, verwerk, type Toestand } from '../../../src/islands/formulier/toestand.ts';

function getypt(): Toestand {
  let t = verwerk(BEGIN, { type: 'wijzig', veld: 'wat', waarde: 'Ik zag iets' });
  t = verwerk(t, { type: 'wijzig', veld: 'contactGewenst', waarde: 'ja' });
  return verwerk(t, { type: 'wijzig', veld: 'contact', waarde: '06-…' });
}

describe('form state', () => {
  test('a failure keeps every typed field and the kept ciphertext', () => {
    let t = verwerk(getypt(), { type: 'start' });
    t = verwerk(t, { type: 'stap', stap: 'versturen' });
    const bewaard = { code: 'AAAA-1111', versleuteld: '-----BEGIN PGP MESSAGE-----', velden: '{}' };
    t = verwerk(t, { type: 'uitkomst', uitkomst: { soort: 'mislukt', reden: 'tijdelijk', bericht: 'later', bewaard } });
    expect(t.fase).toBe('mislukt');
    expect(t.waarden).toEqual(getypt().waarden);
    expect(t.bewaard).toEqual(bewaard);
    expect(t.fout).toEqual({ reden: 'tijdelijk', bericht: 'later' });
    // An encryption failure on the retry does not throw away what was kept before.
    t = verwerk(verwerk(t, { type: 'start' }), { type: 'uitkomst', uitkomst: { soort: 'mislukt', reden: 'versleutelen', bericht: 'x', bewaard: null } });
    expect(t.bewaard).toEqual(bewaard);
  });

  test('text is cleared only in the same step that shows the receipt', () => {
    let t = verwerk(getypt(), { type: 'start' });
    expect(t.waarden.wat).toBe('Ik zag iets');
    t = verwerk(t, { type: 'stap', stap: 'versleutelen' });
    expect(t.waarden.wat).toBe('Ik zag iets');
    t = verwerk(t, { type: 'uitkomst', uitkomst: { soort: 'ontvangen', code: 'AAAA-1111' } });
    expect(t.fase).toBe('ontvangen');
    expect(t.code).toBe('AAAA-1111');
    expect(t.waarden).toEqual(BEGIN.waarden);
    expect(t.bewaard).toBeNull();
    const nieuw = verwerk(t, { type: 'nieuw' });
    expect(nieuw.fase).toBe('invullen');
    expect(nieuw.code).toBeNull();
  });

  test('while busy, typing and a second submit are ignored', () => {
    const bezig = verwerk(getypt(), { type: 'start' });
    expect(verwerk(bezig, { type: 'wijzig', veld: 'wat', waarde: 'anders' })).toBe(bezig);
    expect(verwerk(bezig, { type: 'start' })).toBe(bezig);
  });

  test('each invalid submit bumps the attempt counter (the summary takes focus again)', () => {
    const f = [{ veld: 'wat' as const, bericht: 'Beschrijf wat u zag of hoorde' }];
    const a = verwerk(verwerk(BEGIN, { type: 'start' }), { type: 'ongeldig', fouten: f });
    const b = verwerk(verwerk(a, { type: 'start' }), { type: 'ongeldig', fouten: f });
    expect([a.fase, a.poging, b.poging]).toEqual(['invullen', 1, 2]);
  });

  test('values typed before hydration are taken over', () => {
    const t = verwerk(BEGIN, { type: 'herstel', waarden: { wat: 'al getypt', vorm: 'arbeidsuitbuiting' } });
    expect(t.waarden).toEqual({ ...BEGIN.waarden, wat: 'al getypt', vorm: 'arbeidsuitbuiting' });
  });
});
