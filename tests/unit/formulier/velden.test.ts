import { describe, expect, test } from 'vitest';
import { veldenSchema, VELD_FOUT_CODES, MAX } from '../../../src/melding/velden.ts';
import { MELDING_VELDEN, MELDING_VORMEN } from '../../../src/lib/begrippen.ts';
import { foutenPerVeld } from '../../../src/islands/formulier/waarden.ts';
import { t } from '../../../src/i18n/nl.ts';

/** The shared field schema speaks in codes; the dictionary turns every code into a sentence. */
function codes(invoer: unknown): Array<[string, string]> {
  const r = veldenSchema.safeParse(invoer);
  return r.success ? [] : r.error.issues.map((i) => [String(i.path[0]), i.message]);
}

describe('veldenSchema', () => {
  test('each problem gives its field and code', () => {
    expect(codes({ wat: '   ' })).toEqual([['wat', 'wat_leeg']]);
    expect(codes({ wat: 'x'.repeat(MAX.wat + 1) })).toEqual([['wat', 'wat_te_lang']]);
    for (const veld of ['waar', 'wanneer', 'wie'] as const) expect(codes({ wat: 'x', [veld]: 'y'.repeat(MAX[veld] + 1) })).toEqual([[veld, `${veld}_te_lang`]]);
    expect(codes({ wat: 'x', vorm: 'iets-anders' })).toEqual([['vorm', 'vorm_onbekend']]);
    expect(codes({ wat: 'x', contactGewenst: true, contact: '  ' })).toEqual([['contact', 'contact_leeg']]);
    expect(codes({ wat: 'x', contactGewenst: true, contact: 'y'.repeat(MAX.contact + 1) })).toEqual([['contact', 'contact_te_lang']]);
  });

  test('wrong types give a code too, never a library text that could quote the input', () => {
    expect(codes({ wat: 12345, contactGewenst: 'GEHEIM' })).toEqual([
      ['wat', 'ongeldig'],
      ['contactGewenst', 'ongeldig'],
    ]);
    expect(codes('GEHEIM')).toEqual([['undefined', 'ongeldig']]);
  });

  test('defaults and trimming as before: one required field, "weet-niet" when no vorm is chosen', () => {
    const r = veldenSchema.safeParse({ wat: '  Zag iets  ' });
    expect(r.success && r.data).toEqual({ wat: 'Zag iets', waar: '', wanneer: '', wie: '', vorm: 'weet-niet', contactGewenst: false, contact: '' });
    for (const vorm of MELDING_VORMEN) expect(veldenSchema.safeParse({ wat: 'x', vorm }).success).toBe(true);
    expect(Object.keys(r.success ? r.data : {})).toEqual([...MELDING_VELDEN]);
    expect(() => veldenSchema.parse({ wat: '' })).toThrow('wat: wat_leeg');
  });

  test('the dictionary has a sentence for every code, with the limit filled in', () => {
    for (const c of VELD_FOUT_CODES) expect(t.formulier.veldFout[c]).toMatch(/\S/);
    expect(foutenPerVeld([{ path: ['waar'], message: 'waar_te_lang' }])).toEqual([{ veld: 'waar', bericht: 'Gebruik maximaal 1.000 tekens bij "waar"' }]);
    // Unknown codes (and anything else) never reach the visitor as they are.
    expect(foutenPerVeld([{ path: ['wat'], message: 'Invalid type: "GEHEIM"' }])).toEqual([{ veld: 'wat', bericht: t.formulier.veldFoutAnders }]);
  });
});
