import '../lib/zod-nl.ts';
import { TALEN } from '../i18n/talen.ts';
import { z } from 'astro/zod';
import { DOELGROEPEN } from '../lib/begrippen.ts';

/**
 * A source a fact comes from: a region's policy document or a named public authority. Shown the way a
 * government site cites: "titel, uitgever, jaar", linked when a public address exists.
 */
export const bronSchema = z
  .object({
    /** Public title as the issuer writes it, e.g. "Beleidsnota Mensenhandel". */
    titel: z.string().min(3),
    /** The body that issued it, e.g. "gemeente De Bilt" or "Politie". */
    uitgever: z.string().min(2).optional(),
    /** Year of publication, if the document states it or it follows from its decision date. */
    jaar: z.number().int().min(1990).max(2100).optional(),
    /** Public address of the document or page; only addresses found in the seeds or ../shared/RESEARCH.md. */
    url: z.url({ protocol: /^https?$/, error: 'een http(s)-adres' }).optional(),
    /**
     * Provenance for editors and tests: the seed file in ../shared/seeds/ the facts were taken from.
     * Never rendered on a page.
     */
    seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'een seed-bestandsnaam zoals 000_2664779179e5a605.txt').optional(),
  })
  .strict();

const telefoon = z
  .string()
  .regex(/^(112|0[0-9 -]{5,14}[0-9])$/, 'een Nederlands telefoonnummer zoals 0800-2000 of 033 448 11 86');

const https = z.url({ protocol: /^https$/, error: 'een https-adres' });
const datum = z.iso.date('een datum als 2026-11-30');

/** The ways a visitor can reach an organisation; at least one, each traceable to a source. */
const contactVelden = {
  /** Public phone number; only from ../shared/RESEARCH.md or the region's seed. */
  telefoon: telefoon.optional(),
  /** Public website (https). */
  website: https.optional(),
  /** Public chat page (https), e.g. Chat met Fier. */
  chat: https.optional(),
  /** Public e-mail address. */
  email: z.email().optional(),
  /** Hours, in plain text, only when a source gives them, e.g. "dag en nacht". */
  bereikbaar: z.string().min(3).optional(),
  /** Where the contact details were taken from, e.g. "wegwijzermensenhandel.nl, lijst zorgcoördinatoren". */
  contactBron: z.string().min(3).optional(),
  /** When the contact details were last checked against that source (YYYY-MM-DD); warned about after 12 months. */
  gecontroleerd: datum.optional(),
};

/** How a partner without public contact is reached: through the gemeente (its contact) or Veilig Thuis (0800-2000). */
export const viaSchema = z.enum(['gemeente', 'veiligThuis']);

/** A local organisation that plays a part in the region's approach. */
export const partnerSchema = z
  .object({
    /** Name as the organisation writes it, e.g. "Veilig Thuis Utrecht". */
    naam: z.string().min(2),
    /** What it does in this region's approach, one plain sentence (B1). */
    rol: z.string().min(10),
    ...contactVelden,
    /**
     * Only for an organisation with no public contact (Zorg- en Veiligheidshuis, RIEC): how it is reached instead.
     * Such a partner is for professionals (and ondernemers), never shown to inwoners or jongeren.
     */
    via: viaSchema.optional(),
    /** Which doelgroepen see this partner. Empty means all. */
    voor: z.array(z.enum(DOELGROEPEN)).default([]),
    /** Where this partner's role is described: the region's policy document. */
    bron: bronSchema,
  })
  .strict()
  .superRefine((p, ctx) => {
    const heeftContact = Boolean(p.telefoon || p.website || p.chat || p.email);
    if (heeftContact) {
      if (p.via) ctx.addIssue({ code: 'custom', path: ['via'], message: 'alleen voor een partner zonder eigen telefoon, website, chat of e-mail' });
      if (!p.contactBron) ctx.addIssue({ code: 'custom', path: ['contactBron'], message: 'waar komen de contactgegevens vandaan? (RESEARCH.md of het beleidsdocument)' });
      if (!p.gecontroleerd) ctx.addIssue({ code: 'custom', path: ['gecontroleerd'], message: 'wanneer zijn de contactgegevens gecontroleerd? (JJJJ-MM-DD)' });
      return;
    }
    if (!p.via) {
      ctx.addIssue({ code: 'custom', path: ['telefoon'], message: 'een partner heeft telefoon, website, chat of e-mail, of via: "gemeente" / "veiligThuis"' });
      return;
    }
    const publiek = p.voor.length === 0 || p.voor.some((d) => d === 'inwoners' || d === 'jongeren');
    if (publiek) ctx.addIssue({ code: 'custom', path: ['voor'], message: 'een partner zonder eigen contact alleen voor professionals of ondernemers' });
  });

/** The gemeente's own, non-anonymous contact for people who want to talk to someone (footer, /contact/, /professionals/). */
export const gemeenteContactSchema = z
  .object({
    /** Who answers, e.g. "Team Veiligheid, gemeente De Bilt". */
    naam: z.string().min(3),
    telefoon: telefoon.optional(),
    email: z.email().optional(),
    website: https.optional(),
    /** Hours, plain text. */
    bereikbaar: z.string().min(3).optional(),
  })
  .strict()
  .refine((c) => Boolean(c.telefoon || c.email || c.website), { message: 'minstens één van telefoon, email of website', path: ['telefoon'] });

/** One step of the region's meldroute, as its policy document describes it. */
export const meldstapSchema = z.object({
  /** Short title of the step, e.g. "Melden bij de aandachtsfunctionaris". */
  titel: z.string().min(3),
  /** What happens in this step, in plain Dutch (B1). */
  tekst: z.string().min(10),
  /** Names (as in `partners`) of the organisations this step names; their contacts are shown under the step. */
  partners: z.array(z.string().min(2)).default([]),
});

const kleur = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'een kleur als #rrggbb');

/** A region profile: one per gemeente or group of gemeenten. See docs/regio-profiel.md. */
export const regioSchema = z
  .object({
    /** Short id, used in MELDWIJZER_REGIO and file names; lower case, digits and dashes. */
    id: z.string().regex(/^[a-z0-9-]+$/, 'kleine letters, cijfers en streepjes'),
    /** Name as visitors read it, e.g. "Gemeente De Bilt". */
    naam: z.string().min(2),
    /** Short name for headings and the logo, e.g. "De Bilt". */
    korteNaam: z.string().min(2),
    /** The gemeenten this profile covers. */
    gemeenten: z.array(z.string().min(2)).min(1),
    /** Public address of the site (https), used for canonical links, sitemap and QR codes. */
    url: z.url({ protocol: /^https$/, error: 'een https-adres' }),
    /** The policy document this profile is based on. */
    bron: bronSchema,
    /** House style: colours are checked for contrast at build time. */
    huisstijl: z.object({
      /** Text shown as the logo in the header. */
      logoTekst: z.string().min(2),
      /**
       * The gemeente's logo: an SVG file in content/regios/logos/ with its alt text. A generated placeholder
       * is named `voorbeeld-<id>.svg` (node src/regio/voorbeeld-logo.ts <id>); a production build refuses it.
       */
      logo: z.object({
        /** File name in content/regios/logos/, e.g. "de-bilt.svg". */
        bestand: z.string().regex(/^[a-z0-9.-]+\.svg$/, 'een SVG-bestandsnaam als de-bilt.svg'),
        /** Alt text, e.g. "Logo gemeente De Bilt". */
        alt: z.string().trim().min(3, 'een alt-tekst zoals "Logo gemeente De Bilt"'),
      }),
      /** Main colour for the header and buttons; needs 4.5:1 contrast with white. */
      primair: kleur,
      /** Darker shade for hover and focus states. */
      primairDonker: kleur,
      /** Light tint for backgrounds of notes and the campaign banner. */
      accentLicht: kleur,
    }),
    /** The gemeente's aandachtsfunctionaris mensenhandel, who receives the meldingen. */
    aandachtsfunctionaris: z.object({
      /** Role title as the seed names it, e.g. "aandachtsfunctionaris mensenhandel (team Veiligheid)". */
      rol: z.string().min(3),
      /** Mailbox the encrypted meldingen go to. `example` domains only work outside production. */
      mailbox: z.email(),
      /** Sender address of the melding mails. Defaults to noreply@ the mailbox's domain. */
      afzender: z.email().optional(),
      /**
       * Public OpenPGP key the form encrypts to: a file in content/regios/sleutels/ plus its fingerprint.
       * null: no key yet; `npm start` then makes a local test key, and a production build refuses.
       */
      sleutel: z
        .object({
          /** File name in content/regios/sleutels/ (armored public key, .asc). */
          bestand: z.string().regex(/^[a-z0-9.-]+\.asc$/, 'een bestandsnaam als regio.asc'),
          /** Fingerprint (40 hex characters, spaces allowed); the build checks it against the file. */
          vingerafdruk: z.string().regex(/^[0-9A-Fa-f ]{40,50}$/, '40 hexadecimale tekens'),
        })
        .nullable(),
    }),
    /** The gemeente's own contact for people who want to talk to someone. Example profiles use `example` addresses. */
    gemeenteContact: gemeenteContactSchema,
    /** Local partners, taken from the seed. */
    partners: z.array(partnerSchema).min(1),
    /** The region's meldroute as the seed describes it, in order. */
    meldroute: z.array(meldstapSchema).min(1),
    /**
     * The languages this region publishes, Dutch first. Switch a language on only after the gemeente has
     * reviewed its texts (src/i18n/, the <taal> folders in content/, content/regios/vertalingen/<taal>.json).
     */
    talen: z
      .array(z.enum(TALEN))
      .min(1)
      .default(['nl'])
      .refine((t) => t[0] === 'nl', 'begint met "nl": Nederlands staat altijd op /')
      .refine((t) => new Set(t).size === t.length, 'elke taal één keer'),
    /** Where "Snel weg" sends the visitor: a neutral site (https). */
    snelWeg: z.url({ protocol: /^https$/, error: 'een https-adres' }).default('https://www.weeronline.nl/'),
    /** Campaign settings around the Europese dag tegen mensenhandel (18 October). */
    campagne: z
      .object({
        /** Show the campaign banner and pages. */
        aan: z.boolean().default(true),
      })
      .default({ aan: true }),
    /** Contents of /.well-known/security.txt (RFC 9116). */
    securityTxt: z.object({
      /** Where to report a vulnerability: mailto: or https: address. */
      contact: z.string().regex(/^(mailto:|https:\/\/)/, 'een mailto:- of https:-adres'),
      /** Expiry date (YYYY-MM-DD); must lie in the future for a production build. */
      verloopt: z.iso.date('een datum als 2027-10-01'),
      /** Preferred languages, e.g. "nl, en". */
      talen: z.string().default('nl, en'),
    }),
  })
  .strict()
  .superRefine((r, ctx) => {
    // A step may only point to partners the profile lists, so its contacts can be shown.
    const namen = new Set(r.partners.map((p) => p.naam));
    r.meldroute.forEach((stap, i) =>
      stap.partners.forEach((naam, j) => {
        if (!namen.has(naam)) ctx.addIssue({ code: 'custom', path: ['meldroute', i, 'partners', j], message: `"${naam}" staat niet in partners` });
      }),
    );
  });

export type Regio = z.infer<typeof regioSchema>;
export type Partner = z.infer<typeof partnerSchema>;
export type Bron = z.infer<typeof bronSchema>;
export type Doelgroep = Partner['voor'][number];
export type GemeenteContact = z.infer<typeof gemeenteContactSchema>;
export type Meldstap = z.infer<typeof meldstapSchema>;
