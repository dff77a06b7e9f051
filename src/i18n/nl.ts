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
  /**
   * The melding form (src/islands/MeldFormulier.tsx), B1 Dutch, "u".
   * Facts about what happens after a melding: the aandachtsfunctionaris "denkt mee over signalen",
   * "pakt signalen op" and "belegt deze bij externe partners (politie, zorgcoördinator, Nederlandse
   * Arbeidsinspectie)" (seed 000_2664779179e5a605.txt, §6.1; same role in 001_21206fc2f1256946.txt, bijlage 3).
   */
  formulier: {
    velden: {
      wat: { label: 'Wat heeft u gezien of gehoord?', hint: 'Schrijf het zo precies mogelijk op. Wat gebeurde er, en waarom vindt u het niet pluis? Zet uw eigen naam er niet in als u anoniem wilt blijven.' },
      waar: { label: 'Waar was het? (niet verplicht)', hint: 'Bijvoorbeeld een adres, straat, bedrijf of website.' },
      wanneer: { label: 'Wanneer was het? (niet verplicht)', hint: 'Bijvoorbeeld een datum, "vorige week" of "elke nacht".' },
      wie: { label: 'Wie zijn erbij betrokken? (niet verplicht)', hint: 'Beschrijf de mensen: hoe zien ze eruit, hoe oud ongeveer, welke taal spreken ze, welke auto rijden ze.' },
      vorm: { legend: 'Om welke vorm van uitbuiting gaat het, denkt u? (niet verplicht)', hint: 'Twijfelt u? Kies dan "Weet ik niet".' },
      contactGewenst: { legend: 'Wilt u dat de gemeente contact met u opneemt?', ja: 'Ja', nee: 'Nee, ik blijf anoniem' },
      contact: {
        label: 'Hoe kunnen we u bereiken?',
        hint: 'Bijvoorbeeld uw telefoonnummer of e-mailadres, en wanneer het u uitkomt.',
        waarschuwing: 'Let op: als u uw naam, telefoonnummer of e-mailadres geeft, bent u niet meer anoniem. De gemeente weet dan wie de melding deed.',
      },
    },
    foutTitel: 'Er is een probleem',
    foutVoorvoegsel: 'Fout:',
    verstuur: 'Verstuur melding',
    stap: { versleutelen: 'Versleutelen…', versturen: 'Versturen…' } as const,
    bezig: 'Even geduld…',
    mislukt: {
      titel: 'Uw melding is NIET verstuurd',
      blijft: 'Wat u heeft ingevuld, staat nog in het formulier.',
      opnieuw: 'Probeer opnieuw',
      laden: 'Het formulier kon niet alles laden. Controleer uw internetverbinding en probeer het opnieuw.',
      browser: (mist: string[]) =>
        `Deze browser kan uw melding niet veilig versturen. Er ontbreekt: ${mist.join(', ')}. Gebruik een nieuwere browser, of open deze pagina via https.`,
    },
    ontvangen: {
      titel: 'Uw melding is ontvangen',
      code: 'Uw meldcode is',
      bewaar: 'Schrijf deze code op. Wilt u later iets aanvullen? Doe dan een nieuwe melding en noem deze code.',
      volgendeTitel: 'Wat gebeurt er nu?',
      volgende: [
        'De aandachtsfunctionaris mensenhandel van de gemeente leest uw melding. Alleen die kan hem openen.',
        'De aandachtsfunctionaris bekijkt wat er nodig is. Als het nodig is, gaat uw melding naar partners zoals de politie, de zorg of de Nederlandse Arbeidsinspectie.',
        'Gaf u geen contactgegevens? Dan hoort u niets meer over uw melding. Dat hoort bij anoniem melden.',
      ],
      nieuw: 'Nieuwe melding maken',
    },
  },
} as const;

export type Woordenboek = typeof nl;
/** The active dictionary. Switching language is one line here (or an env variable later). */
export const t: Woordenboek = nl;
