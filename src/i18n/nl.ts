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
    /** /melden/ (src/pages/melden.astro). */
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
