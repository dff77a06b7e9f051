import type { VeldFoutCode } from '../../melding/velden.ts';
import type { Reden } from '../../islands/formulier/verstuur.ts';
import type { Ontbreekt } from '../../islands/formulier/controle.ts';
import type { MeldingVorm } from '../../lib/begrippen.ts';
import type { FotoWeigering } from '../../islands/formulier/fotos/kies.ts';

/**
 * The melding form (src/islands/MeldFormulier.tsx), B1 Dutch, "u".
 * Facts about what happens after a melding: the aandachtsfunctionaris "denkt mee over signalen",
 * "pakt signalen op" and "belegt deze bij externe partners (politie, zorgcoördinator, Nederlandse
 * Arbeidsinspectie)" (seed 000_2664779179e5a605.txt, §6.1; same role in 001_21206fc2f1256946.txt, bijlage 3).
 *
 * Plain data, no functions: /melden/ hands these texts to the island as a prop (so the browser bundles no
 * dictionary at all, in any language), and the function renders its no-JavaScript pages with them.
 * `{n}`, `{max}`, `{mist}` are filled in by `vul` (src/i18n/vul.ts). Texts with a number have a form per
 * plural category of the language (Intl.PluralRules: one, few, many, other); `other` is required.
 */
/** One text per plural category; the language's own categories (Polish has one, few, many, other). */
export interface Meervoud {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export const formulier = {
  /** The language of these texts (numbers, plural forms; the mail's "Taal van de melder" line). */
  taal: 'nl',
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
  /**
   * Photos (src/islands/formulier/fotos/). `{max}` is the number of photos, `{grootte}` a size such as
   * "10 MB" in the language's own notation, `{naam}` the chosen file's name (shown only in the form).
   */
  fotos: {
    label: "Foto's of schermafbeeldingen (niet verplicht)",
    hint: 'Bijvoorbeeld van een busje, een kenteken, een advertentie of een chat. Maak geen foto als dat gevaarlijk is voor u.',
    limiet: "U kunt tot {max} foto's toevoegen, samen hoogstens {grootte}. Locatie, tijdstip en telefoongegevens halen we eruit voordat er iets wordt verstuurd.",
    zonderJs: "Foto's toevoegen kan alleen als JavaScript aan staat. U kunt uw melding ook zonder foto's versturen.",
    bezig: "De foto's worden klaargemaakt…",
    schoon: "Locatie, tijdstip en telefoongegevens zijn uit de foto's gehaald.",
    toegevoegd: { one: '{n} foto toegevoegd.', other: "{n} foto's toegevoegd." } as Meervoud,
    titel: 'Foto {n}',
    alt: 'Voorbeeld van foto {n}',
    over: '{breedte} × {hoogte} pixels, {grootte}',
    verwijder: 'Verwijder foto {n}',
    verwijderd: 'Foto {n} is verwijderd.',
    laden: "De foto's konden niet worden geladen. Controleer uw internetverbinding en kies ze opnieuw.",
    fout: {
      geen_foto: '{naam} is geen foto. Kies een JPEG-, PNG-, WebP- of HEIC-bestand.',
      kapot: '{naam} is beschadigd en kan niet worden geopend. Kies een andere foto.',
      onleesbaar: 'Deze browser kan {naam} niet openen. Kies een JPEG- of PNG-bestand, of maak een schermafbeelding van de foto.',
      te_veel_pixels: '{naam} is te groot om veilig te openen (meer dan {megapixel} megapixel). Kies een kleinere versie.',
      bestand_te_groot: '{naam} is groter dan {grootte}. Kies een kleinere versie.',
      te_veel: "U kunt hoogstens {max} foto's toevoegen. {naam} is niet toegevoegd.",
      boven_limiet: "Met {naam} worden de foto's samen groter dan {grootte}. Verwijder een foto of kies een kleinere.",
    } satisfies Record<FotoWeigering, string>,
  },
  /** The schema's error codes (src/melding/velden.ts) as sentences; `{max}` becomes the field's limit (src/melding/limieten.ts). */
  veldFout: {
    ongeldig: 'Dit veld kon niet worden gelezen. Vul het opnieuw in.',
    wat_leeg: 'Beschrijf wat u zag of hoorde',
    wat_te_lang: 'Gebruik maximaal {max} tekens bij "wat zag of hoorde u"',
    waar_te_lang: 'Gebruik maximaal {max} tekens bij "waar"',
    wanneer_te_lang: 'Gebruik maximaal {max} tekens bij "wanneer"',
    wie_te_lang: 'Gebruik maximaal {max} tekens bij "wie"',
    contact_te_lang: 'Gebruik maximaal {max} tekens bij "contactgegevens"',
    vorm_onbekend: 'Kies een vorm of "weet ik niet"',
    contact_leeg: 'Vul in hoe we u kunnen bereiken, of kies dat u geen contact wilt',
  } satisfies Record<VeldFoutCode, string>,
  /** The soft character count (GOV.UK style): how many are left, or how many too many; never cuts text. */
  teller: {
    over: { one: 'U heeft nog {n} teken over', other: 'U heeft nog {n} tekens over' } as Meervoud,
    teVeel: { one: 'U heeft {n} teken te veel', other: 'U heeft {n} tekens te veel' } as Meervoud,
    limiet: 'U kunt maximaal {n} tekens gebruiken.',
  },
  /** The choices for vorm as the visitor reads them (the mail keeps its own Dutch words: src/melding/tekst.ts). */
  vorm: {
    'seksuele-uitbuiting': 'Seksuele uitbuiting',
    arbeidsuitbuiting: 'Arbeidsuitbuiting',
    'criminele-uitbuiting': 'Criminele uitbuiting',
    orgaanverwijdering: 'Gedwongen orgaanverwijdering',
    'weet-niet': 'Weet ik niet',
  } satisfies Record<MeldingVorm, string>,
  /** For a code the dictionary does not know (never shown for the schema's own codes). */
  veldFoutAnders: 'De melding mist gegevens of heeft gegevens in de verkeerde vorm.',
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
    /** `{mist}` becomes the list of what the browser lacks (`ontbreekt`, joined by commas). */
    browser: 'Deze browser kan uw melding niet veilig versturen. Er ontbreekt: {mist}. Gebruik een nieuwere browser, of open deze pagina via https.',
    /** What a browser lacks (src/islands/formulier/controle.ts), listed in `browser`. */
    ontbreekt: {
      https: 'een beveiligde verbinding (https)',
      crypto: 'versleuteling (Web Crypto)',
      bigint: 'grote getallen (BigInt)',
      tekstcodering: 'tekstcodering (TextEncoder)',
      fetch: 'versturen (fetch)',
    } satisfies Record<Ontbreekt, string>,
    /** Why sending failed (src/islands/formulier/verstuur.ts), when the function sent no sentence of its own. */
    reden: {
      versleutelen: 'Uw melding kon in deze browser niet worden versleuteld. Probeer het opnieuw. Lukt het weer niet? Gebruik dan een andere browser.',
      uitdaging: 'De beveiligingscontrole van het formulier is niet gelukt. Controleer uw internetverbinding en probeer het opnieuw.',
      netwerk: 'Er was geen verbinding met de website. Controleer uw internetverbinding en probeer het opnieuw.',
      tijdelijk: 'De website kan uw melding nu niet doorsturen. Probeer het over een paar minuten opnieuw. Laat deze pagina zolang open: uw versleutelde melding staat klaar.',
      geweigerd: 'De website heeft uw melding niet aangenomen. Probeer het opnieuw.',
      server: 'Er ging iets mis bij de website. Probeer het over een paar minuten opnieuw.',
    } satisfies Record<Reden, string>,
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
} as const;
