import type { TekstVeld } from '../lib/begrippen.ts';

/**
 * Limits per field, in characters: soft in the form (count shown), hard in the schema (velden.ts).
 * A module of its own without zod, so the form can show the limits before the schema is loaded.
 */
export const MAX = { wat: 10_000, waar: 1_000, wanneer: 500, wie: 5_000, contact: 1_000 } as const satisfies Record<TekstVeld, number>;
