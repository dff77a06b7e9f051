import type { Campagne } from './schema.ts';

/** The date the build treats as today: MELDWIJZER_VANDAAG=YYYY-MM-DD, else the real date (UTC). */
export function vandaag(env: NodeJS.ProcessEnv = process.env, nu = new Date()): string {
  const gezet = env.MELDWIJZER_VANDAAG?.trim();
  if (gezet) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(gezet) || Number.isNaN(Date.parse(gezet))) {
      throw new Error(`MELDWIJZER_VANDAAG="${gezet}" is geen datum. Gebruik JJJJ-MM-DD, bijvoorbeeld 2027-10-18.`);
    }
    return gezet;
  }
  return nu.toISOString().slice(0, 10);
}

/** The campaign window; defaults to 1–31 October of the campaign year. */
export function venster(c: Pick<Campagne, 'jaar' | 'venster'>): { start: string; eind: string } {
  return c.venster ?? { start: `${c.jaar}-10-01`, eind: `${c.jaar}-10-31` };
}

export function inVenster(c: Pick<Campagne, 'jaar' | 'venster'>, datum: string): boolean {
  const { start, eind } = venster(c);
  return start <= datum && datum <= eind;
}
