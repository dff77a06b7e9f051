/**
 * A content file with a missing or wrong field must give an editor a readable `path: message` line
 * (src/lib/zod-fouten.ts). These pin the messages of the collection schemas in src/content.config.ts,
 * and prove the real content files pass them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import type { z } from 'astro/zod';
import { formatFouten } from '../../../src/lib/zod-fouten.ts';

// astro:content only exists inside an Astro build; defineCollection just hands back its config.
vi.mock('astro:content', () => ({ defineCollection: <T>(c: T) => c }));
const { collections } = await import('../../../src/content.config.ts');

type Collectie = keyof typeof collections;
const schema = (c: Collectie) => (collections[c] as unknown as { schema: z.ZodType }).schema;

function fouten(c: Collectie, data: unknown): string {
  const r = schema(c).safeParse(data);
  if (r.success) return 'geldig';
  return formatFouten(r.error);
}

const bron = { titel: 'Beleidsnota Mensenhandel De Bilt', seed: '000_2664779179e5a605.txt' };
const doelgroep = {
  titel: 'Voor inwoners',
  beschrijving: 'Signalen van mensenhandel herkennen en weten waar u ze meldt.',
  menu: 'Inwoners',
  doelgroep: 'inwoners',
  bronnen: [bron],
};

describe('doelgroepen', () => {
  test('a valid frontmatter passes', () => {
    expect(fouten('doelgroepen', doelgroep)).toBe('geldig');
  });

  test('missing title, unknown doelgroep, bad seed name', () => {
    const { titel: _weg, ...zonderTitel } = doelgroep;
    expect(
      fouten('doelgroepen', { ...zonderTitel, doelgroep: 'ouders', bronnen: [{ titel: 'Nota', seed: 'nota.txt' }] }),
    ).toMatchInlineSnapshot(`
      "  titel: Ongeldige invoer: verwacht string, ontving undefined
        bronnen.0.seed: een seed-bestandsnaam zoals 000_2664779179e5a605.txt
        doelgroep: Ongeldige optie: verwacht één van "inwoners"|"ondernemers"|"professionals"|"jongeren""
    `);
  });

  test('a description that is too long for search results', () => {
    expect(fouten('doelgroepen', { ...doelgroep, beschrijving: 'x'.repeat(161) })).toMatchInlineSnapshot(`"  beschrijving: Te lang: verwacht dat string <=160 tekens heeft"`);
  });

  test('no national sources is fine: the region’s own policy document is cited', () => {
    expect(fouten('doelgroepen', { ...doelgroep, bronnen: [] })).toBe('geldig');
  });

  test('a source with an unknown field or a year that is not a number', () => {
    expect(fouten('doelgroepen', { ...doelgroep, bronnen: [{ titel: 'Nota', jaar: '2023', bestand: 'x.txt' }] })).toMatchInlineSnapshot(`
      "  bronnen.0.jaar: Ongeldige invoer: verwacht getal, ontving string
        bronnen.0: Onbekende key: "bestand""
    `);
  });
});

describe('paginas', () => {
  const { doelgroep: _d, menu: _m, ...basis } = doelgroep;
  test('a page without the region’s document must name a source of its own', () => {
    expect(fouten('paginas', { ...basis, regioBron: false, bronnen: [] })).toMatchInlineSnapshot(`"  bronnen: een pagina zonder het beleidsdocument van de regio noemt minstens één eigen bron"`);
  });

  test('a page without the region’s document but with a source passes', () => {
    expect(fouten('paginas', { ...basis, regioBron: false, bronnen: [{ titel: 'Model toegankelijkheidsverklaring', uitgever: 'Rijksoverheid' }] })).toBe('geldig');
  });
});

describe('vormen', () => {
  test('an unknown form of uitbuiting', () => {
    const { doelgroep: _d, ...basis } = doelgroep;
    expect(fouten('vormen', { ...basis, vorm: 'uitbuiting' })).toMatchInlineSnapshot(`"  vorm: Ongeldige optie: verwacht één van "seksuele-uitbuiting"|"arbeidsuitbuiting"|"criminele-uitbuiting"|"orgaanverwijdering""`);
  });
});

describe('signalencheck', () => {
  test('a statement with an unknown advice level and a short text', () => {
    expect(
      fouten('signalencheck', { titel: 'Werk', volgorde: 1, signalen: [{ tekst: 'Kort', niveau: 'bellen' }], bronnen: [bron] }),
    ).toMatchInlineSnapshot(`
      "  signalen.0.tekst: Te kort: verwacht dat string >=10 tekens heeft
        signalen.0.niveau: Ongeldige optie: verwacht één van "acuut"|"melden"|"praten""
    `);
  });
});

// MDX frontmatter is checked by the builds the e2e tests make; the JSON collections can be checked here.
describe('the real signalen-check files pass their schema', () => {
  const map = join(process.cwd(), 'content/signalen-check');
  for (const f of readdirSync(map).filter((f) => f.endsWith('.json'))) {
    test(`content/signalen-check/${f}`, () => {
      expect(fouten('signalencheck', JSON.parse(readFileSync(join(map, f), 'utf8')))).toBe('geldig');
    });
  }
});
