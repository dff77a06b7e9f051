/**
 * National phone numbers, only from the confirmed list in ../shared/RESEARCH.md.
 * Do not add a number without a source here.
 */
export interface Nummer {
  nummer: string;
  /** tel: link value */
  tel: string;
  voor: string;
  bron: string;
}

export const nummers = {
  alarm: { nummer: '112', tel: '112', voor: 'Direct gevaar: politie, brandweer, ambulance.', bron: 'politie.nl' },
  politie: {
    nummer: '0900-8844',
    tel: '09008844',
    voor: 'Politie, geen spoed. Ook om een vermoeden van mensenhandel te melden.',
    bron: 'politie.nl',
  },
  mma: {
    nummer: '0800-7000',
    tel: '08007000',
    voor: 'Meld Misdaad Anoniem: melden zonder uw naam. Aangifte doen kan hier niet.',
    bron: 'politie.nl (Meld Misdaad Anoniem)',
  },
  veiligThuis: {
    nummer: '0800-2000',
    tel: '08002000',
    voor: 'Veilig Thuis: advies en melden bij geweld en uitbuiting, dag en nacht, gratis.',
    bron: 'augeo.nl (meldcode)',
  },
  arbeidsinspectie: {
    nummer: '0800-5151',
    tel: '08005151',
    voor: 'Nederlandse Arbeidsinspectie: arbeidsuitbuiting melden, anoniem kan.',
    bron: 'nlarbeidsinspectie.nl',
  },
  comensha: {
    nummer: '033 448 11 86',
    tel: '0334481186',
    voor: 'CoMensha: landelijk coördinatiecentrum tegen mensenhandel, registratie en opvang.',
    bron: 'comensha.nl',
  },
  kindertelefoon: {
    nummer: '0800-0432',
    tel: '08000432',
    voor: 'De Kindertelefoon: voor kinderen en jongeren van 8 tot 18 jaar, gratis en anoniem.',
    bron: 'kindertelefoon.nl',
  },
  helpwanted: {
    nummer: '020-261 52 75',
    tel: '0202615275',
    voor: 'Helpwanted: hulp bij sextortion en ander misbruik online, gratis en anoniem, ook chat.',
    bron: 'helpwanted.nl',
  },
} satisfies Record<string, Nummer>;
