/** The test region and campaign the toolkit tests share (no profile from content/: the tests stay put when one changes). */
import type { Campagne } from '../../../src/campagne/schema.ts';
import type { Regio } from '../../../src/regio/schema.ts';

export const regio = {
  id: 'test',
  naam: 'Gemeente Testdorp',
  korteNaam: 'Testdorp',
  url: 'https://meldwijzer.testdorp.example',
  // Two published languages besides Dutch: one Latin script with diacritics, one right to left.
  talen: ['nl', 'pl', 'ar'],
  huisstijl: { logoTekst: 'Meldwijzer Testdorp', logo: { bestand: 'voorbeeld-de-bilt.svg', alt: 'Logo (voorbeeld)' }, primair: '#00567a', primairDonker: '#003b54', accentLicht: '#e5f1f6' },
} as Regio;

export const campagne: Campagne = {
  jaar: 2027,
  titel: 'Uw twijfel is genoeg',
  beschrijving: 'Een campagne rond de Europese dag tegen mensenhandel.',
  thema: 'Zie de signalen. Meld uw twijfel.',
  oproep: 'Ook bij twijfel: meld het.',
  oproepJe: 'Twijfel je? Meld het.',
  boodschappen: {
    inwoners: 'Werkt iemand in uw straat heel lang voor weinig geld? Meld het, ook als u twijfelt.',
    ondernemers: 'Ziet u mensen zonder eigen paspoort? Meld het. Dat kan anoniem.',
    professionals: 'Mensenhandel valt onder de meldcode. Bespreek signalen met de aandachtsfunctionaris.',
    jongeren: 'Moet je iets ‘terugbetalen’? Praat erover. Het is niet jouw schuld.',
  },
  activiteiten: [{ datum: '2027-10-18', plaats: 'Bibliotheek Testdorp', omschrijving: 'Filmavond met gesprek na afloop.' }],
  bronnen: [{ titel: 'Beleidsdocument', seed: '004_1cc0d1ead85ea8c6.txt' }],
};
