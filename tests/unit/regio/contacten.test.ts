/**
 * controleerContacten: placeholders are errors (a production build refuses them), check dates older than
 * 12 months are warnings, and the built-in example profiles are recognised as examples.
 */
import { describe, expect, it } from 'vitest';
import { controleerContacten, isVoorbeeldTelefoon } from '../../../src/regio/contacten.ts';
import { bekendeRegios, laadRegio } from '../../../src/regio/laad.ts';
import type { Regio } from '../../../src/regio/schema.ts';

const basis = laadRegio('de-bilt');

/** A copy of the De Bilt profile with a real-looking gemeente contact and the given partners. */
function regioMet(wijzig: (r: Regio) => void): Regio {
  const r = structuredClone(basis);
  r.gemeenteContact = { naam: 'Team Veiligheid, gemeente De Bilt', telefoon: '030 228 94 11', email: 'veiligheid@debilt.nl' };
  for (const p of r.partners) if (p.gecontroleerd) p.gecontroleerd = '2026-11-30';
  wijzig(r);
  return r;
}

const dag = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('controleerContacten', () => {
  it('a profile with real-looking contacts checked this month is clean', () => {
    expect(controleerContacten(regioMet(() => {}), dag('2026-12-02'))).toEqual({ fouten: [], waarschuwingen: [] });
  });

  it('refuses example domains and placeholder numbers in the gemeente contact', () => {
    const r = regioMet((r) => {
      r.gemeenteContact = { naam: 'Team Veiligheid', telefoon: '0000 000 000', email: 'team@de-bilt.example', website: 'https://www.example.org/' };
    });
    expect(controleerContacten(r, dag('2026-12-02')).fouten).toEqual([
      'gemeenteContact.telefoon: "0000 000 000" is een voorbeeldnummer',
      'gemeenteContact.website: "https://www.example.org/" is een voorbeeldadres',
      'gemeenteContact.email: "team@de-bilt.example" is een voorbeeldadres',
    ]);
  });

  it('refuses an example address in a partner, naming the partner', () => {
    const r = regioMet((r) => {
      r.partners[1]!.chat = 'https://chat.moviera.test/';
    });
    expect(controleerContacten(r, dag('2026-12-02')).fouten).toEqual([
      'partners.1 (Moviera).chat: "https://chat.moviera.test/" is een voorbeeldadres',
    ]);
  });

  it('warns when a check date is more than 12 months old, not at exactly 12 months', () => {
    const r = regioMet((r) => {
      r.partners[0]!.gecontroleerd = '2025-12-01';
      r.partners[1]!.gecontroleerd = '2025-12-02';
    });
    const { fouten, waarschuwingen } = controleerContacten(r, dag('2026-12-02'));
    expect(fouten).toEqual([]);
    expect(waarschuwingen).toHaveLength(1);
    expect(waarschuwingen[0]).toMatch(/^partners\.0 \(Veilig Thuis Utrecht\): contactgegevens voor het laatst gecontroleerd op 2025-12-01, meer dan 12 maanden geleden; controleer ze opnieuw bij augeo\.nl/);
  });

  it('a check date in the future is an error (a typo, or a check that did not happen)', () => {
    const r = regioMet((r) => {
      r.partners[0]!.gecontroleerd = '2027-01-01';
    });
    expect(controleerContacten(r, dag('2026-12-02')).fouten).toEqual(['partners.0 (Veilig Thuis Utrecht).gecontroleerd: 2027-01-01 ligt in de toekomst']);
  });

  it('an invalid "vandaag" is a clear error, not a silent pass', () => {
    expect(() => controleerContacten(basis, new Date('morgen'))).toThrow('vandaag is geen geldige datum');
  });

  it.each(bekendeRegios())('the example profile %s is refused for production (its gemeente contact is a placeholder)', (id) => {
    const { fouten } = controleerContacten(laadRegio(id), dag('2026-12-02'));
    expect(fouten.length).toBeGreaterThan(0);
    expect(fouten.every((f) => f.startsWith('gemeenteContact.'))).toBe(true);
  });

  it.each(bekendeRegios())('%s: no partner contact is older than 12 months today', (id) => {
    expect(controleerContacten(laadRegio(id), dag('2026-12-02')).waarschuwingen).toEqual([]);
  });
});

describe('isVoorbeeldTelefoon', () => {
  it.each(['0000 000 000', '000-1234567', '0111111111', '0123456789'])('%s is a placeholder', (n) => expect(isVoorbeeldTelefoon(n)).toBe(true));
  it.each(['0800-2000', '033 448 11 86', '088-374 47 44', '112'])('%s is not', (n) => expect(isVoorbeeldTelefoon(n)).toBe(false));
});
