import { describe, expect, it } from 'vitest';
import { bestaandeDatum, inVenster, vandaag, venster } from '../../../src/campagne/venster.ts';

describe('vandaag()', () => {
  const nu = new Date('2026-11-22T12:00:00Z');

  it('is the real date when MELDWIJZER_VANDAAG is not set or empty', () => {
    expect(vandaag({}, nu)).toBe('2026-11-22');
    expect(vandaag({ MELDWIJZER_VANDAAG: '  ' }, nu)).toBe('2026-11-22');
  });

  it('is the Dutch date: a rebuild at 00:05 in Amsterdam sees the new day (summer and winter time)', () => {
    expect(vandaag({}, new Date('2027-09-30T22:05:00Z'))).toBe('2027-10-01');
    expect(vandaag({}, new Date('2027-10-31T23:05:00Z'))).toBe('2027-11-01');
    expect(vandaag({}, new Date('2027-10-31T22:55:00Z'))).toBe('2027-10-31');
  });

  it('takes MELDWIJZER_VANDAAG, trimmed', () => {
    expect(vandaag({ MELDWIJZER_VANDAAG: ' 2027-10-18 ' }, nu)).toBe('2027-10-18');
  });

  it.each(['morgen', '18-10-2027', '2027-13-01', '2027-02-30', '2027-10-1'])('refuses %j with the expected form', (waarde) => {
    expect(() => vandaag({ MELDWIJZER_VANDAAG: waarde }, nu)).toThrow(
      `MELDWIJZER_VANDAAG="${waarde}" is geen datum. Gebruik JJJJ-MM-DD, bijvoorbeeld 2027-10-18.`,
    );
  });
});

describe('bestaandeDatum()', () => {
  it('knows leap years', () => {
    expect(bestaandeDatum('2028-02-29')).toBe(true);
    expect(bestaandeDatum('2027-02-29')).toBe(false);
  });
});

describe('venster() and inVenster()', () => {
  const standaard = { jaar: 2027 };
  const eigen = { jaar: 2027, venster: { start: '2027-10-11', eind: '2027-10-18' } };

  it('defaults to 1–31 October of the campaign year', () => {
    expect(venster(standaard)).toEqual({ start: '2027-10-01', eind: '2027-10-31' });
  });

  it('includes the first and the last day', () => {
    expect(inVenster(standaard, '2027-10-01')).toBe(true);
    expect(inVenster(standaard, '2027-10-31')).toBe(true);
    expect(inVenster(eigen, '2027-10-11')).toBe(true);
    expect(inVenster(eigen, '2027-10-18')).toBe(true);
  });

  it('excludes the day before and the day after', () => {
    expect(inVenster(standaard, '2027-09-30')).toBe(false);
    expect(inVenster(standaard, '2027-11-01')).toBe(false);
    expect(inVenster(eigen, '2027-10-10')).toBe(false);
    expect(inVenster(eigen, '2027-10-19')).toBe(false);
  });

  it('does not match the same days in another year', () => {
    expect(inVenster(standaard, '2026-10-18')).toBe(false);
  });
});
