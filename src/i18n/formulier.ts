import { formulier } from './nl/formulier.ts';
import type { Woordenboek } from './nl.ts';

/** The form's texts in one language: plain data, so /melden/ can hand them to the island as a prop. */
export type FormulierTekst = Woordenboek['formulier'];

/**
 * The Dutch form texts: what the form parts fall back to when no `tekst` is passed (tests, and the
 * island before it has its props). Every page passes its own language's texts.
 */
export const NL_FORMULIER: FormulierTekst = formulier;
