/**
 * The languages: paths in and out of a language, the fallback order, filling in placeholders and plural
 * forms, and every dictionary's form texts as the island receives them (plain data, every placeholder kept).
 */
import { describe, expect, test } from 'vitest';
import { alleenNederlands, inTaal, isTaal, TALEN, taalVanPad, terugval, zelfdePaginaIn, zonderTaal } from '../../../src/i18n/talen.ts';
import { MET_WOORDENBOEK, woordenboek } from '../../../src/i18n/woordenboek.ts';
import { meervoud, vul } from '../../../src/i18n/vul.ts';
import { nl } from '../../../src/i18n/nl.ts';
import { h2Koppen, nederlandseBron, vouw } from '../../../src/markdown/uitklap.ts';

describe('paths', () => {
  test('the language of a path, and the path without it', () => {
    expect(taalVanPad('/')).toBe('nl');
    expect(taalVanPad('/melden/')).toBe('nl');
    expect(taalVanPad('/pl/melden/')).toBe('pl');
    expect(taalVanPad('/ar/')).toBe('ar');
    expect(taalVanPad('/nl/melden/')).toBe('nl'); // Dutch has no prefix; "/nl/" is just an unknown path
    expect(taalVanPad('/uk')).toBe('uk');
    expect(zonderTaal('/pl/melden/')).toBe('/melden/');
    expect(zonderTaal('/ar/')).toBe('/');
    expect(zonderTaal('/melden/')).toBe('/melden/');
  });

  test('a Dutch path in another language; anchors, external and already prefixed links stay', () => {
    expect(inTaal('/melden/', 'pl')).toBe('/pl/melden/');
    expect(inTaal('/', 'ar')).toBe('/ar/');
    expect(inTaal('/melden/', 'nl')).toBe('/melden/');
    expect(inTaal('#advies', 'pl')).toBe('#advies');
    expect(inTaal('https://www.politie.nl/', 'pl')).toBe('https://www.politie.nl/');
    expect(inTaal('//andere.example/', 'pl')).toBe('//andere.example/');
    expect(inTaal('/en/privacy/', 'pl')).toBe('/en/privacy/');
    expect(inTaal('tel:112', 'pl')).toBe('tel:112');
  });

  test('the campaign is Dutch only: its switcher leads to each language home', () => {
    expect(alleenNederlands('/campagne/2027/toolkit/')).toBe(true);
    expect(zelfdePaginaIn('/campagne/2027/', 'pl')).toBe('/pl/');
    expect(zelfdePaginaIn('/pl/contact/', 'nl')).toBe('/contact/');
    expect(zelfdePaginaIn('/contact/', 'uk')).toBe('/uk/contact/');
  });

  test('fallback: the language itself, then English, then Dutch', () => {
    expect(terugval('pl')).toEqual(['pl', 'en', 'nl']);
    expect(terugval('en')).toEqual(['en', 'nl']);
    expect(terugval('nl')).toEqual(['nl']);
    expect(isTaal('fr')).toBe(false);
  });
});

describe('placeholders and plural forms', () => {
  test('vul fills known placeholders and leaves an unknown one visible', () => {
    expect(vul('Nog {n} over, {x}', { n: 3 })).toBe('Nog 3 over, {x}');
  });

  test('meervoud picks the language\'s category (Polish has few and many, Arabic two)', () => {
    const pl = woordenboek('pl').formulier.teller.over;
    expect(meervoud(pl, 'pl', 1, '1')).toBe(pl.one!.replace('{n}', '1'));
    expect(meervoud(pl, 'pl', 3, '3')).toBe(pl.few!.replace('{n}', '3'));
    expect(meervoud(pl, 'pl', 5, '5')).toBe(pl.many!.replace('{n}', '5'));
    const ar = woordenboek('ar').formulier.teller.over;
    expect(meervoud(ar, 'ar', 2, '2')).toBe(ar.two);
    expect(meervoud(nl.formulier.teller.over, 'nl', 1, '1')).toBe('U heeft nog 1 teken over');
    expect(meervoud(nl.formulier.teller.over, 'nl', 10, '10')).toBe('U heeft nog 10 tekens over');
  });
});

describe('dictionaries', () => {
  test('every language has one', () => {
    expect([...MET_WOORDENBOEK].sort()).toEqual([...TALEN].sort());
  });

  test.each(TALEN.filter((t) => t !== 'nl'))('%s: the form texts are plain data with every placeholder of the Dutch, and plural forms for the language', (taal) => {
    const f = woordenboek(taal).formulier;
    expect(f.taal).toBe(taal);
    expect(JSON.parse(JSON.stringify(f))).toEqual(f);
    for (const [code, zin] of Object.entries(nl.formulier.veldFout)) {
      const eigen = (f.veldFout as Record<string, string>)[code]!;
      expect(eigen.includes('{max}'), `${taal} veldFout.${code}`).toBe(zin.includes('{max}'));
    }
    expect(f.teller.limiet).toContain('{n}');
    expect(f.mislukt.browser).toContain('{mist}');
    const categorieen = new Set(new Intl.PluralRules(taal).resolvedOptions().pluralCategories);
    for (const soort of [f.teller.over, f.teller.teVeel]) {
      expect(soort.other).toContain('{n}');
      for (const c of categorieen) expect(soort[c as keyof typeof soort], `${taal}: ${c}`).toBeTruthy();
    }
    expect(f.ontvangen.volgende).toHaveLength(nl.formulier.ontvangen.volgende.length);
  });

  test.each(TALEN.filter((t) => t !== 'nl'))('%s: the reporter is told they may write in their own language', (taal) => {
    expect(woordenboek(taal).formulier.velden.wat.hint).not.toBe(nl.formulier.velden.wat.hint);
    expect(woordenboek(taal).formulier.velden.wat.hint.length).toBeGreaterThan(nl.formulier.velden.wat.hint.length / 2);
  });
});

describe('folding translated pages', () => {
  const el = (tagName: string, tekst: string) => ({ type: 'element', tagName, children: [{ type: 'text', value: tekst }] });

  test('a translation folds the section the Dutch file folds at the same place, whatever its words', () => {
    const kinderen = [el('h2', 'Signs'), el('h3', 'At work'), el('p', 'x'), el('h2', 'What can you do?'), el('p', 'y')];
    const alsNl = (_kop: string, i: number) => (['delen', null] as const)[i] ?? null;
    const uit = vouw(kinderen, alsNl);
    expect(uit.map((k) => k.tagName)).toEqual(['h2', 'div', 'h2', 'p']);
    // By words alone, English "Signs" would not fold:
    expect(vouw(kinderen).map((k) => k.tagName)).toEqual(['h2', 'h3', 'p', 'h2', 'p']);
  });

  test('the Dutch source of a translation, and its ## headings outside code', () => {
    expect(nederlandseBron('/p/content/vormen/pl/arbeidsuitbuiting.mdx')).toBe('/p/content/vormen/arbeidsuitbuiting.mdx');
    expect(nederlandseBron('/p/content/vormen/arbeidsuitbuiting.mdx')).toBeUndefined();
    expect(h2Koppen('## Een\ntekst\n```\n## geen kop\n```\n## Twee\n### drie')).toEqual(['Een', 'Twee']);
  });
});
