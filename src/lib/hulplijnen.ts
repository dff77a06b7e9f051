/**
 * Help lines for jongeren, with their chat and the hours a source gives. Only from ../shared/RESEARCH.md
 * ("Contact details"); where no source gives hours, none are shown (the site says where to look).
 * `gecontroleerd` is when the entry was last compared with that source.
 */
export interface Hulplijn {
  naam: string;
  /** What it is for, for a teenager, one sentence. */
  voor: string;
  telefoon?: string;
  chat?: string;
  /** Hours as the source states them; undefined when no source gives them. */
  tijden?: string;
  contactBron: string;
  gecontroleerd: string;
}

export const hulplijnen: Hulplijn[] = [
  {
    naam: 'De Kindertelefoon',
    voor: 'Praten over alles wat je dwarszit, als je jonger bent dan 18. Gratis en anoniem.',
    telefoon: '0800-0432',
    chat: 'https://www.kindertelefoon.nl/',
    tijden: 'elke dag van 11.00 tot 21.00 uur (tijden uit 2019, kijk op de site of ze nog kloppen)',
    contactBron: 'vriendenkindertelefoon.nl; flaironline.nl 2019',
    gecontroleerd: '2026-12-02',
  },
  {
    naam: 'Chat met Fier',
    voor: 'Anoniem chatten over geweld, uitbuiting of loverboys.',
    chat: 'https://chatmetfier.nl/',
    tijden: 'dag en nacht; ’s avonds en ’s nachts vooral via de chat (Fier, 2020)',
    contactBron: 'omropfryslan.nl 2020-03; lc.nl',
    gecontroleerd: '2026-12-02',
  },
  {
    naam: 'Helpwanted',
    voor: 'Hulp bij sextortion, naaktfoto’s die rondgaan en ander misbruik online. Gratis en anoniem, ook in het Engels.',
    telefoon: '020-261 52 75',
    chat: 'https://www.helpwanted.nl/',
    contactBron: 'helpwanted.nl/en',
    gecontroleerd: '2026-12-02',
  },
  {
    naam: 'Veilig Thuis',
    voor: 'Voor iedereen, ook voor kinderen en jongeren: advies of hulp bij geweld, dwang en uitbuiting. Gratis.',
    telefoon: '0800-2000',
    chat: 'https://www.veiligthuis.nl/',
    tijden: 'dag en nacht bellen; de tijden van de chat verschillen per regio',
    contactBron: 'augeo.nl; veiligthuisutrecht.nl',
    gecontroleerd: '2026-12-02',
  },
];
