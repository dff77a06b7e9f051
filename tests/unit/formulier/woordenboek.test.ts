import { describe, expect, test } from 'vitest';
import { nl, type Woordenboek } from '../../../src/i18n/nl.ts';
import { FOUTEN, STATUS, type FoutCode } from '../../../functions/melding/antwoord.ts';

/**
 * A second language is a second dictionary of type Woordenboek and nothing else. The type checks below
 * run in `npm run check` (tsc): each @ts-expect-error fails the check if the mistake were accepted.
 */
describe('dictionary', () => {
  test('a missing or an extra key is a type error', () => {
    // @ts-expect-error: a sentence is missing (every FoutCode needs one)
    const teWeinig: Woordenboek['fouten'] = { ...nl.fouten, methode: undefined };
    // @ts-expect-error: a code the function does not have
    const teVeel: Woordenboek['fouten'] = { ...nl.fouten, bestaat_niet: 'x' };
    // A full copy with other words is fine: that is what a translation is.
    const vertaald: Woordenboek['fouten'] = Object.fromEntries(Object.keys(nl.fouten).map((k) => [k, `EN ${k}`])) as Record<FoutCode, string>;
    expect([teWeinig, teVeel, vertaald]).toHaveLength(3);
  });

  test('the function answers with the dictionary\'s sentence and its own status, per code', () => {
    for (const code of Object.keys(STATUS) as FoutCode[]) {
      expect(FOUTEN[code]).toEqual([STATUS[code], nl.fouten[code]]);
    }
    expect(FOUTEN.te_veel).toEqual([429, 'Er komen nu veel meldingen binnen. Wacht een minuut en probeer het opnieuw.']);
  });

  test('the form texts are plain data: /melden/ hands them to the island as a serialised prop', () => {
    expect(JSON.parse(JSON.stringify(nl.formulier))).toEqual(nl.formulier);
  });
});
