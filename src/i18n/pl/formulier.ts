import type { FormulierTekst } from '../formulier.ts';

/** The melding form in Polish (plain language, B1). */
export const formulier: FormulierTekst = {
  /** The language of these texts (numbers, plural forms; the mail's "Taal van de melder" line). */
  taal: 'pl',
  velden: {
    wat: { label: 'Co widziałeś lub słyszałeś?', hint: 'Opisz to jak najdokładniej. Co się stało i dlaczego uważasz, że coś jest nie tak? Nie wpisuj swojego nazwiska, jeśli chcesz zgłosić to anonimowo. Możesz pisać w swoim języku.' },
    waar: { label: 'Gdzie to było? (nieobowiązkowe)', hint: 'Na przykład adres, ulica, firma lub strona internetowa.' },
    wanneer: { label: 'Kiedy to było? (nieobowiązkowe)', hint: 'Na przykład data, „w zeszłym tygodniu” lub „każdej nocy”.' },
    wie: { label: 'Kto jest w to zamieszany? (nieobowiązkowe)', hint: 'Opisz te osoby: jak wyglądają, ile mają mniej więcej lat, jakim językiem mówią, jakim samochodem jeżdżą.' },
    vorm: { legend: 'Jak myślisz, o jaką formę wyzysku chodzi? (nieobowiązkowe)', hint: 'Nie wiesz? Wybierz wtedy „Nie wiem”.' },
    contactGewenst: { legend: 'Czy chcesz, żeby gmina się z Tobą skontaktowała?', ja: 'Tak', nee: 'Nie, zgłaszam anonimowo' },
    contact: {
      label: 'Jak możemy się z Tobą skontaktować?',
      hint: 'Na przykład Twój numer telefonu lub adres e-mail i kiedy Ci to pasuje.',
      waarschuwing: 'Uwaga: jeśli podasz swoje nazwisko, numer telefonu lub adres e-mail, zgłoszenie nie jest już anonimowe. Gmina będzie wtedy wiedzieć, kto złożył zgłoszenie.',
    },
  },
  /**
   * Photos (src/islands/formulier/fotos/). `{max}` is the number of photos, `{grootte}` a size such as
   * "10 MB", `{naam}` the chosen file's name (shown only in the form).
   */
  fotos: {
    label: 'Zdjęcia lub zrzuty ekranu (nieobowiązkowe)',
    hint: 'Na przykład zdjęcie busa, tablicy rejestracyjnej, ogłoszenia lub czatu. Nie rób zdjęcia, jeśli jest to dla Ciebie niebezpieczne.',
    limiet: 'Możesz dodać do {max} zdjęć, razem najwyżej {grootte}. Zanim cokolwiek zostanie wysłane, usuwamy z nich lokalizację, czas i dane telefonu.',
    zonderJs: 'Zdjęcia można dodać tylko wtedy, gdy JavaScript jest włączony. Możesz też wysłać zgłoszenie bez zdjęć.',
    bezig: 'Przygotowywanie zdjęć…',
    schoon: 'Lokalizacja, czas i dane telefonu zostały usunięte ze zdjęć.',
    toegevoegd: {
      one: 'Dodano {n} zdjęcie.',
      few: 'Dodano {n} zdjęcia.',
      many: 'Dodano {n} zdjęć.',
      other: 'Dodano {n} zdjęcia.',
    },
    titel: 'Zdjęcie {n}',
    alt: 'Podgląd zdjęcia {n}',
    over: '{breedte} × {hoogte} pikseli, {grootte}',
    verwijder: 'Usuń zdjęcie {n}',
    verwijderd: 'Zdjęcie {n} zostało usunięte.',
    laden: 'Nie udało się załadować zdjęć. Sprawdź połączenie z internetem i wybierz je ponownie.',
    fout: {
      geen_foto: 'Plik {naam} nie jest zdjęciem. Wybierz plik JPEG, PNG, WebP lub HEIC.',
      kapot: 'Plik {naam} jest uszkodzony i nie da się go otworzyć. Wybierz inne zdjęcie.',
      onleesbaar: 'Ta przeglądarka nie może otworzyć pliku {naam}. Wybierz plik JPEG lub PNG albo zrób zrzut ekranu tego zdjęcia.',
      te_veel_pixels: 'Plik {naam} jest za duży, żeby bezpiecznie go otworzyć (ponad {megapixel} megapikseli). Wybierz mniejszą wersję.',
      bestand_te_groot: 'Plik {naam} jest większy niż {grootte}. Wybierz mniejszą wersję.',
      te_veel: 'Możesz dodać najwyżej {max} zdjęć. Plik {naam} nie został dodany.',
      boven_limiet: 'Z plikiem {naam} zdjęcia razem byłyby większe niż {grootte}. Usuń jedno zdjęcie albo wybierz mniejsze.',
    },
  },
  /** The schema's error codes (src/melding/velden.ts) as sentences; `{max}` becomes the field's limit (src/melding/limieten.ts). */
  veldFout: {
    ongeldig: 'Nie udało się odczytać tego pola. Wypełnij je ponownie.',
    wat_leeg: 'Opisz, co widziałeś lub słyszałeś',
    wat_te_lang: 'Użyj najwyżej {max} znaków w polu „co widziałeś lub słyszałeś”',
    waar_te_lang: 'Użyj najwyżej {max} znaków w polu „gdzie”',
    wanneer_te_lang: 'Użyj najwyżej {max} znaków w polu „kiedy”',
    wie_te_lang: 'Użyj najwyżej {max} znaków w polu „kto”',
    contact_te_lang: 'Użyj najwyżej {max} znaków w polu „dane kontaktowe”',
    vorm_onbekend: 'Wybierz formę lub „nie wiem”',
    contact_leeg: 'Wpisz, jak możemy się z Tobą skontaktować, albo wybierz, że nie chcesz kontaktu',
  },
  /** The soft character count (GOV.UK style): how many are left, or how many too many; never cuts text. */
  teller: {
    over: {
      one: 'Został Ci {n} znak',
      few: 'Zostały Ci {n} znaki',
      many: 'Zostało Ci {n} znaków',
      other: 'Zostało Ci {n} znaku',
    },
    teVeel: {
      one: 'Masz o {n} znak za dużo',
      few: 'Masz o {n} znaki za dużo',
      many: 'Masz o {n} znaków za dużo',
      other: 'Masz o {n} znaku za dużo',
    },
    limiet: 'Możesz użyć najwyżej {n} znaków.',
  },
  /** The choices for vorm as the visitor reads them (the mail keeps its own Dutch words: src/melding/tekst.ts). */
  vorm: {
    'seksuele-uitbuiting': 'Wyzysk seksualny',
    arbeidsuitbuiting: 'Wyzysk w pracy',
    'criminele-uitbuiting': 'Wyzysk przestępczy',
    orgaanverwijdering: 'Przymusowe usunięcie organu',
    'weet-niet': 'Nie wiem',
  },
  /** For a code the dictionary does not know (never shown for the schema's own codes). */
  veldFoutAnders: 'W zgłoszeniu brakuje danych albo dane mają niewłaściwą formę.',
  foutTitel: 'Wystąpił problem',
  foutVoorvoegsel: 'Błąd:',
  verstuur: 'Wyślij zgłoszenie',
  stap: { versleutelen: 'Szyfrowanie…', versturen: 'Wysyłanie…' },
  bezig: 'Chwileczkę…',
  mislukt: {
    titel: 'Twoje zgłoszenie NIE zostało wysłane',
    blijft: 'Wpisany tekst nadal jest w formularzu.',
    opnieuw: 'Spróbuj ponownie',
    laden: 'Formularz nie mógł się w pełni załadować. Sprawdź połączenie z internetem i spróbuj ponownie.',
    /** `{mist}` becomes the list of what the browser lacks (`ontbreekt`, joined by commas). */
    browser: 'Ta przeglądarka nie może bezpiecznie wysłać Twojego zgłoszenia. Brakuje: {mist}. Użyj nowszej przeglądarki albo otwórz tę stronę przez https.',
    /** What a browser lacks (src/islands/formulier/controle.ts), listed in `browser`. */
    ontbreekt: {
      https: 'bezpieczne połączenie (https)',
      crypto: 'szyfrowanie (Web Crypto)',
      bigint: 'duże liczby (BigInt)',
      tekstcodering: 'kodowanie tekstu (TextEncoder)',
      fetch: 'wysyłanie (fetch)',
    },
    /** Why sending failed (src/islands/formulier/verstuur.ts), when the function sent no sentence of its own. */
    reden: {
      versleutelen: 'Nie udało się zaszyfrować Twojego zgłoszenia w tej przeglądarce. Spróbuj ponownie. Jeśli znowu się nie uda, użyj innej przeglądarki.',
      uitdaging: 'Kontrola bezpieczeństwa formularza nie powiodła się. Sprawdź połączenie z internetem i spróbuj ponownie.',
      netwerk: 'Nie było połączenia ze stroną. Sprawdź połączenie z internetem i spróbuj ponownie.',
      tijdelijk: 'Strona nie może teraz przekazać Twojego zgłoszenia. Spróbuj ponownie za kilka minut. Do tego czasu nie zamykaj tej strony: Twoje zaszyfrowane zgłoszenie jest gotowe do wysłania.',
      geweigerd: 'Strona nie przyjęła Twojego zgłoszenia. Spróbuj ponownie.',
      server: 'Na stronie coś poszło nie tak. Spróbuj ponownie za kilka minut.',
    },
  },
  ontvangen: {
    titel: 'Twoje zgłoszenie zostało odebrane',
    code: 'Twój kod zgłoszenia to',
    bewaar: 'Zapisz ten kod. Chcesz później coś dodać? Złóż wtedy nowe zgłoszenie i podaj ten kod.',
    volgendeTitel: 'Co dzieje się teraz?',
    volgende: [
      'Specjalista ds. handlu ludźmi w gminie czyta Twoje zgłoszenie. Tylko on może je otworzyć.',
      'Specjalista ds. handlu ludźmi sprawdza, co jest potrzebne. W razie potrzeby Twoje zgłoszenie trafia do partnerów, takich jak policja, służby opieki lub Nederlandse Arbeidsinspectie.',
      'W zgłoszeniu nie ma danych kontaktowych? Wtedy nie dostaniesz już żadnych informacji o swoim zgłoszeniu. Tak działa anonimowe zgłaszanie.',
    ],
    nieuw: 'Złóż nowe zgłoszenie',
  },
};
