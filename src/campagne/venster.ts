import type { Campagne } from './schema.ts';

/** True for an existing calendar date written YYYY-MM-DD; Date.parse alone would accept 2027-02-30. */
export function bestaandeDatum(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

// Campaign dates are Dutch calendar days: a rebuild just after midnight must see the new day, not UTC's.
const amsterdam = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The date the build treats as today: MELDWIJZER_VANDAAG=YYYY-MM-DD, else today's date in the Netherlands. */
export function vandaag(env: NodeJS.ProcessEnv = process.env, nu = new Date()): string {
  const gezet = env.MELDWIJZER_VANDAAG?.trim();
  if (gezet) {
    if (!bestaandeDatum(gezet)) {
      throw new Error(`MELDWIJZER_VANDAAG="${gezet}" is geen datum. Gebruik JJJJ-MM-DD, bijvoorbeeld 2027-10-18.`);
    }
    return gezet;
  }
  return amsterdam.format(nu);
}

/** The campaign window; defaults to 1–31 October of the campaign year. */
export function venster(c: Pick<Campagne, 'jaar' | 'venster'>): { start: string; eind: string } {
  return c.venster ?? { start: `${c.jaar}-10-01`, eind: `${c.jaar}-10-31` };
}

export function inVenster(c: Pick<Campagne, 'jaar' | 'venster'>, datum: string): boolean {
  const { start, eind } = venster(c);
  return start <= datum && datum <= eind;
}
