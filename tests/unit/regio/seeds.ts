import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The policy documents live beside the repo (../shared/seeds), also in CI's fresh clone. MELDWIJZER_SHARED
 * points elsewhere, e.g. from a git worktree that is not a sibling of shared/.
 */
export const SEEDS = resolve(process.env.MELDWIJZER_SHARED ?? resolve(process.cwd(), '../shared'), 'seeds');

/**
 * Without the seeds the checks against them cannot run. Locally that is a skip (a clone without
 * shared/ beside it); in CI it must be a failure, or a moved folder would silently turn the guard off.
 */
export const seedsAanwezig = existsSync(SEEDS) || Boolean(process.env.CI);

/** ../shared/RESEARCH.md: the confirmed numbers and the "Contact details" table. */
export function leesResearch(): string {
  return readFileSync(resolve(SEEDS, '../RESEARCH.md'), 'utf8');
}

export function leesSeed(bestand: string): string {
  return readFileSync(join(SEEDS, bestand), 'utf8');
}

/**
 * Lower case, no accents, punctuation and line breaks as single spaces: the seeds are PDF extracts
 * ("Zorg- en\nVeiligheidshuis", "Zorgcoordinatie"), so a name must survive those differences.
 */
export function normaliseer(tekst: string): string {
  return tekst
    // Footnote marks stick to words in the extracts ("Midden Nederland⁷").
    .replace(/[\u00b9\u00b2\u00b3\u2070-\u209f]/g, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A partner name in parts: "Politie (AVIM)" → ["politie", "avim"]; each part must occur in the seed. */
export function naamDelen(naam: string): string[] {
  return naam
    .split(/[(),]/)
    .map(normaliseer)
    .filter((deel) => deel.length > 0);
}

export function komtVoorIn(seedTekst: string, naam: string): boolean {
  const tekst = ` ${normaliseer(seedTekst)} `;
  return naamDelen(naam).every((deel) => tekst.includes(` ${deel} `));
}
