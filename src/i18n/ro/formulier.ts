import type { FormulierTekst } from '../formulier.ts';

/**
 * The melding form in Romanian (B1, polite "dumneavoastră").
 * Romanian plural categories (Intl.PluralRules 'ro'): one (1), few (0, 2–19, 101–119, …), other (20+: "20 de caractere").
 */
export const formulier: FormulierTekst = {
  taal: 'ro',
  velden: {
    wat: { label: 'Ce ați văzut sau auzit?', hint: 'Scrieți cât mai exact. Ce s-a întâmplat și de ce credeți că ceva nu este în regulă? Nu scrieți numele dumneavoastră dacă vreți să rămâneți anonim. Puteți scrie în limba dumneavoastră.' },
    waar: { label: 'Unde a fost? (nu este obligatoriu)', hint: 'De exemplu, o adresă, o stradă, o firmă sau un site web.' },
    wanneer: { label: 'Când a fost? (nu este obligatoriu)', hint: 'De exemplu, o dată, „săptămâna trecută” sau „în fiecare noapte”.' },
    wie: { label: 'Cine este implicat? (nu este obligatoriu)', hint: 'Descrieți persoanele: cum arată, ce vârstă au aproximativ, ce limbă vorbesc, ce mașină conduc.' },
    vorm: { legend: 'Despre ce formă de exploatare credeți că este vorba? (nu este obligatoriu)', hint: 'Nu sunteți sigur? Atunci alegeți „Nu știu”.' },
    contactGewenst: { legend: 'Vreți ca primăria să vă contacteze?', ja: 'Da', nee: 'Nu, rămân anonim' },
    contact: {
      label: 'Cum vă putem contacta?',
      hint: 'De exemplu, numărul de telefon sau adresa de e-mail și când vă convine.',
      waarschuwing: 'Atenție: dacă vă dați numele, numărul de telefon sau adresa de e-mail, nu mai sunteți anonim. Primăria știe atunci cine a făcut raportarea.',
    },
  },
  veldFout: {
    ongeldig: 'Acest câmp nu a putut fi citit. Completați-l din nou.',
    wat_leeg: 'Descrieți ce ați văzut sau auzit',
    wat_te_lang: 'Folosiți cel mult {max} de caractere la „ce ați văzut sau auzit”',
    waar_te_lang: 'Folosiți cel mult {max} de caractere la „unde”',
    wanneer_te_lang: 'Folosiți cel mult {max} de caractere la „când”',
    wie_te_lang: 'Folosiți cel mult {max} de caractere la „cine”',
    contact_te_lang: 'Folosiți cel mult {max} de caractere la „date de contact”',
    vorm_onbekend: 'Alegeți o formă sau „nu știu”',
    contact_leeg: 'Scrieți cum vă putem contacta sau alegeți că nu vreți să fiți contactat',
  },
  teller: {
    over: { one: 'Mai aveți {n} caracter', few: 'Mai aveți {n} caractere', other: 'Mai aveți {n} de caractere' },
    teVeel: { one: 'Aveți {n} caracter în plus', few: 'Aveți {n} caractere în plus', other: 'Aveți {n} de caractere în plus' },
    limiet: 'Puteți folosi cel mult {n} de caractere.',
  },
  vorm: {
    'seksuele-uitbuiting': 'Exploatare sexuală',
    arbeidsuitbuiting: 'Exploatare prin muncă',
    'criminele-uitbuiting': 'Exploatare infracțională',
    orgaanverwijdering: 'Prelevare forțată de organe',
    'weet-niet': 'Nu știu',
  },
  veldFoutAnders: 'Raportării îi lipsesc date sau are date în forma greșită.',
  foutTitel: 'Există o problemă',
  foutVoorvoegsel: 'Eroare:',
  verstuur: 'Trimiteți raportarea',
  stap: { versleutelen: 'Se criptează…', versturen: 'Se trimite…' },
  bezig: 'Vă rugăm să așteptați…',
  mislukt: {
    titel: 'Raportarea dumneavoastră NU a fost trimisă',
    blijft: 'Ce ați completat este încă în formular.',
    opnieuw: 'Încercați din nou',
    laden: 'Formularul nu a putut încărca totul. Verificați conexiunea la internet și încercați din nou.',
    browser: 'Acest browser nu poate trimite raportarea dumneavoastră în siguranță. Lipsește: {mist}. Folosiți un browser mai nou sau deschideți această pagină prin https.',
    ontbreekt: {
      https: 'o conexiune securizată (https)',
      crypto: 'criptarea (Web Crypto)',
      bigint: 'numerele mari (BigInt)',
      tekstcodering: 'codificarea textului (TextEncoder)',
      fetch: 'trimiterea (fetch)',
    },
    reden: {
      versleutelen: 'Raportarea dumneavoastră nu a putut fi criptată în acest browser. Încercați din nou. Nu merge nici acum? Atunci folosiți alt browser.',
      uitdaging: 'Verificarea de securitate a formularului nu a reușit. Verificați conexiunea la internet și încercați din nou.',
      netwerk: 'Nu a existat conexiune cu site-ul. Verificați conexiunea la internet și încercați din nou.',
      tijdelijk: 'Site-ul nu poate transmite acum raportarea dumneavoastră. Încercați din nou peste câteva minute. Până atunci, lăsați această pagină deschisă: raportarea criptată este pregătită.',
      geweigerd: 'Site-ul nu a acceptat raportarea dumneavoastră. Încercați din nou.',
      server: 'A apărut o problemă la site. Încercați din nou peste câteva minute.',
    },
  },
  ontvangen: {
    titel: 'Raportarea dumneavoastră a fost primită',
    code: 'Codul raportării dumneavoastră este',
    bewaar: 'Notați acest cod. Vreți să adăugați ceva mai târziu? Atunci faceți o raportare nouă și scrieți acest cod.',
    volgendeTitel: 'Ce se întâmplă acum?',
    volgende: [
      'Persoana de contact pentru traficul de persoane din primărie citește raportarea dumneavoastră. Numai ea o poate deschide.',
      'Persoana de contact vede de ce este nevoie. Dacă este necesar, raportarea merge la parteneri precum poliția, serviciile de îngrijire sau Nederlandse Arbeidsinspectie.',
      'Nu ați lăsat date de contact? Atunci nu veți mai afla nimic despre raportarea dumneavoastră. Așa funcționează raportarea anonimă.',
    ],
    nieuw: 'Faceți o raportare nouă',
  },
};
