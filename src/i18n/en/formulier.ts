import type { FormulierTekst } from '../formulier.ts';

/** The melding form in English (plain language, B1). */
export const formulier: FormulierTekst = {
  /** The language of these texts (numbers, plural forms; the mail's "Taal van de melder" line). */
  taal: 'en',
  velden: {
    wat: { label: 'What did you see or hear?', hint: 'Write it down as exactly as you can. What happened, and why do you think something is wrong? Do not put your own name in it if you want to stay anonymous. You may write in your own language.' },
    waar: { label: 'Where was it? (optional)', hint: 'For example an address, street, business or website.' },
    wanneer: { label: 'When was it? (optional)', hint: 'For example a date, "last week" or "every night".' },
    wie: { label: 'Who is involved? (optional)', hint: 'Describe the people: what do they look like, about how old are they, which language do they speak, which car do they drive.' },
    vorm: { legend: 'Which form of exploitation do you think it is? (optional)', hint: 'Not sure? Then choose "I do not know".' },
    contactGewenst: { legend: 'Do you want the municipality to contact you?', ja: 'Yes', nee: 'No, I stay anonymous' },
    contact: {
      label: 'How can we reach you?',
      hint: 'For example your phone number or e-mail address, and when it suits you.',
      waarschuwing: 'Note: if you give your name, phone number or e-mail address, you are no longer anonymous. The municipality will then know who made the report.',
    },
  },
  /**
   * Photos. `{max}` is the number of photos, `{grootte}` a size such as "10 MB", `{naam}` the chosen
   * file's name (shown only in the form).
   */
  fotos: {
    label: 'Photos or screenshots (optional)',
    hint: 'For example of a van, a number plate, an advertisement or a chat. Do not take a photo if that is dangerous for you.',
    limiet: 'You can add up to {max} photos, {grootte} in total at most. We remove location, time and phone details before anything is sent.',
    zonderJs: 'You can only add photos if JavaScript is on. You can also send your report without photos.',
    bezig: 'The photos are being prepared…',
    schoon: 'Location, time and phone details have been removed from the photos.',
    toegevoegd: { one: '{n} photo added.', other: '{n} photos added.' },
    titel: 'Photo {n}',
    alt: 'Preview of photo {n}',
    over: '{breedte} × {hoogte} pixels, {grootte}',
    verwijder: 'Remove photo {n}',
    verwijderd: 'Photo {n} has been removed.',
    laden: 'The photos could not be loaded. Check your internet connection and choose them again.',
    fout: {
      geen_foto: '{naam} is not a photo. Choose a JPEG, PNG, WebP or HEIC file.',
      kapot: '{naam} is damaged and cannot be opened. Choose a different photo.',
      onleesbaar: 'This browser cannot open {naam}. Choose a JPEG or PNG file, or make a screenshot of the photo.',
      te_veel_pixels: '{naam} is too large to open safely (more than {megapixel} megapixels). Choose a smaller version.',
      bestand_te_groot: '{naam} is larger than {grootte}. Choose a smaller version.',
      te_veel: 'You can add at most {max} photos. {naam} has not been added.',
      boven_limiet: 'With {naam}, the photos together would be larger than {grootte}. Remove a photo or choose a smaller one.',
    },
  },
  /** The schema's error codes (src/melding/velden.ts) as sentences; `{max}` becomes the field's limit. */
  veldFout: {
    ongeldig: 'This field could not be read. Please fill it in again.',
    wat_leeg: 'Describe what you saw or heard',
    wat_te_lang: 'Use at most {max} characters for "what did you see or hear"',
    waar_te_lang: 'Use at most {max} characters for "where"',
    wanneer_te_lang: 'Use at most {max} characters for "when"',
    wie_te_lang: 'Use at most {max} characters for "who"',
    contact_te_lang: 'Use at most {max} characters for "contact details"',
    vorm_onbekend: 'Choose a form or "I do not know"',
    contact_leeg: 'Fill in how we can reach you, or choose that you do not want contact',
  },
  /** The soft character count: how many are left, or how many too many; never cuts text. */
  teller: {
    over: { one: 'You have {n} character left', other: 'You have {n} characters left' },
    teVeel: { one: 'You have {n} character too many', other: 'You have {n} characters too many' },
    limiet: 'You can use at most {n} characters.',
  },
  /** The choices for vorm as the visitor reads them (the mail keeps its own Dutch words). */
  vorm: {
    'seksuele-uitbuiting': 'Sexual exploitation',
    arbeidsuitbuiting: 'Labour exploitation',
    'criminele-uitbuiting': 'Criminal exploitation',
    orgaanverwijdering: 'Forced organ removal',
    'weet-niet': 'I do not know',
  },
  /** For a code the dictionary does not know (never shown for the schema's own codes). */
  veldFoutAnders: 'The report is missing information or has information in the wrong form.',
  foutTitel: 'There is a problem',
  foutVoorvoegsel: 'Error:',
  verstuur: 'Send report',
  stap: { versleutelen: 'Encrypting…', versturen: 'Sending…' },
  bezig: 'Please wait…',
  mislukt: {
    titel: 'Your report has NOT been sent',
    blijft: 'What you filled in is still in the form.',
    opnieuw: 'Try again',
    laden: 'The form could not load everything. Check your internet connection and try again.',
    /** `{mist}` becomes the list of what the browser lacks (`ontbreekt`, joined by commas). */
    browser: 'This browser cannot send your report safely. It is missing: {mist}. Use a newer browser, or open this page through https.',
    /** What a browser lacks, listed in `browser`. */
    ontbreekt: {
      https: 'a secure connection (https)',
      crypto: 'encryption (Web Crypto)',
      bigint: 'large numbers (BigInt)',
      tekstcodering: 'text encoding (TextEncoder)',
      fetch: 'sending (fetch)',
    },
    /** Why sending failed, when the function sent no sentence of its own. */
    reden: {
      versleutelen: 'Your report could not be encrypted in this browser. Try again. Does it still not work? Then use a different browser.',
      uitdaging: 'The security check of the form did not work. Check your internet connection and try again.',
      netwerk: 'There was no connection with the website. Check your internet connection and try again.',
      tijdelijk: 'The website cannot pass on your report right now. Try again in a few minutes. Keep this page open until then: your encrypted report is ready.',
      geweigerd: 'The website did not accept your report. Try again.',
      server: 'Something went wrong at the website. Try again in a few minutes.',
    },
  },
  ontvangen: {
    titel: 'Your report has been received',
    code: 'Your report code is',
    bewaar: 'Write this code down. Do you want to add something later? Then make a new report and mention this code.',
    volgendeTitel: 'What happens now?',
    volgende: [
      'The municipality’s human trafficking officer reads your report. Only this officer can open it.',
      'The human trafficking officer looks at what is needed. If needed, your report goes to partners such as the police, care services or the Nederlandse Arbeidsinspectie.',
      'Did you give no contact details? Then you will not hear anything more about your report. That is part of reporting anonymously.',
    ],
    nieuw: 'Make a new report',
  },
};
