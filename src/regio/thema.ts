/**
 * The NL Design System theme of a region: the design tokens the page parts read, taken from the
 * "Voorbeeld" theme (@nl-design-system-unstable/voorbeeld-design-tokens), with the region's colours laid over
 * them. Only the tokens the shipped component CSS uses are written (the full theme is 200 KB), so a gemeente
 * changes its look through its profile's tokens, never through the components.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Regio } from './schema.ts';

const vind = createRequire(import.meta.url);

/** The component stylesheets the site ships (imported by src/layouts/Basis.astro in the same order). */
export const COMPONENT_CSS = [
  '@utrecht/page-header-css/dist/index.css',
  '@utrecht/page-footer-css/dist/index.css',
  '@utrecht/nav-bar-css/dist/index.css',
  '@utrecht/breadcrumb-nav-css/dist/index.css',
  '@utrecht/accordion-css/dist/index.css',
  '@nl-design-system-candidate/heading-css/heading.css',
  '@nl-design-system-candidate/skip-link-css/skip-link.css',
] as const;

const VOORBEELD = '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';

function lees(specifier: string): string {
  return readFileSync(vind.resolve(specifier), 'utf8');
}

/** All `--name: value` declarations of the Voorbeeld theme. */
function voorbeeldTokens(): Map<string, string> {
  return new Map([...lees(VOORBEELD).matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const gebruikt = (css: string) => [...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]!);

/**
 * The region's overrides of Voorbeeld's basis tokens: its colours for links and accents, and the system
 * fonts (Voorbeeld names Noto fonts; the site loads no web fonts, nothing from another origin).
 */
export function regioTokens(regio: Regio): Record<string, string> {
  const h = regio.huisstijl;
  const letter = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';
  return {
    '--basis-text-font-family-default': letter,
    '--basis-heading-font-family': letter,
    '--basis-color-default-color-document': '#1a1a1a',
    '--basis-heading-color': '#1a1a1a',
    '--basis-color-action-2-color-default': h.primair,
    '--basis-color-action-2-color-hover': h.primairDonker,
    '--basis-color-action-2-color-active': h.primairDonker,
    '--basis-color-accent-1-bg-default': h.accentLicht,
    '--basis-color-info-bg-default': h.accentLicht,
    '--basis-color-info-border-default': h.primair,
  };
}

/** `:root{…}` with every token the component CSS reads (and the tokens those refer to), region first. */
export function themaCss(regio: Regio, componentCss: readonly string[] = COMPONENT_CSS): string {
  const thema = voorbeeldTokens();
  const eigen = regioTokens(regio);
  const uit = new Map<string, string>();
  const todo = componentCss.flatMap((c) => gebruikt(lees(c)));
  while (todo.length) {
    const naam = todo.pop()!;
    if (uit.has(naam)) continue;
    const waarde = eigen[naam] ?? thema.get(naam);
    if (waarde === undefined) continue;
    uit.set(naam, waarde);
    todo.push(...gebruikt(waarde));
  }
  for (const [naam, waarde] of Object.entries(eigen)) uit.set(naam, waarde);
  return `:root{${[...uit].sort(([a], [b]) => a.localeCompare(b)).map(([n, w]) => `${n}:${w}`).join(';')}}\n`;
}
