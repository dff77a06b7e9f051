import { describe, expect, it } from 'vitest';
import { campagneSchema } from '../../../src/campagne/schema.ts';
import { formatFouten } from '../../../src/lib/zod-fouten.ts';

const geldig = {
  jaar: 2027,
  titel: 'Uw twijfel is genoeg',
  beschrijving: 'Een campagne rond de Europese dag tegen mensenhandel.',
  thema: 'Zie de signalen.',
  oproep: 'Meld het anoniem.',
  oproepJe: 'Meld het anoniem, ook als je twijfelt.',
  boodschappen: {
    inwoners: 'Een boodschap voor inwoners.',
    ondernemers: 'Een boodschap voor ondernemers.',
    professionals: 'Een boodschap voor professionals.',
    jongeren: 'Een boodschap voor jongeren.',
  },
  bronnen: [{ titel: 'Beleidsdocument', seed: '004_1cc0d1ead85ea8c6.txt' }],
};

/** What the person running the build reads: `field: expectation` lines. */
function fouten(data: unknown): string {
  const r = campagneSchema.safeParse(data);
  if (r.success) throw new Error('verwachtte een fout, maar het bestand is geldig');
  return formatFouten(r.error);
}

describe('campagneSchema', () => {
  it('accepts a complete campaign and leaves the window to the default', () => {
    const r = campagneSchema.parse(geldig);
    expect(r.venster).toBeUndefined();
    expect(r.activiteiten).toEqual([]);
  });

  it('accepts unquoted YAML dates (js-yaml makes them Date objects)', () => {
    const r = campagneSchema.parse({ ...geldig, venster: { start: new Date('2027-10-11T00:00:00Z'), eind: new Date('2027-10-18T00:00:00Z') } });
    expect(r.venster).toEqual({ start: '2027-10-11', eind: '2027-10-18' });
  });

  it('refuses a window that ends before it starts', () => {
    expect(fouten({ ...geldig, venster: { start: '2027-10-18', eind: '2027-10-01' } })).toMatchInlineSnapshot(
      `"  venster.eind: de einddatum 2027-10-01 ligt vóór de startdatum 2027-10-18; de einddatum moet op of na de startdatum liggen"`,
    );
  });

  it('refuses a date that is not a date, without a second message about the order', () => {
    expect(fouten({ ...geldig, venster: { start: '2027-02-30', eind: '1 november' } })).toMatchInlineSnapshot(`
      "  venster.start: moet een bestaande datum zijn, geschreven als JJJJ-MM-DD (bijvoorbeeld 2027-10-01)
        venster.eind: moet een bestaande datum zijn, geschreven als JJJJ-MM-DD (bijvoorbeeld 2027-10-01)"
    `);
  });

  it('refuses an event with a wrong date', () => {
    const activiteiten = [{ datum: '18-10-2027', plaats: 'Bibliotheek', omschrijving: 'Voorlichting over signalen.' }];
    expect(fouten({ ...geldig, activiteiten })).toMatchInlineSnapshot(
      `"  activiteiten.0.datum: moet een bestaande datum zijn, geschreven als JJJJ-MM-DD (bijvoorbeeld 2027-10-01)"`,
    );
  });

  it('names every missing key message, and still checks the window', () => {
    const { jongeren: _, professionals: __, ...rest } = geldig.boodschappen;
    expect(fouten({ ...geldig, boodschappen: rest, venster: { start: '2027-10-18', eind: '2027-10-01' } })).toMatchInlineSnapshot(`
      "  venster.eind: de einddatum 2027-10-01 ligt vóór de startdatum 2027-10-18; de einddatum moet op of na de startdatum liggen
        boodschappen.professionals: ontbreekt: een kernboodschap voor professionals van 10 tot 200 tekens
        boodschappen.jongeren: ontbreekt: een kernboodschap voor jongeren van 10 tot 200 tekens"
    `);
  });

  it('says what is expected of texts that are too short or too long', () => {
    expect(fouten({ ...geldig, thema: 'x'.repeat(81), boodschappen: { ...geldig.boodschappen, jongeren: 'kort' } })).toMatchInlineSnapshot(`
      "  thema: te lang: hoogstens 80 tekens
        boodschappen.jongeren: te kort: minstens 10 tekens"
    `);
  });

  it('lists every required field of an empty file', () => {
    expect(fouten({})).toMatchInlineSnapshot(`
      "  jaar: moet het campagnejaar zijn, als getal zonder aanhalingstekens, bijvoorbeeld 2027
        titel: ontbreekt: de titel van de campagne
        beschrijving: ontbreekt: een korte beschrijving van 20 tot 160 tekens
        thema: ontbreekt: het thema in één regel (3 tot 80 tekens)
        boodschappen: ontbreekt: kernboodschappen voor inwoners, ondernemers, professionals en jongeren
        oproep: ontbreekt: een oproep van 5 tot 60 tekens, bijvoorbeeld "Twijfelt u? Meld het anoniem."
        oproepJe: ontbreekt: een oproep in je-vorm van 5 tot 60 tekens, bijvoorbeeld "Twijfel je? Meld het anoniem."
        bronnen: ontbreekt: minstens één bron"
    `);
  });

  it('refuses a window outside the campaign year', () => {
    expect(fouten({ ...geldig, venster: { start: '2026-10-01', eind: '2027-10-31' } })).toMatchInlineSnapshot(
      `"  venster.start: moet in het campagnejaar 2027 liggen"`,
    );
  });
});
