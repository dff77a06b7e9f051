/**
 * Help lines for jongeren, with their chat and the hours a source gives. Only from ../shared/RESEARCH.md
 * ("Contact details"); where no source gives hours, none are shown (the site says where to look). What each
 * line is for and its hours are sentences, so they live in the dictionary (`t.hulplijnen`).
 * `gecontroleerd` is when the entry was last compared with that source.
 */
export interface Hulplijn {
  /** Key of its texts in the dictionary (`t.hulplijnen`): what it is for, and its hours as the source gives them. */
  id: 'kindertelefoon' | 'fier' | 'helpwanted' | 'veiligThuis';
  naam: string;
  telefoon?: string;
  chat?: string;
  contactBron: string;
  gecontroleerd: string;
}

export const hulplijnen: Hulplijn[] = [
  {
    id: 'kindertelefoon',
    naam: 'De Kindertelefoon',
    telefoon: '0800-0432',
    chat: 'https://www.kindertelefoon.nl/',
    contactBron: 'vriendenkindertelefoon.nl; flaironline.nl 2019',
    gecontroleerd: '2026-12-02',
  },
  {
    id: 'fier',
    naam: 'Chat met Fier',
    chat: 'https://chatmetfier.nl/',
    contactBron: 'omropfryslan.nl 2020-03; lc.nl',
    gecontroleerd: '2026-12-02',
  },
  {
    id: 'helpwanted',
    naam: 'Helpwanted',
    telefoon: '020-261 52 75',
    chat: 'https://www.helpwanted.nl/',
    contactBron: 'helpwanted.nl/en',
    gecontroleerd: '2026-12-02',
  },
  {
    id: 'veiligThuis',
    naam: 'Veilig Thuis',
    telefoon: '0800-2000',
    chat: 'https://www.veiligthuis.nl/',
    contactBron: 'augeo.nl; veiligthuisutrecht.nl',
    gecontroleerd: '2026-12-02',
  },
];
