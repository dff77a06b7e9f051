import '../lib/zod-nl.ts';
import { z } from 'astro/zod';

/** A source a fact comes from: a seed policy document or a named public authority. */
export const bronSchema = z.object({
  /** Title as a reader sees it, e.g. "Beleidskader mensenhandel gemeente De Bilt". */
  titel: z.string().min(3),
  /** Seed file name in ../shared/seeds/ (e.g. "000_2664779179e5a605.txt"), if the fact comes from a seed. */
  seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'een seed-bestandsnaam zoals 000_2664779179e5a605.txt').optional(),
  /** Public page of the authority, if the fact comes from one. */
  url: z.url().optional(),
});

const telefoon = z
  .string()
  .regex(/^(112|0[0-9 -]{5,14}[0-9])$/, 'een Nederlands telefoonnummer zoals 0800-2000 of 033 448 11 86');

/** A local organisation that plays a part in the region's approach. */
export const partnerSchema = z.object({
  /** Name as the organisation writes it, e.g. "Veilig Thuis Utrecht". */
  naam: z.string().min(2),
  /** What it does in this region's approach, one plain sentence (B1). */
  rol: z.string().min(10),
  /** Public phone number; only from ../shared/RESEARCH.md (confirmed list) or the seed. */
  telefoon: telefoon.optional(),
  /** Public website (https). */
  website: z.url().optional(),
  /** Which doelgroepen should see this partner first. Empty means all. */
  voor: z.array(z.enum(['inwoners', 'ondernemers', 'professionals', 'jongeren'])).default([]),
  /** Where this partner's role is described. */
  bron: bronSchema,
});

/** One step of the region's meldroute, as its policy document describes it. */
export const meldstapSchema = z.object({
  /** Short title of the step, e.g. "Melden bij de aandachtsfunctionaris". */
  titel: z.string().min(3),
  /** What happens in this step, in plain Dutch (B1). */
  tekst: z.string().min(10),
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
    /** Local partners, taken from the seed. */
    partners: z.array(partnerSchema).min(1),
    /** The region's meldroute as the seed describes it, in order. */
    meldroute: z.array(meldstapSchema).min(1),
    /**
     * How visitors reach the gemeente itself, shown in the page footer.
     * (Defined by the regio-content work; kept here as optional so the footer compiles.)
     */
    gemeenteContact: z
      .object({
        naam: z.string(),
        telefoon: z.string().optional(),
        email: z.string().optional(),
        website: z.string().optional(),
        bereikbaar: z.string().optional(),
      })
      .optional(),
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
  .strict();

export type Regio = z.infer<typeof regioSchema>;
export type Partner = z.infer<typeof partnerSchema>;
export type Bron = z.infer<typeof bronSchema>;
export type Doelgroep = Partner['voor'][number];
