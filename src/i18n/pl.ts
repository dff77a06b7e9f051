import type { Woordenboek } from './nl.ts';
import { formulier } from './pl/formulier.ts';

/** Interface texts in Polish (plain language, B1). Same keys as nlTekst in nl.ts. */
export const pl: Woordenboek = {
  taal: 'pl',
  site: {
    naam: 'Meldwijzer',
    ondertitel: 'Jak rozpoznać i zgłosić handel ludźmi',
  },
  skipLink: 'Przejdź do treści',
  snelWeg: {
    knop: 'Szybkie wyjście',
    uitleg: 'Szybko opuść tę stronę. Możesz też trzy razy nacisnąć Shift.',
  },
  nav: {
    label: 'Menu główne',
    home: 'Strona główna',
    voorWie: 'Dla kogo',
    vormen: 'Formy wyzysku',
    melden: 'Zgłoś anonimowo',
    contact: 'Pomoc i kontakt',
    werk: 'Pracujesz w Holandii?',
    check: 'Test sygnałów',
    zoeken: 'Szukaj',
    vragen: 'Często zadawane pytania',
  },
  footer: {
    label: 'O tej stronie',
    privacy: 'Oświadczenie o prywatności',
    toegankelijkheid: 'Deklaracja dostępności',
    over: 'O tej stronie',
    campagnes: 'Kampanie',
    geenCookies: 'Ta strona nie używa plików cookie i Cię nie śledzi.',
  },
  acuut: {
    titel: 'Bezpośrednie zagrożenie?',
    tekst: 'Zadzwoń pod 112. Także jeśli nie masz pewności.',
    tekstJe: 'Zadzwoń pod 112. Także jeśli nie masz pewności.',
  },
  bronnen: {
    titel: 'Źródła',
    seed: 'dokument dotyczący polityki',
  },
  partners: {
    titel: 'Organizacje w Twoim regionie',
    bel: 'Zadzwoń',
    website: 'Strona internetowa',
  },
  meldroute: {
    titel: 'Tak przebiega zgłoszenie w Twoim regionie',
    volgens: 'Według:',
  },
  nummers: {
    titel: 'Krajowe numery telefonów',
    bron: 'źródło',
  },
  zoeken: {
    titel: 'Szukaj na tej stronie',
    label: 'Szukane słowo',
    knop: 'Szukaj',
    zonderJs: 'Wyszukiwanie działa tylko z włączonym JavaScriptem. Możesz też skorzystać z menu lub z listy wszystkich stron poniżej.',
    beschrijving: 'Szukaj na tej stronie sygnałów, form wyzysku i informacji, gdzie możesz to zgłosić.',
    alle: 'Wszystkie strony',
    /** Filled in by /zoeken.js: `{n}` results, `{q}` what was searched. */
    resultaten: 'Wyniki dla „{q}”: {n}',
    geen: 'Brak wyników dla „{q}”',
  },
  campagne: {
    banner: 'Europejski Dzień Przeciwko Handlowi Ludźmi',
    lees: 'Przeczytaj więcej o kampanii',
  },
  /** The worker poster in the campaign toolkit; keys and rules in nl.ts. */
  poster: {
    normaal: 'Co jest normalne?',
    regels: [
      'Paszport i kartę bankową masz u siebie.',
      'Możesz zrezygnować albo szukać innej pracy.',
      'Wiesz, za co odliczane są pieniądze z Twojej wypłaty.',
    ],
    hulp: 'Pomoc bez strachu: zgłoś anonimowo',
    arbeidsinspectie: 'Arbeidsinspectie (inspekcja pracy): Twoja praca, wypłata lub mieszkanie. Możesz zgłosić to anonimowo.',
    scan: 'Zeskanuj kod i zgłoś anonimowo',
  },
  /** The language switcher and the notice on a page shown in another language than the visitor chose. */
  talen: {
    label: 'Inne języki',
    /** Above the text of a page not yet translated; `taalnaam` is that text's language in its own name ("Nederlands"). */
    nietVertaald: (taalnaam: string) => `Ta strona nie jest jeszcze przetłumaczona. Poniżej tekst w języku: ${taalnaam}.`,
  },
  /** Page header, breadcrumb, contents list, side box and footer (issue 10). */
  uiterlijk: {
    kruimelpad: 'Ścieżka nawigacji',
    opDezePagina: 'Na tej stronie',
    directHulp: {
      titel: 'Pomoc od razu',
      gevaar: 'Bezpośrednie zagrożenie',
      veiligThuis: 'Veilig Thuis, porady w dzień i w nocy',
      melden: 'Zgłoś anonimowo przez tę stronę',
    },
    voet: {
      contact: 'Kontakt z gminą',
      bel: 'Zadzwoń',
      mail: 'E-mail',
      website: 'Strona internetowa',
    },
    logoLink: 'do strony głównej',
  },
  /** Home page. */
  thuis: {
    beschrijving: (gemeenten: string) => `Jak rozpoznać i zgłosić handel ludźmi (${gemeenten}). Tutaj możesz zgłosić to anonimowo.`,
    inleiding: (plaats: string) =>
      `Handel ludźmi zdarza się także w ${plaats}. Ludzie są zmuszani do pracy, seksu lub popełniania przestępstw. Na tej stronie przeczytasz, jak to rozpoznać i gdzie to zgłosić. Możesz to zgłosić także anonimowo.`,
    werk: 'Pracujesz w Holandii przez agencję pracy lub u pracodawcy? Przeczytaj, co jest normalne i gdzie dostaniesz pomoc.',
  },
  /** <Veiligheid />: safety advice for witnesses ("u") and for jongeren ("je"). The last item ends with the 112 link. */
  veiligheid: {
    kop: 'Najpierw Twoje własne bezpieczeństwo',
    kopJe: 'Najpierw Twoje własne bezpieczeństwo',
    u: [
      'Nie zaczepiaj nikogo i nie prowadź własnego dochodzenia. To może być niebezpieczne, dla Ciebie i dla ofiary.',
      'Zapisz, co się działo: kto, co, gdzie i kiedy. Zapisz też numer rejestracyjny samochodu, jeśli go widzisz.',
      'Zgłoś to. Wyjaśnieniem, co się dzieje, zajmą się policja i partnerzy gminy.',
    ],
    je: [
      'Nie zaczepiaj nikogo w tej sprawie i nie prowadź własnego dochodzenia. To może być niebezpieczne, dla Ciebie i dla ofiary.',
      'Zapisz, co się działo: kto, co, gdzie i kiedy. Numer rejestracyjny samochodu też pomoże.',
      'Zgłoś to albo porozmawiaj o tym z kimś, komu ufasz. Wyjaśnianie sprawy to zadanie policji.',
    ],
    gevaar: 'Czy ktoś jest w niebezpieczeństwie? Zadzwoń pod',
  },
  /** Contact lines shared by partners, help lines and the gemeente's own contact. */
  contact: {
    bel: 'Zadzwoń',
    chat: 'Czat',
    email: 'E-mail',
    website: 'Strona internetowa',
    bereikbaar: 'Dostępność',
    wanneer: 'Kiedy',
    tijdenOpSite: 'godziny są podane na stronie',
    /** A partner without a public number of its own (profile field `via`). */
    viaVeiligThuis: 'Brak własnego publicznego numeru. Kontakt przez Veilig Thuis:',
    viaVeiligThuisOf: 'lub przez specjalistę ds. handlu ludźmi w gminie.',
    viaGemeente: 'Brak własnego publicznego numeru. Kontakt przez specjalistę ds. handlu ludźmi w gminie',
  },
  /** <GemeenteContact />: the gemeente's own, non-anonymous contact. */
  gemeenteContact: {
    kop: 'Wolisz z kimś porozmawiać?',
    tekst: 'Możesz też po prostu zadzwonić do gminy lub napisać e-mail. To nie jest anonimowe: gmina będzie wtedy wiedzieć, kim jesteś.',
  },
  /** What each national number is for (numbers in src/lib/nummers.ts). */
  nummerVoor: {
    alarm: 'Bezpośrednie zagrożenie: policja, straż pożarna, pogotowie.',
    politie: 'Policja, sprawy niepilne. Także do zgłoszenia podejrzenia handlu ludźmi.',
    mma: 'Meld Misdaad Anoniem: zgłoszenie bez podawania nazwiska. Nie można tu złożyć zawiadomienia o przestępstwie.',
    veiligThuis: 'Veilig Thuis: porady i zgłoszenia w sprawie przemocy i wyzysku, w dzień i w nocy, bezpłatnie.',
    arbeidsinspectie: 'Nederlandse Arbeidsinspectie: zgłaszanie wyzysku w pracy, można anonimowo.',
    comensha: 'CoMensha: krajowe centrum koordynacji przeciwko handlowi ludźmi, rejestracja i schronienie.',
    kindertelefoon: 'De Kindertelefoon: dla dzieci i młodzieży w wieku od 8 do 18 lat, bezpłatnie i anonimowo.',
    helpwanted: 'Helpwanted: pomoc przy sextortion i innych nadużyciach w internecie, bezpłatnie i anonimowo, także czat.',
  },
  /** What each help line for jongeren is for, and its hours as the source gives them (src/lib/hulplijnen.ts). */
  hulplijnen: {
    kindertelefoon: {
      voor: 'Rozmowa o wszystkim, co Cię martwi, jeśli masz mniej niż 18 lat. Bezpłatnie i anonimowo.',
      tijden: 'codziennie od 11.00 do 21.00 (godziny z 2019 roku, sprawdź na stronie, czy są aktualne)',
    },
    fier: {
      voor: 'Anonimowy czat o przemocy, wyzysku lub loverboyach.',
      tijden: 'w dzień i w nocy; wieczorem i w nocy głównie przez czat (Fier, 2020)',
    },
    helpwanted: {
      voor: 'Pomoc przy sextortion, nagich zdjęciach, które krążą w sieci, i innych nadużyciach w internecie. Bezpłatnie i anonimowo, także po angielsku.',
      tijden: '',
    },
    veiligThuis: {
      voor: 'Dla wszystkich, także dla dzieci i młodzieży: porady lub pomoc przy przemocy, przymusie i wyzysku. Bezpłatnie.',
      tijden: 'telefon w dzień i w nocy; godziny czatu są różne w zależności od regionu',
    },
  },
  /** /signalen-check/. */
  check: {
    beschrijving: 'Nie wiesz, czy coś jest handlem ludźmi? Zaznacz, co widzisz, i przeczytaj, co możesz zrobić. Nic nie jest wysyłane ani zapisywane.',
    inleiding: 'Widzisz coś, co jest nie tak? Zaznacz, co rozpoznajesz. Pod listą przeczytasz, co możesz zrobić. To, co zaznaczysz, nie jest wysyłane ani zapisywane.',
    naarAdvies: 'Przejdź od razu do porady',
    adviesTitel: 'Co możesz zrobić?',
    acuutTitel: 'Czy ktoś jest teraz w niebezpieczeństwie?',
    acuut: 'Zadzwoń od razu pod',
    meldenTitel: 'Rozpoznajesz jeden lub więcej sygnałów?',
    melden: 'Zgłoś to. Możesz to zrobić',
    meldenLink: 'anonimowo przez tę stronę',
    meldenNa: ' albo zadzwonić pod jeden z numerów poniżej. Nie musisz mieć pewności.',
    pratenTitel: 'Nadal masz wątpliwości?',
    praten: 'Porozmawiaj o tym z kimś, kto się na tym zna. Zadzwoń do Veilig Thuis lub zobacz stronę',
    pratenLink: 'Pomoc i kontakt',
  },
  nietGevonden: {
    titel: 'Ta strona nie istnieje',
    tekst: 'Możliwe, że adres się zmienił. Wybierz temat poniżej.',
  },
  formulier,
  /** The pages around the form: /melden/ itself and the function's no-JavaScript answers. */
  melden: {
    /** The pages the function answers with when the form was posted without JavaScript. */
    zonderJs: {
      ontvangenTitel: (code: string) => `Zgłoszenie odebrane (${code})`,
      foutTitel: 'Błąd: zgłoszenie nie zostało wysłane',
      verbeter: 'Popraw to, co jest podane poniżej, i wyślij zgłoszenie ponownie. Twój tekst nadal jest w formularzu.',
      opnieuw: 'Twój tekst nadal jest w formularzu. Wyślij zgłoszenie ponownie.',
      gevaar: 'Czy jest teraz zagrożenie? Zadzwoń wtedy pod 112.',
      /** Without JavaScript the text was sent as a normal form: on a shared device the browser may still hold it. */
      gedeeldTitel: 'Korzystasz z komputera lub telefonu innej osoby?',
      gedeeld: 'Zamknij wtedy tę kartę lub całą przeglądarkę. Potem usuń historię przeglądarki, żeby nikt nie mógł zobaczyć, że zostało tu złożone zgłoszenie.',
      terug: 'Wróć do strony głównej',
    },
    /** /melden/ (src/pages/[...taal]/melden.astro). */
    pagina: {
      beschrijving: 'Zgłoś gminie anonimowo podejrzenie handlu ludźmi. Twoje zgłoszenie jest wysyłane w formie zaszyfrowanej.',
      inleiding: (regio: string) => `Widzisz lub słyszysz coś, co jest nie tak? Myślisz, że to może być handel ludźmi lub wyzysk? Zgłoś to tutaj. Zgłoszenie trafi do: ${regio}. Nie musisz podawać swojego nazwiska.`,
      verplicht: 'Obowiązkowe jest tylko pierwsze pytanie. Resztę wypełnij, jeśli wiesz.',
      versleuteld: (rol: string) => `Jeśli JavaScript jest włączony, Twoje zgłoszenie jest szyfrowane w Twojej własnej przeglądarce. Może je przeczytać tylko ${rol}.`,
      /** What is true when the browser runs no JavaScript: the function encrypts (functions/melding/). */
      zonderJs: (rol: string) =>
        `JavaScript jest wyłączony w Twojej przeglądarce. Wtedy Twoje zgłoszenie nie jest szyfrowane w przeglądarce, tylko przez serwer tej strony, od razu gdy do niego dotrze. Serwer nie zapisuje Twojego tekstu w formie niezaszyfrowanej. Może je przeczytać tylko ${rol}.`,
      geenIp: 'Ta strona nie zapisuje adresu IP i nie używa plików cookie.',
      sleutelTitel: 'Sprawdzenie szyfrowania',
      vingerafdruk: 'Odcisk palca klucza, którym szyfrowane jest Twoje zgłoszenie:',
      vingerafdrukUitleg: 'Dzięki temu kodowi osoba, która się na tym zna, może sprawdzić, że Twoje zgłoszenie może przeczytać tylko gmina.',
      testsleutel: 'Klucz testowy.',
      testsleutelUitleg: 'Ta strona używa klucza przeznaczonego tylko do testów. Nie wysyłaj tutaj prawdziwego zgłoszenia.',
    },
  },
  /** The function's answers (functions/melding/antwoord.ts keeps the status per code). Never echo input. */
  fouten: {
    methode: 'Ten adres przyjmuje tylko zgłoszenia (POST).',
    niet_gevonden: 'Ten adres nie istnieje.',
    inhoudstype: 'Wyślij zgłoszenie jako JSON lub jako formularz.',
    te_groot: 'Zgłoszenie jest za duże. Skróć tekst i spróbuj ponownie.',
    ongeldige_json: 'Nie udało się odczytać zgłoszenia.',
    velden: 'W zgłoszeniu brakuje danych albo dane mają niewłaściwą formę.',
    pow_ontbreekt: 'Brakuje kontroli przed nadużyciami. Załaduj stronę ponownie i spróbuj jeszcze raz.',
    pow_ongeldig: 'Kontrola przed nadużyciami się nie zgadza. Załaduj stronę ponownie i spróbuj jeszcze raz.',
    pow_verlopen: 'Kontrola przed nadużyciami wygasła. Spróbuj jeszcze raz.',
    herhaald: 'Ta kontrola została już użyta. Spróbuj jeszcze raz.',
    code_bezet: 'Ten kod zgłoszenia został już użyty dla innego zgłoszenia. Spróbuj jeszcze raz.',
    geen_pgp: 'Zgłoszenie nie jest zaszyfrowane w wymagany sposób. Nic nie zostało wysłane.',
    verkeerde_sleutel: 'Zgłoszenie nie jest zaszyfrowane właściwym kluczem. Załaduj stronę ponownie.',
    andere_site: 'Zgłoszenia można wysyłać tylko przez formularz na tej stronie.',
    te_veel: 'Teraz przychodzi dużo zgłoszeń. Poczekaj minutę i spróbuj ponownie.',
    niet_verstuurd: 'Zgłoszenie NIE zostało wysłane. Wystąpiła awaria. Spróbuj ponownie za kilka minut.',
    storing: 'Coś poszło nie tak. Zgłoszenie NIE zostało wysłane. Spróbuj ponownie.',
  },
  /** Plain-text answers of the self-hosted server for static paths (src/server/site.ts). */
  server: {
    methode: 'Ta metoda nie jest tu dozwolona.',
    ongeldigAdres: 'Nieprawidłowy adres.',
    nietGevonden: 'Nie znaleziono.',
  },
};
