/**
 * Every interface text (buttons, labels, navigation) in one place, so a translation
 * (English, Polish, Romanian, Bulgarian, Ukrainian) is one new file with the same keys.
 * Page content lives in content/, not here.
 */
export const nl = {
  taal: 'nl',
  site: {
    naam: 'Meldwijzer',
    ondertitel: 'Mensenhandel herkennen en melden',
  },
  skipLink: 'Naar de inhoud',
  snelWeg: {
    knop: 'Snel weg',
    uitleg: 'Deze pagina snel verlaten. Druk ook drie keer op Shift.',
  },
  nav: {
    label: 'Hoofdmenu',
    home: 'Home',
    voorWie: 'Voor wie',
    vormen: 'Vormen van uitbuiting',
    melden: 'Anoniem melden',
    contact: 'Hulp en contact',
    check: 'Signalen-check',
    zoeken: 'Zoeken',
    vragen: 'Veelgestelde vragen',
  },
  footer: {
    label: 'Over deze site',
    privacy: 'Privacyverklaring',
    toegankelijkheid: 'Toegankelijkheidsverklaring',
    over: 'Over deze site',
    campagnes: 'Campagnes',
    geenCookies: 'Deze site gebruikt geen cookies en volgt u niet.',
  },
  acuut: {
    titel: 'Direct gevaar?',
    tekst: 'Bel 112. Ook als u het niet zeker weet.',
    tekstJe: 'Bel 112. Ook als je het niet zeker weet.',
  },
  bronnen: {
    titel: 'Bronnen',
    seed: 'beleidsdocument',
  },
  partners: {
    titel: 'Organisaties in uw regio',
    bel: 'Bel',
    website: 'Website',
  },
  meldroute: {
    titel: 'Zo loopt een melding in uw regio',
  },
  nummers: {
    titel: 'Landelijke nummers',
  },
  zoeken: {
    titel: 'Zoeken op deze site',
    label: 'Zoekwoord',
    knop: 'Zoeken',
    zonderJs: 'Zoeken werkt alleen met JavaScript aan. Gebruik anders het menu of de lijst met alle pagina’s hieronder.',
  },
  campagne: {
    banner: 'Europese dag tegen mensenhandel',
    lees: 'Lees meer over de campagne',
  },
  nietGevonden: {
    titel: 'Deze pagina bestaat niet',
    tekst: 'Misschien is het adres veranderd. Kies een onderwerp hieronder.',
  },
} as const;

export type Woordenboek = typeof nl;
/** The active dictionary. Switching language is one line here (or an env variable later). */
export const t: Woordenboek = nl;
