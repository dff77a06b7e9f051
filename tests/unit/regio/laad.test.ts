/**
 * What a person editing a profile sees when something is wrong. The messages are pinned so a change
 * in wording or in the schema shows up in review. Each case builds its own folder: laadRegio takes one.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actieveRegioId, laadActieveRegio, laadRegio, REGIO_MAP } from '../../../src/regio/laad.ts';
import { huisstijlFouten, regioCss } from '../../../src/regio/huisstijl.ts';

const geldig = JSON.parse(readFileSync(join(REGIO_MAP, 'zblw.json'), 'utf8')) as Record<string, any>;

let map: string;
beforeEach(() => {
  map = mkdtempSync(join(tmpdir(), 'regio-test-'));
});
afterEach(() => {
  rmSync(map, { recursive: true, force: true });
});

function schrijf(id: string, inhoud: unknown): void {
  writeFileSync(join(map, `${id}.json`), typeof inhoud === 'string' ? inhoud : JSON.stringify(inhoud));
}

/** A copy of a valid profile with one change, made by `wijzig`. */
function met(wijzig: (p: Record<string, any>) => void, id = 'proef'): Record<string, any> {
  const p = structuredClone(geldig);
  p.id = id;
  wijzig(p);
  return p;
}

/** laadRegio with the random temp folder replaced, so the snapshot is the same on every machine. */
function laad(id: string): unknown {
  try {
    return laadRegio(id, map);
  } catch (e) {
    (e as Error).message = (e as Error).message.replaceAll(map, '<map>');
    throw e;
  }
}

describe('laadRegio', () => {
  it('laadt een geldig profiel', () => {
    schrijf('proef', met((p) => (p.talen = ['nl'])));
    expect(laad('proef')).toMatchObject({ id: 'proef', snelWeg: 'https://www.weeronline.nl/', campagne: { aan: true } });
  });

  describe('talen', () => {
    /** A translation of the profile's own sentences, as content/regios/vertalingen/<taal>.json holds it. */
    const vertaling = (p: Record<string, any>) => ({
      logoAlt: 'Logo (example)',
      aandachtsfunctionaris: 'trafficking officer',
      partners: Object.fromEntries(p.partners.map((x: any) => [x.naam, { rol: `role of ${x.naam}`, ...(x.bereikbaar ? { bereikbaar: 'day and night' } : {}) }])),
      meldroute: p.meldroute.map((_: unknown, i: number) => ({ titel: `Step ${i + 1}`, tekst: `What happens in step ${i + 1}.` })),
    });
    const schrijfVertaling = (taal: string, inhoud: unknown) => {
      mkdirSync(join(map, 'vertalingen'), { recursive: true });
      writeFileSync(join(map, 'vertalingen', `${taal}.json`), JSON.stringify(inhoud));
    };

    it('een gepubliceerde taal zonder vertaling van de eigen teksten stopt met een duidelijke melding', () => {
      schrijf('proef', met((p) => (p.talen = ['nl', 'pl'])));
      rmSync(join(map, 'vertalingen'), { recursive: true, force: true });
      expect(() => laad('proef')).toThrowErrorMatchingInlineSnapshot(`
        [RegioFout: Regioprofiel <map>/proef.json klopt niet:
          talen: <map>/vertalingen/pl.json ontbreekt (de regio publiceert "pl")]
      `);
    });

    it('een vertaling moet elke partner en elke stap hebben, en niets anders', () => {
      const p = met((x) => (x.talen = ['nl', 'en']));
      const v = vertaling(p);
      delete v.partners[p.partners[0].naam];
      v.partners['Niet in het profiel'] = { rol: 'bestaat niet hier' };
      v.meldroute.pop();
      schrijf('proef', p);
      schrijfVertaling('en', { proef: v });
      const melding = (() => {
        try {
          laad('proef');
          return '';
        } catch (e) {
          return (e as Error).message;
        }
      })();
      expect(melding).toContain(`partner "${p.partners[0].naam}" ontbreekt`);
      expect(melding).toContain('partner "Niet in het profiel" staat niet in het profiel');
      expect(melding).toMatch(/meldroute heeft \d+ stappen, het profiel \d+/);
    });

    it('met een volledige vertaling laadt het profiel', () => {
      const p = met((x) => (x.talen = ['nl', 'en']));
      schrijf('proef', p);
      schrijfVertaling('en', { proef: vertaling(p) });
      expect(laad('proef')).toMatchObject({ talen: ['nl', 'en'] });
    });

    it('Nederlands komt eerst, en elke taal één keer', () => {
      schrijf('proef', met((p) => (p.talen = ['en', 'nl', 'nl'])));
      expect(() => laad('proef')).toThrow(/begint met "nl"[\s\S]*elke taal één keer/);
    });

    it('een onbekende taalcode wordt genoemd', () => {
      schrijf('proef', met((p) => (p.talen = ['nl', 'fr'])));
      expect(() => laad('proef')).toThrow(/talen\.1/);
    });
  });

  it('MELDWIJZER_TALEN bouwt een deel van de talen, Nederlands altijd; een taal die de regio niet publiceert stopt', () => {
    expect(laadActieveRegio({ MELDWIJZER_REGIO: 'de-bilt', MELDWIJZER_TALEN: 'ar,en' }).talen).toEqual(['nl', 'en', 'ar']);
    expect(laadActieveRegio({ MELDWIJZER_REGIO: 'de-bilt' }).talen).toHaveLength(7);
    expect(() => laadActieveRegio({ MELDWIJZER_REGIO: 'de-bilt', MELDWIJZER_TALEN: 'nl,fr' })).toThrow('MELDWIJZER_TALEN: fr publiceert regio de-bilt niet');
  });

  it('noemt de bekende ids bij een onbekende MELDWIJZER_REGIO', () => {
    schrijf('noord', met(() => {}, 'noord'));
    schrijf('zuid', met(() => {}, 'zuid'));
    expect(() => laad('oost')).toThrowErrorMatchingInlineSnapshot(
      `[RegioFout: Onbekende regio "oost" in MELDWIJZER_REGIO. Bekende regio's: noord, zuid.]`,
    );
  });

  it('de ingebouwde profielen staan in de foutmelding bij een typfout', () => {
    expect(() => laadRegio('de-bild')).toThrowErrorMatchingInlineSnapshot(
      `[RegioFout: Onbekende regio "de-bild" in MELDWIJZER_REGIO. Bekende regio's: de-bilt, fryslan, regio-rotterdam, westfriesland, zblw.]`,
    );
  });

  it('meldt een ontbrekend veld', () => {
    schrijf('proef', met((p) => delete p.gemeenten));
    expect(() => laad('proef')).toThrowErrorMatchingInlineSnapshot(`
      [RegioFout: Regioprofiel <map>/proef.json klopt niet:
        gemeenten: Ongeldige invoer: verwacht array, ontving undefined]
    `);
  });

  it('meldt een ontbrekend veld diep in het profiel', () => {
    schrijf('proef', met((p) => delete p.partners[0].rol));
    expect(() => laad('proef')).toThrowErrorMatchingInlineSnapshot(`
      [RegioFout: Regioprofiel <map>/proef.json klopt niet:
        partners.0.rol: Ongeldige invoer: verwacht string, ontving undefined]
    `);
  });

  it('meldt een kleur die geen #rrggbb is', () => {
    schrijf('proef', met((p) => (p.huisstijl.primair = 'groen')));
    expect(() => laad('proef')).toThrowErrorMatchingInlineSnapshot(`
      [RegioFout: Regioprofiel <map>/proef.json klopt niet:
        huisstijl.primair: een kleur als #rrggbb]
    `);
  });

  it('meldt een adres zonder https', () => {
    schrijf('proef', met((p) => (p.url = 'http://meldwijzer.proef.example')));
    expect(() => laad('proef')).toThrowErrorMatchingInlineSnapshot(`
      [RegioFout: Regioprofiel <map>/proef.json klopt niet:
        url: een https-adres]
    `);
  });

  it('meldt een adres dat geen adres is', () => {
    schrijf('proef', met((p) => (p.partners[0].website = 'moviera')));
    expect(() => laad('proef')).toThrowErrorMatchingInlineSnapshot(`
      [RegioFout: Regioprofiel <map>/proef.json klopt niet:
        partners.0.website: een https-adres]
    `);
  });

  it('meldt een verkeerd telefoonnummer', () => {
    schrijf('proef', met((p) => (p.partners[1].telefoon = '+31 800 2000')));
    expect(() => laad('proef')).toThrowErrorMatchingInlineSnapshot(`
      [RegioFout: Regioprofiel <map>/proef.json klopt niet:
        partners.1.telefoon: een Nederlands telefoonnummer zoals 0800-2000 of 033 448 11 86]
    `);
  });

  it('meldt een onbekende doelgroep en een onbekend veld', () => {
    schrijf('proef', met((p) => {
      p.partners[0].voor = ['ouders'];
      p.kleur = '#000000';
    }));
    expect(() => laad('proef')).toThrowErrorMatchingInlineSnapshot(`
      [RegioFout: Regioprofiel <map>/proef.json klopt niet:
        partners.0.voor.0: Ongeldige optie: verwacht één van "inwoners"|"ondernemers"|"professionals"|"jongeren"
        (hele bestand): Onbekende key: "kleur"]
    `);
  });

  it('meldt een partner zonder enige manier om hem te bereiken', () => {
    schrijf('proef', met((p) => {
      delete p.partners[0].telefoon;
      delete p.partners[0].email;
    }));
    expect(() => laad('proef')).toThrowErrorMatchingInlineSnapshot(`
      [RegioFout: Regioprofiel <map>/proef.json klopt niet:
        partners.0.telefoon: een partner heeft telefoon, website, chat of e-mail, of via: "gemeente" / "veiligThuis"]
    `);
  });

  it('meldt contactgegevens zonder bron en zonder controledatum', () => {
    schrijf('proef', met((p) => {
      delete p.partners[0].contactBron;
      delete p.partners[0].gecontroleerd;
    }));
    expect(() => laad('proef')).toThrowErrorMatchingInlineSnapshot(`
      [RegioFout: Regioprofiel <map>/proef.json klopt niet:
        partners.0.contactBron: waar komen de contactgegevens vandaan? (RESEARCH.md of het beleidsdocument)
        partners.0.gecontroleerd: wanneer zijn de contactgegevens gecontroleerd? (JJJJ-MM-DD)]
    `);
  });

  it('meldt een partner zonder eigen contact die inwoners te zien krijgen', () => {
    schrijf('proef', met((p) => {
      p.partners[2].voor = ['inwoners'];
    }));
    expect(() => laad('proef')).toThrowErrorMatchingInlineSnapshot(`
      [RegioFout: Regioprofiel <map>/proef.json klopt niet:
        partners.2.voor: een partner zonder eigen contact alleen voor professionals of ondernemers]
    `);
  });

  it('meldt een gemeentecontact zonder telefoon, e-mail of website, en een stap met een onbekende partner', () => {
    schrijf('proef', met((p) => {
      p.gemeenteContact = { naam: 'Team Veiligheid' };
      p.meldroute[1].partners = ['Fier'];
    }));
    expect(() => laad('proef')).toThrowErrorMatchingInlineSnapshot(`
      [RegioFout: Regioprofiel <map>/proef.json klopt niet:
        gemeenteContact.telefoon: minstens één van telefoon, email of website
        meldroute.1.partners.0: "Fier" staat niet in partners]
    `);
  });

  it('meldt een id die niet bij de bestandsnaam past', () => {
    schrijf('proef', met(() => {}, 'iets-anders'));
    expect(() => laad('proef')).toThrowErrorMatchingInlineSnapshot(`
      [RegioFout: Regioprofiel <map>/proef.json klopt niet:
        id: moet "proef" zijn, gelijk aan de bestandsnaam]
    `);
  });

  it('meldt ongeldige JSON', () => {
    schrijf('proef', '{ "id": "proef", }');
    expect(() => laad('proef')).toThrowErrorMatchingInlineSnapshot(`[RegioFout: <map>/proef.json is geen geldige JSON: Expected double-quoted property name in JSON at position 17 (line 1 column 18)]`);
  });
});

describe('huisstijl', () => {
  it('meldt te weinig contrast, per kleur', () => {
    const regio = laadRegio('zblw');
    const bleek = { ...regio, huisstijl: { ...regio.huisstijl, primair: '#88aa77', accentLicht: '#556655' } };
    expect(huisstijlFouten(bleek)).toMatchInlineSnapshot(`
      [
        "huisstijl.primair: witte tekst #ffffff op primair #88aa77 heeft 2.60:1 contrast, nodig 4.5:1",
        "huisstijl.primair: links (primair) #88aa77 op de achtergrond #ffffff heeft 2.60:1 contrast, nodig 4.5:1",
        "huisstijl.accentLicht: links (primair) #88aa77 op accentLicht #556655 heeft 2.36:1 contrast, nodig 4.5:1",
        "huisstijl.accentLicht: tekst #1a1a1a op accentLicht #556655 heeft 2.83:1 contrast, nodig 4.5:1",
      ]
    `);
    expect(() => regioCss(bleek)).toThrowErrorMatchingInlineSnapshot(`
      [Error: Regioprofiel zblw klopt niet:
        huisstijl.primair: witte tekst #ffffff op primair #88aa77 heeft 2.60:1 contrast, nodig 4.5:1
        huisstijl.primair: links (primair) #88aa77 op de achtergrond #ffffff heeft 2.60:1 contrast, nodig 4.5:1
        huisstijl.accentLicht: links (primair) #88aa77 op accentLicht #556655 heeft 2.36:1 contrast, nodig 4.5:1
        huisstijl.accentLicht: tekst #1a1a1a op accentLicht #556655 heeft 2.83:1 contrast, nodig 4.5:1]
    `);
  });
});

describe('actieveRegioId', () => {
  it('kiest de-bilt zonder MELDWIJZER_REGIO, en negeert spaties', () => {
    expect(actieveRegioId({})).toBe('de-bilt');
    expect(actieveRegioId({ MELDWIJZER_REGIO: ' fryslan ' })).toBe('fryslan');
  });
});
