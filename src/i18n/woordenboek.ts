import { nl, type Woordenboek } from './nl.ts';
import { en } from './en.ts';
import { pl } from './pl.ts';
import { ro } from './ro.ts';
import { bg } from './bg.ts';
import { uk } from './uk.ts';
import { ar } from './ar.ts';
import type { Taal } from './talen.ts';

/**
 * Every language's dictionary. A language is only publishable when it has one here (the region schema
 * checks `talen` against this list); the type makes a missing or extra key a type error.
 */
const WOORDENBOEKEN: Partial<Record<Taal, Woordenboek>> = { nl, en, pl, ro, bg, uk, ar };

/** Languages with a complete dictionary. */
export const MET_WOORDENBOEK = Object.keys(WOORDENBOEKEN) as Taal[];

/** The dictionary of `taal`; throws for a language without one (a region cannot publish it). */
export function woordenboek(taal: Taal): Woordenboek {
  const w = WOORDENBOEKEN[taal];
  if (!w) throw new Error(`Geen woordenboek voor taal "${taal}" (src/i18n/${taal}.ts)`);
  return w;
}
