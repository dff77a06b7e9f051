import '../lib/zod-nl.ts';
import { z } from 'astro/zod';

/**
 * Every environment variable Meldwijzer reads, with its default, in one place. README's settings table is
 * checked against this list by a test (tests/unit/config/config.test.ts). An empty value counts as unset.
 */
const leeg = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v);
const tekst = () => z.preprocess(leeg, z.string().optional());
const aanUit = (uitleg: string) =>
  z.preprocess(leeg, z.enum(['0', '1'], `0 of 1 (${uitleg})`).optional()).transform((v) => v === '1');
const geheelGetal = (min: number, max: number, voorbeeld: string) =>
  z.preprocess(
    leeg,
    z
      .string()
      .regex(/^\d+$/, `een geheel getal van ${min} tot en met ${max}, zoals ${voorbeeld}`)
      .transform(Number)
      .refine((n) => n >= min && n <= max, `een geheel getal van ${min} tot en met ${max}, zoals ${voorbeeld}`)
      .optional(),
  );

export const configSchema = z.object({
  /** Which region profile (content/regios/<id>.json) to build and serve. */
  MELDWIJZER_REGIO: z.preprocess(leeg, z.string().regex(/^[a-z0-9-]+$/, 'een regio-id zoals de-bilt (kleine letters, cijfers, streepjes)').default('de-bilt')),
  /** Build output folder. */
  MELDWIJZER_DIST: z.preprocess(leeg, z.string().default('dist')),
  /** 1: refuse example mailboxes, test keys and placeholders (see src/config/productie.ts). */
  MELDWIJZER_PRODUCTIE: aanUit('1 = productie'),
  /** Date the build treats as today, for the campaign banner. */
  MELDWIJZER_VANDAAG: z.preprocess(leeg, z.iso.date('een datum als 2026-10-18').optional()),
  /** Build only these of the region's languages (comma list, Dutch always), e.g. for a preview; unset: all it publishes. */
  MELDWIJZER_TALEN: z.preprocess(
    leeg,
    z.string().regex(/^[a-z]{2}(\s*,\s*[a-z]{2})*$/, 'taalcodes met komma’s, zoals nl,en,pl').optional(),
  ),
  /** Folder for local keys, the spool and received mails. */
  MELDWIJZER_DATA: z.preprocess(leeg, z.string().default('.meldwijzer')),
  /** 1 when the site is served over https (behind a TLS proxy): adds upgrade-insecure-requests to the CSP. */
  MELDWIJZER_HTTPS: aanUit('1 = de site draait achter https'),
  /** Mail relay as a nodemailer URL; unset: the local sink. */
  SMTP_URL: z.preprocess(leeg, z.string().regex(/^smtps?:\/\/[^\s/]+/, 'een adres als smtp://gebruiker:wachtwoord@host:587 of smtps://host:465').optional()),
  /** Mailbox that receives the meldingen; default the profile's. */
  MELDING_TO: z.preprocess(leeg, z.email('een e-mailadres zoals aandachtsfunctionaris@gemeente.nl').optional()),
  /** Sender of the melding mails; default from the profile. */
  MELDING_FROM: z.preprocess(leeg, z.email('een e-mailadres zoals noreply@gemeente.nl').optional()),
  /** Path to an armored public key; overrides the profile's and is the key the page encrypts to. */
  MELDING_SLEUTEL: tekst(),
  /** HTTP port of npm start / npm run serve; 0 picks a free port (tests). */
  PORT: geheelGetal(0, 65535, '4321').transform((v) => v ?? 4321),
  /** Address npm start / npm run serve listens on. */
  HOST: z.preprocess(leeg, z.string().regex(/^[0-9a-zA-Z.:-]+$/, 'een adres zoals 127.0.0.1, 0.0.0.0 of ::1').default('127.0.0.1')),
  /** Secret for the proof-of-work challenges; required on serverless hosts. */
  MELDING_POW_SLEUTEL: z.preprocess(leeg, z.string().min(16, 'minstens 16 tekens (maak er een met: openssl rand -hex 32)').optional()),
  /** Cap on accepted meldingen per minute, all reporters together (the no-JS path gets a third). */
  MELDING_PER_MINUUT: geheelGetal(1, 100_000, '30').transform((v) => v ?? 30),
  /** Set to "true" by Netlify in its builds: the form's photo limit follows Netlify's request limit. */
  NETLIFY: z.preprocess(leeg, z.string().optional()).transform((v) => v === 'true'),
});

export type Config = z.infer<typeof configSchema>;
/** The variable names, in the order of the schema. */
export const CONFIG_VARIABELEN = Object.keys(configSchema.shape) as (keyof Config)[];
