/**
 * Every partner on a region's pages must come from that region's own policy document (seed).
 * These tests read the seed text itself, so an invented partner or number fails here.
 */
import { describe, expect, it } from 'vitest';
import { bekendeRegios, laadRegio } from '../../../src/regio/laad.ts';
import { nummers } from '../../../src/lib/nummers.ts';
import { komtVoorIn, leesResearch, leesSeed, normaliseer, seedsAanwezig } from './seeds.ts';

/** Organisations each seed names with a role in the region's approach; the profile must list them. */
const VERWACHT: Record<string, { seed: string; partners: string[] }> = {
  'de-bilt': {
    seed: '000_2664779179e5a605.txt',
    partners: ['Veilig Thuis Utrecht', 'Moviera', 'RIEC Midden-Nederland', 'Zorg- en Veiligheidshuis Utrecht', 'Meld Misdaad Anoniem'],
  },
  fryslan: {
    seed: '001_21206fc2f1256946.txt',
    partners: ['Fier', 'Zorg- en Veiligheidshuis Fryslân', 'Team Migratiecriminaliteit en Mensenhandel', 'RIEC'],
  },
  'regio-rotterdam': {
    seed: '002_372368749e502041.txt',
    partners: ['ESSM', 'Stichting Humanitas', 'VeiligheidsAlliantie', 'Regionaal Controleteam Mensenhandel', 'Meld Misdaad Anoniem'],
  },
  westfriesland: {
    seed: '003_9fd90ce38df5f91c.txt',
    partners: ['Zorg- en Veiligheidshuis Noord-Holland Noord', 'RIEC', 'Prostitutie Controle Team', 'Veilig Thuis'],
  },
  zblw: {
    seed: '004_1cc0d1ead85ea8c6.txt',
    partners: ['Moviera', 'Veilig Thuis Utrecht', 'RIEC'],
  },
};

const bevestigd = new Set<string>(Object.values(nummers).map((n) => n.nummer));
const cijfers = (s: string) => s.replace(/\D/g, '');

describe.skipIf(!seedsAanwezig)('partners komen uit de eigen seed', () => {
  it('elke regio in de tabel bestaat als profiel', () => {
    expect(bekendeRegios()).toEqual(expect.arrayContaining(Object.keys(VERWACHT)));
  });

  describe.each(Object.entries(VERWACHT))('%s', (id, verwacht) => {
    const regio = laadRegio(id);
    // A skipped describe still runs its body: read the seed only when it is there.
    const seed = seedsAanwezig ? leesSeed(verwacht.seed) : '';

    it('is gebaseerd op de juiste seed', () => {
      expect(regio.bron.seed).toBe(verwacht.seed);
    });

    it('de verwachte organisaties staan echt in de seed', () => {
      // Guards this test's own table: it must not demand a partner the seed never names.
      for (const naam of verwacht.partners) expect(komtVoorIn(seed, naam), naam).toBe(true);
    });

    it('de partners bevatten de organisaties die de seed noemt', () => {
      const namen = regio.partners.map((p) => normaliseer(p.naam)).join(' | ');
      for (const naam of verwacht.partners) expect(namen, naam).toContain(normaliseer(naam));
    });

    it.each(regio.partners.map((p) => [p.naam, p] as const))('%s staat in de seed, met de seed als bron', (naam, partner) => {
      expect(komtVoorIn(seed, naam), `"${naam}" komt niet voor in ${verwacht.seed}`).toBe(true);
      expect(partner.bron.seed).toBe(verwacht.seed);
      expect(partner.bron.titel).toBe(regio.bron.titel);
    });

    // RESEARCH.md's "Contact details" table is the other allowed source: numbers as digits, so "058-215 70 84" matches.
    const research = seedsAanwezig ? leesResearch() : '';
    const researchCijfers = research.replace(/(\d)[ -](?=\d)/g, '$1');

    it('telefoonnummers komen uit de bevestigde lijst, RESEARCH.md of de seed', () => {
      for (const p of regio.partners.filter((p) => p.telefoon)) {
        const nummer = p.telefoon as string;
        const gevonden = bevestigd.has(nummer) || seed.includes(nummer) || researchCijfers.includes(cijfers(nummer));
        expect(gevonden, `${p.naam}: ${nummer}`).toBe(true);
      }
    });

    it('websites en chats staan letterlijk in de seed of in RESEARCH.md', () => {
      for (const p of regio.partners) {
        for (const url of [p.website, p.chat].filter((u): u is string => Boolean(u))) {
          const host = new URL(url).host.replace(/^www\./, '');
          expect(seed.includes(host) || research.includes(host), `${p.naam}: ${url}`).toBe(true);
        }
      }
    });

    it('e-mailadressen staan in de seed of in RESEARCH.md', () => {
      for (const p of regio.partners.filter((p) => p.email)) {
        expect(seed.includes(p.email as string) || research.includes(p.email as string), `${p.naam}: ${p.email}`).toBe(true);
      }
    });

    it('elke partner is bereikbaar: eigen contact met bron en datum, of via de gemeente / Veilig Thuis', () => {
      for (const p of regio.partners) {
        const contact = Boolean(p.telefoon || p.website || p.chat || p.email);
        expect(contact || Boolean(p.via), p.naam).toBe(true);
        if (contact) expect([p.contactBron, p.gecontroleerd].every(Boolean), p.naam).toBe(true);
        // A partner without public contact only where RESEARCH.md says so: they work for professionals.
        if (p.via) expect(/RIEC|Zorg- en Veiligheidshuis|Controle ?[Tt]eam/.test(p.naam), p.naam).toBe(true);
      }
    });

    it('een stap van de meldroute die een partner noemt, toont diens contact', () => {
      for (const stap of regio.meldroute) {
        for (const p of regio.partners) {
          // "Politie (AVIM)" is named as "de politie"; match the name before any bracket or comma.
          const kern = p.naam.split(/[(,]/)[0]!.trim();
          if (kern.length > 3 && normaliseer(stap.tekst).includes(normaliseer(kern)) && !/^politie$/i.test(kern)) {
            expect(stap.partners, `${stap.titel} noemt ${p.naam}`).toContain(p.naam);
          }
        }
      }
    });

    it('de gemeenten staan in de seed', () => {
      for (const gemeente of regio.gemeenten) expect(komtVoorIn(seed, gemeente), gemeente).toBe(true);
    });
  });
});
