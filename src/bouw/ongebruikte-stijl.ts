/**
 * The NL Design System CSS packages (@utrecht/*-css, @nl-design-system-candidate/*-css) ship every variant
 * of a component; a page uses a few. This PostCSS step drops the rules whose classes appear nowhere in our
 * source, for those packages' files only (our own CSS is left as written), so the form page fits one round
 * trip (HTML + CSS ≤ 14 KB gzip) while the components stay the maintained packages.
 */
import purgeCSSPlugin from '@fullhuman/postcss-purgecss';
import type { AcceptedPlugin, Helpers, Root } from 'postcss';

const PAKKETTEN = /node_modules[\\/]@(utrecht|nl-design-system-candidate)[\\/]/;

/** Where class names are written: components, layouts, islands, the form parts, the Markdown plugin, content. */
export const BRONNEN = ['src/**/*.{astro,ts,tsx,css}', 'content/**/*.{md,mdx,json}', 'functions/**/*.ts'];

export function ongebruikteNldsStijl(): AcceptedPlugin {
  const purge = purgeCSSPlugin({ content: BRONNEN }) as { OnceExit(root: Root, helpers: Helpers): Promise<void> };
  return {
    postcssPlugin: 'meldwijzer-ongebruikte-nlds-stijl',
    async OnceExit(root: Root, helpers: Helpers) {
      if (PAKKETTEN.test(root.source?.input.file ?? '')) await purge.OnceExit(root, helpers);
    },
  };
}
