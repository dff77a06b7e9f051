import { formulier } from './nl/formulier.ts';
import type { Woordenboek } from './nl.ts';

/**
 * The active language's form texts, for what the browser bundles (the island and its parts): importing
 * the whole dictionary there would ship every page's texts with the form. Switch it together with `t`
 * in nl.ts; the type makes sure it is the same shape as `t.formulier`.
 */
export const tf: Woordenboek['formulier'] = formulier;
/** The language of these texts (number formatting). */
export const taal = 'nl';
