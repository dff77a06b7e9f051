import { z } from 'astro/zod';

/** Limits per field, in characters. Soft limits in the form (count shown), hard limits here. */
export const MAX = { wat: 10_000, waar: 1_000, wanneer: 500, wie: 5_000, contact: 1_000 } as const;

export const VORMEN = ['seksuele-uitbuiting', 'arbeidsuitbuiting', 'criminele-uitbuiting', 'orgaanverwijdering', 'weet-niet'] as const;

/**
 * The fields of a melding as the reporter fills them in. Used by the form (client-side check and
 * error summary) and by the function's no-JavaScript path. Messages are shown to the reporter.
 */
export const veldenSchema = z.object({
  /** What did you see or hear? The only required field. */
  wat: z
    .string()
    .trim()
    .min(1, 'Beschrijf wat u zag of hoorde')
    .max(MAX.wat, `Gebruik maximaal ${MAX.wat} tekens bij "wat zag of hoorde u"`),
  /** Where it happened (optional). */
  waar: z.string().trim().max(MAX.waar, `Gebruik maximaal ${MAX.waar} tekens bij "waar"`).default(''),
  /** When it happened (optional, free text: "vorige week", "elke nacht"). */
  wanneer: z.string().trim().max(MAX.wanneer, `Gebruik maximaal ${MAX.wanneer} tekens bij "wanneer"`).default(''),
  /** Who is involved, a description (optional). */
  wie: z.string().trim().max(MAX.wie, `Gebruik maximaal ${MAX.wie} tekens bij "wie"`).default(''),
  /** Which form of uitbuiting, if known. */
  vorm: z.enum(VORMEN, 'Kies een vorm of "weet ik niet"').default('weet-niet'),
  /** Whether the reporter wants to be contacted; giving contact details gives up anonymity. */
  contactGewenst: z.boolean().default(false),
  /** How to reach the reporter, only when contactGewenst. */
  contact: z.string().trim().max(MAX.contact, `Gebruik maximaal ${MAX.contact} tekens bij "contactgegevens"`).default(''),
}).superRefine((v, ctx) => {
  if (v.contactGewenst && !v.contact) {
    ctx.addIssue({ code: 'custom', path: ['contact'], message: 'Vul in hoe we u kunnen bereiken, of kies dat u geen contact wilt' });
  }
});

export type Velden = z.infer<typeof veldenSchema>;
export type VeldenInvoer = z.input<typeof veldenSchema>;
