/**
 * The project's vocabulary, defined once: who the site speaks to, the forms of uitbuiting, and the
 * fields of a melding. Schemas, the form, the function and the tests import these tuples instead of
 * repeating them, so adding a doelgroep or a field is one edit here (and a type error everywhere it
 * is not yet handled). Plain `.ts` without imports: Node runs it directly, the browser bundles it.
 */

/** The audiences with their own page (`/inwoners/`, …) and partner lists. */
export const DOELGROEPEN = ['inwoners', 'ondernemers', 'professionals', 'jongeren'] as const;
export type Doelgroep = (typeof DOELGROEPEN)[number];

/** The four forms of uitbuiting the site explains (`/vormen/<vorm>/`). */
export const VORMEN = ['seksuele-uitbuiting', 'arbeidsuitbuiting', 'criminele-uitbuiting', 'orgaanverwijdering'] as const;
export type VormVanUitbuiting = (typeof VORMEN)[number];

/** What the reporter may choose in the form: one of the forms, or "weet ik niet" (last, and the default). */
export const MELDING_VORMEN = [...VORMEN, 'weet-niet'] as const;
export type MeldingVorm = (typeof MELDING_VORMEN)[number];

/** The fields of a melding, in the order the form shows them (the error summary follows this order). */
export const MELDING_VELDEN = ['wat', 'waar', 'wanneer', 'wie', 'vorm', 'contactGewenst', 'contact'] as const;
export type MeldingVeld = (typeof MELDING_VELDEN)[number];

/** The free-text fields among them (each has a character limit). */
export const TEKST_VELDEN = ['wat', 'waar', 'wanneer', 'wie', 'contact'] as const satisfies readonly MeldingVeld[];
export type TekstVeld = (typeof TEKST_VELDEN)[number];
