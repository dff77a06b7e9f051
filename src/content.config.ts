import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { DOELGROEPEN, VORMEN } from './lib/begrippen.ts';
import { bronSchema } from './regio/schema.ts';
import { campagneSchema } from './campagne/schema.ts';

const mdx = (map: string) => glob({ pattern: '**/*.{md,mdx}', base: `./content/${map}` });

/** Fields every content page has. */
const pagina = z.object({
  /** Page title (h1 and <title>). */
  titel: z.string().min(3),
  /** One or two sentences for search engines and link previews (max 160 characters). */
  beschrijving: z.string().min(20).max(160),
  /**
   * National sources of the facts on this page (authorities, by public title). The region's own policy
   * document comes first automatically (see `regioBron`); never list another region's document here.
   */
  bronnen: z.array(bronSchema).default([]),
  /** Whether the page draws on the region's own policy document, which is then cited first. */
  regioBron: z.boolean().default(true),
  /** Position in menus and lists (low first). */
  volgorde: z.number().int().default(100),
});

/** One page per doelgroep: inwoners, ondernemers, professionals, jongeren. */
const doelgroepen = defineCollection({
  loader: mdx('doelgroepen'),
  schema: pagina.extend({
    /** Which doelgroep this page is for; also selects which partners are shown first. */
    doelgroep: z.enum(DOELGROEPEN),
    /** Short label for the menu, e.g. "Ondernemers". */
    menu: z.string().min(3),
  }),
});

/** One page per form of uitbuiting. */
const vormen = defineCollection({
  loader: mdx('vormen'),
  schema: pagina.extend({
    /** Which form of uitbuiting this page covers. */
    vorm: z.enum(VORMEN),
    /** Short label for the menu. */
    menu: z.string().min(3),
  }),
});

/** Other pages: veelgestelde vragen, privacy, toegankelijkheid, over deze site, contact intro. */
const paginas = defineCollection({
  loader: mdx('paginas'),
  schema: pagina.refine((p) => p.regioBron || p.bronnen.length > 0, {
    message: 'een pagina zonder het beleidsdocument van de regio noemt minstens één eigen bron',
    path: ['bronnen'],
  }),
});

/** The signalen-check: statements grouped per theme, each pointing to an advice level. */
const signalencheck = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/signalen-check' }),
  schema: z.object({
    /** Title of the group, e.g. "Werk en geld". */
    titel: z.string().min(3),
    /** Position on the page. */
    volgorde: z.number().int(),
    /** Statements the visitor can tick. */
    signalen: z
      .array(
        z.object({
          /** The statement, in plain Dutch, e.g. "Iemand moet een schuld afbetalen aan de werkgever." */
          tekst: z.string().min(10),
          /** How serious: acuut → advise 112; melden → report; praten → talk to someone first. */
          niveau: z.enum(['acuut', 'melden', 'praten']),
        }),
      )
      .min(1),
    /** Where these signs come from. */
    bronnen: z.array(bronSchema).min(1),
  }),
});

/** Yearly campaigns around the Europese dag tegen mensenhandel (18 October). */
const campagnes = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: './content/campagnes' }),
  schema: campagneSchema,
});

export const collections = { doelgroepen, vormen, paginas, signalencheck, campagnes };
