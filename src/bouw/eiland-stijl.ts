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
 * The function's own HTML pages (the no-JavaScript receipt and error page) cannot know the hashed names of
 * the site's stylesheets, so the build gives them a stable name: /basis.css, the styles of /melden/ (page
 * shell and form) in the order that page links them, so those pages look exactly like the form they answer.
 */
export function kopieerBasisStijl(dist: string): void {
  const bron = join(dist, 'melden', 'index.html');
  const html = readFileSync(bron, 'utf8');
  const hrefs = [...html.matchAll(/<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/g)].map((m) => m[1]!);
  if (!hrefs.length) throw new Error(`${bron} linkt geen stylesheet uit /_astro/: /basis.css kan niet gemaakt worden`);
  writeFileSync(join(dist, 'basis.css'), hrefs.map((h) => readFileSync(join(dist, h), 'utf8')).join('\n'));
}
