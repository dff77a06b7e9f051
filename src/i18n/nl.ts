import type { FoutCode } from '../../functions/melding/antwoord.ts';
import { formulier } from './nl/formulier.ts';

/**
 * Every interface text (buttons, labels, navigation, the form's errors and the function's answers) in one
 * place, so a translation (English, Polish, Romanian, Bulgarian, Ukrainian) is one new file of type
 * `Woordenboek`: a missing or extra key is a type error. Texts that depend on a number or a name are
 * functions. Page content lives in content/, not here. Only type imports above: the form island loads
 * this file with the page, and must not pull in the schema or the function with it.
 */
const nlTekst = {
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
    werk: 'Werk je in Nederland?',
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
    volgens: 'Volgens:',
  },
  nummers: {
    titel: 'Landelijke nummers',
    bron: 'bron',
  },
  zoeken: {
    titel: 'Zoeken op deze site',
    label: 'Zoekwoord',
    knop: 'Zoeken',
    zonderJs: 'Zoeken werkt alleen met JavaScript aan. Gebruik anders het menu of de lijst met alle pagina’s hieronder.',
    beschrijving: 'Zoek op deze site naar signalen, vormen van uitbuiting en waar u kunt melden.',
    alle: 'Alle pagina’s',
    /** Filled in by /zoeken.js: `{n}` results, `{q}` what was searched. */
    resultaten: '{n} resultaten voor “{q}”',
    geen: 'Geen resultaten voor “{q}”',
  },
  campagne: {
    banner: 'Europese dag tegen mensenhandel',
    lees: 'Lees meer over de campagne',
  },
  /**
   * The poster for labour migrants in the campaign toolkit (src/campagne/toolkit/werkposter.ts), one per
   * published language besides Dutch. It also uses nav.werk (heading), campagne.banner, contact.bel,
   * uiterlijk.directHulp.gevaar (label of 112) and nav.melden (address line). Only what the werk page says.
   * Arabic: Arabic letters, spaces and ، ؟ only: its font has no digits, Latin letters, '.' or ':'.
   */
  poster: {
    /** Above the lines: the werk page's heading. */
    normaal: 'Wat is normaal?',
    /** What is normal at work, from the werk page's list: two or three short lines. */
    regels: [
      'Je paspoort en je bankpas heb je zelf.',
      'Je mag stoppen of ander werk zoeken.',
      'Je weet waarvoor geld van je loon af gaat.',
    ],
    /** Under the heading, in the colour band. */
    hulp: 'Hulp zonder angst: meld anoniem',
    /** Beside 0800-5151 (src/lib/nummers.ts). */
    arbeidsinspectie: 'Arbeidsinspectie: over je werk, je loon of je woning. Anoniem melden kan.',
    /** Under the QR code. */
    scan: 'Scan de code en meld anoniem',
  },
  /** The language switcher and the notice on a page shown in another language than the visitor chose. */
  talen: {
    label: 'Andere talen',
    /** Above the text of a page not yet translated; `taalnaam` is that text's language in its own name ("Nederlands"). */
    nietVertaald: (taalnaam: string) => `Deze pagina is nog niet vertaald. Hieronder staat de tekst in deze taal: ${taalnaam}.`,
  },
  /** Page header, breadcrumb, contents list, side box and footer (issue 10). */
  uiterlijk: {
    kruimelpad: 'Kruimelpad',
    opDezePagina: 'Op deze pagina',
    directHulp: {
      titel: 'Direct hulp',
      gevaar: 'Direct gevaar',
      veiligThuis: 'Veilig Thuis, advies dag en nacht',
      melden: 'Anoniem melden via deze site',
    },
    voet: {
      contact: 'Contact met de gemeente',
      bel: 'Bel',
      mail: 'Mail',
      website: 'Website',
    },
    logoLink: 'naar de homepage',
  },
  /** Home page. */
  thuis: {
    beschrijving: (gemeenten: string) => `Mensenhandel herkennen en melden in ${gemeenten}. Anoniem melden kan hier.`,
    inleiding: (plaats: string) =>
      `Mensenhandel gebeurt ook in ${plaats}. Mensen worden gedwongen om te werken, seks te hebben of misdaad te plegen. Op deze site leest u hoe u het herkent en waar u het meldt. Melden kan ook anoniem.`,
    werk: 'Werkt u in Nederland via een uitzendbureau of werkgever? Lees wat normaal is en waar u hulp krijgt.',
  },
  /** <Veiligheid />: safety advice for witnesses ("u") and for jongeren ("je"). The last item ends with the 112 link. */
  veiligheid: {
    kop: 'Eerst uw eigen veiligheid',
    kopJe: 'Eerst je eigen veiligheid',
    u: [
      'Spreek niemand aan en ga niet zelf op onderzoek uit. Dat kan gevaarlijk zijn, voor u en voor het slachtoffer.',
      'Schrijf op wat u zag: wie, wat, waar en wanneer. Noteer ook een kenteken als u dat ziet.',
      'Meld het. Uitzoeken wat er aan de hand is, doen de politie en de partners van de gemeente.',
    ],
    je: [
      'Spreek niemand erop aan en ga niet zelf op onderzoek uit. Dat kan gevaarlijk zijn, voor jou en voor het slachtoffer.',
      'Schrijf op wat je zag: wie, wat, waar en wanneer. Een kenteken helpt ook.',
      'Meld het, of praat erover met iemand die je vertrouwt. Uitzoeken is het werk van de politie.',
    ],
    gevaar: 'Is iemand in gevaar? Bel',
  },
  /** Contact lines shared by partners, help lines and the gemeente's own contact. */
  contact: {
    bel: 'Bel',
    chat: 'Chat',
    email: 'E-mail',
    website: 'Website',
    bereikbaar: 'Bereikbaar',
    wanneer: 'Wanneer',
    tijdenOpSite: 'de tijden staan op de site',
    /** A partner without a public number of its own (profile field `via`). */
    viaVeiligThuis: 'Geen eigen openbaar nummer. Bereikbaar via Veilig Thuis:',
    viaVeiligThuisOf: 'of via de aandachtsfunctionaris van de gemeente.',
    viaGemeente: 'Geen eigen openbaar nummer. Bereikbaar via de aandachtsfunctionaris van de gemeente',
  },
  /** <GemeenteContact />: the gemeente's own, non-anonymous contact. */
  gemeenteContact: {
    kop: 'Wilt u liever met iemand praten?',
    tekst: 'Dan kunt u de gemeente ook gewoon bellen of mailen. Dat is niet anoniem: de gemeente weet dan wie u bent.',
  },
  /** What each national number is for (numbers in src/lib/nummers.ts). */
  nummerVoor: {
    alarm: 'Direct gevaar: politie, brandweer, ambulance.',
    politie: 'Politie, geen spoed. Ook om een vermoeden van mensenhandel te melden.',
    mma: 'Meld Misdaad Anoniem: melden zonder uw naam. Aangifte doen kan hier niet.',
    veiligThuis: 'Veilig Thuis: advies en melden bij geweld en uitbuiting, dag en nacht, gratis.',
    arbeidsinspectie: 'Nederlandse Arbeidsinspectie: arbeidsuitbuiting melden, anoniem kan.',
    comensha: 'CoMensha: landelijk coördinatiecentrum tegen mensenhandel, registratie en opvang.',
    kindertelefoon: 'De Kindertelefoon: voor kinderen en jongeren van 8 tot 18 jaar, gratis en anoniem.',
    helpwanted: 'Helpwanted: hulp bij sextortion en ander misbruik online, gratis en anoniem, ook chat.',
  },
  /** What each help line for jongeren is for, and its hours as the source gives them (src/lib/hulplijnen.ts). */
  hulplijnen: {
    kindertelefoon: {
      voor: 'Praten over alles wat je dwarszit, als je jonger bent dan 18. Gratis en anoniem.',
      tijden: 'elke dag van 11.00 tot 21.00 uur (tijden uit 2019, kijk op de site of ze nog kloppen)',
    },
    fier: {
      voor: 'Anoniem chatten over geweld, uitbuiting of loverboys.',
      tijden: 'dag en nacht; ’s avonds en ’s nachts vooral via de chat (Fier, 2020)',
    },
    helpwanted: {
      voor: 'Hulp bij sextortion, naaktfoto’s die rondgaan en ander misbruik online. Gratis en anoniem, ook in het Engels.',
      tijden: '',
    },
    veiligThuis: {
      voor: 'Voor iedereen, ook voor kinderen en jongeren: advies of hulp bij geweld, dwang en uitbuiting. Gratis.',
      tijden: 'dag en nacht bellen; de tijden van de chat verschillen per regio',
    },
  },
  /** /signalen-check/. */
  check: {
    beschrijving: 'Twijfelt u of iets mensenhandel is? Vink aan wat u ziet en lees wat u kunt doen. Er wordt niets verstuurd of bewaard.',
    inleiding: 'Ziet u iets dat niet klopt? Vink aan wat u herkent. Onder de lijst staat wat u kunt doen. Wat u aanvinkt, wordt niet verstuurd en niet bewaard.',
    naarAdvies: 'Direct naar het advies',
    adviesTitel: 'Wat kunt u doen?',
    acuutTitel: 'Is iemand nu in gevaar?',
    acuut: 'Bel direct',
    meldenTitel: 'Herkent u één of meer signalen?',
    melden: 'Meld het. Dat kan',
    meldenLink: 'anoniem via deze site',
    meldenNa: ', of bel een van de nummers hieronder. U hoeft het niet zeker te weten.',
    pratenTitel: 'Twijfelt u nog?',
    praten: 'Praat erover met iemand die er verstand van heeft. Bel Veilig Thuis of bekijk',
    pratenLink: 'hulp en contact',
  },
  nietGevonden: {
    titel: 'Deze pagina bestaat niet',
    tekst: 'Misschien is het adres veranderd. Kies een onderwerp hieronder.',
  },
  formulier,
  /** The pages around the form: /melden/ itself and the function's no-JavaScript answers. */
  melden: {
    /** The pages the function answers with when the form was posted without JavaScript. */
    zonderJs: {
      ontvangenTitel: (code: string) => `Melding ontvangen (${code})`,
      foutTitel: 'Fout: melding niet verstuurd',
      verbeter: 'Verbeter wat hieronder staat en verstuur de melding opnieuw. Uw tekst staat nog in het formulier.',
      opnieuw: 'Uw tekst staat nog in het formulier. Verstuur de melding opnieuw.',
      gevaar: 'Is er nu gevaar? Bel dan 112.',
      /** Without JavaScript the text was sent as a normal form: on a shared device the browser may still hold it. */
      gedeeldTitel: 'Gebruikt u een computer of telefoon van iemand anders?',
      gedeeld: 'Sluit dan dit tabblad of de hele browser. Wis daarna de geschiedenis van de browser, dan kan niemand zien dat u een melding heeft gedaan.',
      terug: 'Terug naar de startpagina',
    },
    /** /melden/ (src/pages/[...taal]/melden.astro). */
    pagina: {
      beschrijving: 'Meld anoniem een vermoeden van mensenhandel bij de gemeente. Uw melding wordt versleuteld verstuurd.',
      inleiding: (regio: string) => `Ziet of hoort u iets wat niet klopt? Denkt u aan mensenhandel of uitbuiting? Meld het hier bij ${regio}. U hoeft uw naam niet te geven.`,
      verplicht: 'Alleen de eerste vraag is verplicht. Vul de rest in als u het weet.',
      versleuteld: (rol: string) => `Staat JavaScript aan, dan wordt uw melding in uw eigen browser versleuteld. Alleen de ${rol} kan hem lezen.`,
      /** What is true when the browser runs no JavaScript: the function encrypts (functions/melding/). */
      zonderJs: (rol: string) =>
        `JavaScript staat uit in uw browser. Uw melding wordt dan niet in uw browser versleuteld, maar door de server van deze website, meteen als hij binnenkomt. De server bewaart uw tekst niet onversleuteld. Alleen de ${rol} kan hem lezen.`,
      geenIp: 'Deze website bewaart geen IP-adres en gebruikt geen cookies.',
      sleutelTitel: 'Controle van de versleuteling',
      vingerafdruk: 'Vingerafdruk van de sleutel waarmee uw melding wordt versleuteld:',
      vingerafdrukUitleg: 'Met deze code kan iemand die er verstand van heeft controleren dat uw melding alleen voor de gemeente leesbaar is.',
      testsleutel: 'Testsleutel.',
      testsleutelUitleg: 'Deze website gebruikt een sleutel die alleen voor testen is. Stuur hier geen echte melding.',
    },
  },
  /** The function's answers (functions/melding/antwoord.ts keeps the status per code). Never echo input. */
  fouten: {
    methode: 'Dit adres neemt alleen meldingen aan (POST).',
    niet_gevonden: 'Dit adres bestaat niet.',
    inhoudstype: 'Stuur de melding als JSON of als formulier.',
    te_groot: 'De melding is te groot. Maak de tekst korter en probeer het opnieuw.',
    ongeldige_json: 'De melding kon niet worden gelezen.',
    velden: 'De melding mist gegevens of heeft gegevens in de verkeerde vorm.',
    pow_ontbreekt: 'De controle tegen misbruik ontbreekt. Laad de pagina opnieuw en probeer het nog eens.',
    pow_ongeldig: 'De controle tegen misbruik klopt niet. Laad de pagina opnieuw en probeer het nog eens.',
    pow_verlopen: 'De controle tegen misbruik is verlopen. Probeer het nog eens.',
    herhaald: 'Deze controle is al gebruikt. Probeer het nog eens.',
    code_bezet: 'Deze meldcode is al gebruikt voor een andere melding. Probeer het nog eens.',
    geen_pgp: 'De melding is niet versleuteld zoals nodig. Er is niets verstuurd.',
    verkeerde_sleutel: 'De melding is niet versleuteld voor de juiste sleutel. Laad de pagina opnieuw.',
    andere_site: 'Meldingen kunnen alleen via het formulier op deze website worden verstuurd.',
    te_veel: 'Er komen nu veel meldingen binnen. Wacht een minuut en probeer het opnieuw.',
    niet_verstuurd: 'De melding is NIET verstuurd. Er is een storing. Probeer het over een paar minuten opnieuw.',
    storing: 'Er ging iets mis. De melding is NIET verstuurd. Probeer het opnieuw.',
  } satisfies Record<FoutCode, string>,
  /** Plain-text answers of the self-hosted server for static paths (src/server/site.ts). */
  server: {
    methode: 'Deze methode kan hier niet.',
    ongeldigAdres: 'Ongeldig adres.',
    nietGevonden: 'Niet gevonden.',
  },
} as const;

/** The same shape with every text widened to `string`, so another language can fill it in. */
type Verbreed<T> = T extends string
  ? string
  : T extends (...a: infer A) => infer R
    ? (...a: A) => Verbreed<R>
    : T extends readonly unknown[]
      ? readonly Verbreed<T[number]>[]
      : { readonly [K in keyof T]: Verbreed<T[K]> };

/** The type every language's dictionary has: `export const en: Woordenboek = { … }`. */
export type Woordenboek = Verbreed<typeof nlTekst>;

export const nl: Woordenboek = nlTekst;
/** The active dictionary. Switching language is one line here (or an env variable later). */
export const t: Woordenboek = nl;
