/**
 * Astro writes `<style>astro-island,…{display:contents}</style>` into <body> before the first island. That is
 * invalid HTML (a style element in body must be its parent's first child) and would need a CSP hash. The same
 * rule lives in src/styles/basis.css, so after the build we drop the inline copy.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlBestanden } from './inline.ts';

export const EILAND_STIJL = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/** Removes Astro's inline island style from every built page; returns how many pages had it. */
export function verwijderEilandStijl(dist: string): number {
  let aantal = 0;
  for (const bestand of htmlBestanden(dist)) {
    const html = readFileSync(bestand, 'utf8');
    if (!html.includes(EILAND_STIJL)) continue;
    writeFileSync(bestand, html.split(EILAND_STIJL).join(''));
    aantal++;
  }
  return aantal;
}

/**
 * The function's own HTML pages (the no-JavaScript receipt and error page) cannot know the hashed name of
 * the site stylesheet, so the build gives it a stable name: /basis.css, a copy of the home page's styles.
 */
export function kopieerBasisStijl(dist: string): void {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const href = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
  if (!href) throw new Error(`${dist}/index.html linkt geen stylesheet uit /_astro/: /basis.css kan niet gemaakt worden`);
  writeFileSync(join(dist, 'basis.css'), readFileSync(join(dist, href)));
}
