/**
 * After `astro build` and Pagefind: hash the inline scripts and styles of the built HTML and write
 * dist/_headers for Netlify from the same headers the Node server sends. Fails on anything a CSP without
 * 'unsafe-inline' cannot allow (style="" and on…="" attributes, javascript: URLs).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { netlifyHeaders } from '../http/headers.ts';
import { scanSite } from './inline.ts';

export class CspFout extends Error {
  override name = 'CspFout';
}

export function schrijfHeadersBestand(dist: string): { scripts: number; styles: number } {
  const scan = scanSite(dist);
  if (scan.problemen.length > 0) {
    throw new CspFout(
      `De gebouwde site heeft inline code die de Content-Security-Policy (zonder 'unsafe-inline') blokkeert:\n` +
        scan.problemen.map((p) => `  ${p}`).join('\n'),
    );
  }
  writeFileSync(join(dist, '_headers'), netlifyHeaders(scan, readdirSync(dist, { withFileTypes: true }).map((e) => (e.isDirectory() ? `${e.name}/` : e.name))));
  return { scripts: scan.scripts.length, styles: scan.styles.length };
}
