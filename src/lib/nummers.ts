/**
 * National phone numbers, only from the confirmed list in ../shared/RESEARCH.md.
 * Do not add a number without a source here.
 */
export interface Nummer {
  nummer: string;
  /** tel: link value */
  tel: string;
  /** Where the number was confirmed. What it is for is a sentence in the dictionary (`t.nummerVoor`). */
  bron: string;
}

export const nummers = {
  alarm: { nummer: '112', tel: '112', bron: 'politie.nl' },
  politie: {
    nummer: '0900-8844',
    tel: '09008844',
    bron: 'politie.nl',
  },
  mma: {
    nummer: '0800-7000',
    tel: '08007000',
    bron: 'politie.nl (Meld Misdaad Anoniem)',
  },
  veiligThuis: {
    nummer: '0800-2000',
    tel: '08002000',
    bron: 'augeo.nl (meldcode)',
  },
  arbeidsinspectie: {
    nummer: '0800-5151',
    tel: '08005151',
    bron: 'nlarbeidsinspectie.nl',
  },
  comensha: {
    nummer: '033 448 11 86',
    tel: '0334481186',
    bron: 'comensha.nl',
  },
  kindertelefoon: {
    nummer: '0800-0432',
    tel: '08000432',
    bron: 'kindertelefoon.nl',
  },
  helpwanted: {
    nummer: '020-261 52 75',
    tel: '0202615275',
    bron: 'helpwanted.nl',
  },
} satisfies Record<string, Nummer>;
