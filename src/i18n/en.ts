import type { Woordenboek } from './nl.ts';
import { formulier } from './en/formulier.ts';

/** Interface texts in English (plain language, B1). Same keys as nlTekst in nl.ts. */
export const en: Woordenboek = {
  taal: 'en',
  site: {
    naam: 'Meldwijzer',
    ondertitel: 'Recognise and report human trafficking',
  },
  skipLink: 'Skip to content',
  snelWeg: {
    knop: 'Quick exit',
    uitleg: 'Leave this page quickly. You can also press Shift three times.',
  },
  nav: {
    label: 'Main menu',
    home: 'Home',
    voorWie: 'Who is it for',
    vormen: 'Forms of exploitation',
    melden: 'Report anonymously',
    contact: 'Help and contact',
    werk: 'Do you work in the Netherlands?',
    check: 'Signs check',
    zoeken: 'Search',
    vragen: 'Frequently asked questions',
  },
  footer: {
    label: 'About this site',
    privacy: 'Privacy statement',
    toegankelijkheid: 'Accessibility statement',
    over: 'About this site',
    campagnes: 'Campaigns',
    geenCookies: 'This site uses no cookies and does not track you.',
  },
  acuut: {
    titel: 'Immediate danger?',
    tekst: 'Call 112. Even if you are not sure.',
    tekstJe: 'Call 112. Even if you are not sure.',
  },
  bronnen: {
    titel: 'Sources',
    seed: 'policy document',
  },
  partners: {
    titel: 'Organisations in your region',
    bel: 'Call',
    website: 'Website',
  },
  meldroute: {
    titel: 'How a report is handled in your region',
    volgens: 'According to:',
  },
  nummers: {
    titel: 'National phone numbers',
    bron: 'source',
  },
  zoeken: {
    titel: 'Search this site',
    label: 'Search word',
    knop: 'Search',
    zonderJs: 'Search only works with JavaScript on. Otherwise, use the menu or the list of all pages below.',
    beschrijving: 'Search this site for signs, forms of exploitation and where you can report.',
    alle: 'All pages',
    /** Filled in by /zoeken.js: `{n}` results, `{q}` what was searched. */
    resultaten: 'Results for “{q}”: {n}',
    geen: 'No results for “{q}”',
  },
  campagne: {
    banner: 'European Day against Trafficking in Human Beings',
    lees: 'Read more about the campaign',
  },
  /** The worker poster in the campaign toolkit; keys and rules in nl.ts. */
  poster: {
    normaal: 'What is normal?',
    regels: [
      'You keep your own passport and bank card.',
      'You may stop or look for other work.',
      'You know what money is taken from your pay, and why.',
    ],
    hulp: 'Help without fear: report anonymously',
    arbeidsinspectie: 'Arbeidsinspectie (Labour Authority): about your work, your pay or your housing. You can report anonymously.',
    scan: 'Scan the code and report anonymously',
  },
  /** The language switcher and the notice on a page shown in another language than the visitor chose. */
  talen: {
    label: 'Other languages',
    /** Above the text of a page not yet translated; `taalnaam` is that text's language in its own name ("Nederlands"). */
    nietVertaald: (taalnaam: string) => `This page has not been translated yet. Below is the text in this language: ${taalnaam}.`,
  },
  /** Page header, breadcrumb, contents list, side box and footer. */
  uiterlijk: {
    kruimelpad: 'Breadcrumb',
    opDezePagina: 'On this page',
    directHulp: {
      titel: 'Help right away',
      gevaar: 'Immediate danger',
      veiligThuis: 'Veilig Thuis, advice day and night',
      melden: 'Report anonymously through this site',
    },
    voet: {
      contact: 'Contact the municipality',
      bel: 'Call',
      mail: 'E-mail',
      website: 'Website',
    },
    logoLink: 'to the home page',
  },
  /** Home page. */
  thuis: {
    beschrijving: (gemeenten: string) => `Recognise and report human trafficking in ${gemeenten}. You can report anonymously here.`,
    inleiding: (plaats: string) =>
      `Human trafficking also happens in ${plaats}. People are forced to work, to have sex or to commit crime. On this site you can read how to recognise it and where to report it. You can also report anonymously.`,
    werk: 'Do you work in the Netherlands through an employment agency or an employer? Read what is normal and where you can get help.',
  },
  /** <Veiligheid />: safety advice for witnesses and for young people. The last item ends with the 112 link. */
  veiligheid: {
    kop: 'Your own safety first',
    kopJe: 'Your own safety first',
    u: [
      'Do not confront anyone and do not investigate yourself. That can be dangerous, for you and for the victim.',
      'Write down what you saw: who, what, where and when. Also note a number plate if you see one.',
      'Report it. Finding out what is going on is the job of the police and the municipality’s partners.',
    ],
    je: [
      'Do not confront anyone about it and do not investigate yourself. That can be dangerous, for you and for the victim.',
      'Write down what you saw: who, what, where and when. A number plate also helps.',
      'Report it, or talk about it with someone you trust. Finding out what is going on is the job of the police.',
    ],
    gevaar: 'Is someone in danger? Call',
  },
  /** Contact lines shared by partners, help lines and the municipality's own contact. */
  contact: {
    bel: 'Call',
    chat: 'Chat',
    email: 'E-mail',
    website: 'Website',
    bereikbaar: 'Available',
    wanneer: 'When',
    tijdenOpSite: 'the hours are on the website',
    /** A partner without a public number of its own (profile field `via`). */
    viaVeiligThuis: 'No public number of its own. You can reach it through Veilig Thuis:',
    viaVeiligThuisOf: 'or through the municipality’s human trafficking officer.',
    viaGemeente: 'No public number of its own. You can reach it through the municipality’s human trafficking officer',
  },
  /** <GemeenteContact />: the municipality's own, non-anonymous contact. */
  gemeenteContact: {
    kop: 'Would you rather talk to someone?',
    tekst: 'Then you can also simply call or e-mail the municipality. This is not anonymous: the municipality will know who you are.',
  },
  /** What each national number is for. */
  nummerVoor: {
    alarm: 'Immediate danger: police, fire brigade, ambulance.',
    politie: 'Police, not urgent. Also to report a suspicion of human trafficking.',
    mma: 'Meld Misdaad Anoniem: report without giving your name. You cannot file an official report (aangifte) here.',
    veiligThuis: 'Veilig Thuis: advice and reporting for violence and exploitation, day and night, free.',
    arbeidsinspectie: 'Nederlandse Arbeidsinspectie (Netherlands Labour Authority): report labour exploitation, anonymously if you want.',
    comensha: 'CoMensha: national coordination centre against human trafficking, registration and shelter.',
    kindertelefoon: 'De Kindertelefoon: for children and young people aged 8 to 18, free and anonymous.',
    helpwanted: 'Helpwanted: help with sextortion and other online abuse, free and anonymous, also by chat.',
  },
  /** What each help line for young people is for, and its hours as the source gives them. */
  hulplijnen: {
    kindertelefoon: {
      voor: 'Talk about anything that bothers you, if you are under 18. Free and anonymous.',
      tijden: 'every day from 11:00 to 21:00 (hours from 2019, check the website to see if they are still right)',
    },
    fier: {
      voor: 'Chat anonymously about violence, exploitation or loverboys.',
      tijden: 'day and night; in the evening and at night mainly through the chat (Fier, 2020)',
    },
    helpwanted: {
      voor: 'Help with sextortion, nude photos that are being shared and other online abuse. Free and anonymous, also in English.',
      tijden: '',
    },
    veiligThuis: {
      voor: 'For everyone, including children and young people: advice or help with violence, force and exploitation. Free.',
      tijden: 'call day and night; the chat hours differ per region',
    },
  },
  /** /signalen-check/. */
  check: {
    beschrijving: 'Not sure if something is human trafficking? Tick what you see and read what you can do. Nothing is sent or stored.',
    inleiding: 'Do you see something that is not right? Tick what you recognise. Below the list you can read what you can do. What you tick is not sent and not stored.',
    naarAdvies: 'Go straight to the advice',
    adviesTitel: 'What can you do?',
    acuutTitel: 'Is someone in danger now?',
    acuut: 'Call right away',
    meldenTitel: 'Do you recognise one or more signs?',
    melden: 'Report it. You can do so',
    meldenLink: 'anonymously through this site',
    meldenNa: ', or call one of the numbers below. You do not need to be sure.',
    pratenTitel: 'Still in doubt?',
    praten: 'Talk about it with someone who knows about it. Call Veilig Thuis or see',
    pratenLink: 'help and contact',
  },
  nietGevonden: {
    titel: 'This page does not exist',
    tekst: 'Maybe the address has changed. Choose a topic below.',
  },
  formulier,
  /** The pages around the form: /melden/ itself and the function's no-JavaScript answers. */
  melden: {
    /** The pages the function answers with when the form was posted without JavaScript. */
    zonderJs: {
      ontvangenTitel: (code: string) => `Report received (${code})`,
      foutTitel: 'Error: report not sent',
      verbeter: 'Correct what is shown below and send the report again. Your text is still in the form.',
      opnieuw: 'Your text is still in the form. Send the report again.',
      gevaar: 'Is there danger now? Then call 112.',
      /** Without JavaScript the text was sent as a normal form: on a shared device the browser may still hold it. */
      gedeeldTitel: 'Are you using someone else’s computer or phone?',
      gedeeld: 'Then close this tab or the whole browser. After that, clear the browser history, so nobody can see that you made a report.',
      terug: 'Back to the home page',
    },
    /** /melden/ (src/pages/[...taal]/melden.astro). */
    pagina: {
      beschrijving: 'Report a suspicion of human trafficking to the municipality anonymously. Your report is sent encrypted.',
      inleiding: (regio: string) => `Do you see or hear something that is not right? Do you think of human trafficking or exploitation? Report it here to ${regio}. You do not have to give your name.`,
      verplicht: 'Only the first question is required. Fill in the rest if you know it.',
      versleuteld: (rol: string) => `If JavaScript is on, your report is encrypted in your own browser. Only the ${rol} can read it.`,
      /** What is true when the browser runs no JavaScript: the function encrypts. */
      zonderJs: (rol: string) =>
        `JavaScript is turned off in your browser. Your report is then not encrypted in your browser, but by the server of this website, as soon as it arrives. The server does not keep your text unencrypted. Only the ${rol} can read it.`,
      geenIp: 'This website does not store IP addresses and does not use cookies.',
      sleutelTitel: 'Checking the encryption',
      vingerafdruk: 'Fingerprint of the key used to encrypt your report:',
      vingerafdrukUitleg: 'With this code, someone with technical knowledge can check that only the municipality can read your report.',
      testsleutel: 'Test key.',
      testsleutelUitleg: 'This website uses a key that is only for testing. Do not send a real report here.',
    },
  },
  /** The function's answers (functions/melding/antwoord.ts keeps the status per code). Never echo input. */
  fouten: {
    methode: 'This address only accepts reports (POST).',
    niet_gevonden: 'This address does not exist.',
    inhoudstype: 'Send the report as JSON or as a form.',
    te_groot: 'The report is too large. Make the text shorter and try again.',
    ongeldige_json: 'The report could not be read.',
    velden: 'The report is missing information or has information in the wrong form.',
    pow_ontbreekt: 'The check against misuse is missing. Reload the page and try again.',
    pow_ongeldig: 'The check against misuse is not correct. Reload the page and try again.',
    pow_verlopen: 'The check against misuse has expired. Please try again.',
    herhaald: 'This check has already been used. Please try again.',
    code_bezet: 'This report code has already been used for another report. Please try again.',
    geen_pgp: 'The report is not encrypted as required. Nothing has been sent.',
    verkeerde_sleutel: 'The report is not encrypted for the right key. Reload the page.',
    andere_site: 'Reports can only be sent through the form on this website.',
    te_veel: 'Many reports are coming in right now. Wait a minute and try again.',
    niet_verstuurd: 'The report has NOT been sent. There is a technical problem. Try again in a few minutes.',
    storing: 'Something went wrong. The report has NOT been sent. Try again.',
  },
  /** Plain-text answers of the self-hosted server for static paths (src/server/site.ts). */
  server: {
    methode: 'This method is not allowed here.',
    ongeldigAdres: 'Invalid address.',
    nietGevonden: 'Not found.',
  },
};
