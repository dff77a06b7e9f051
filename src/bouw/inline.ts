/**
 * Finds inline scripts and styles in the built HTML and hashes them for the CSP. Astro's island hydration
 * writes a small inline <script> and <style>; those get a sha256 source. What a hash cannot allow without
 * 'unsafe-hashes' or 'unsafe-inline' (style="" and on…="" attributes, javascript: URLs) is reported as a
 * problem, and the build fails on it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { InlineHashes } from '../http/headers.ts';

export interface InlineScan extends InlineHashes {
  /** "file: what is wrong", one per problem. */
  problemen: string[];
}

/** Script types the browser runs; anything else (application/ld+json, importmap excepted) is a data block. */
const UITVOERBAAR = /^(|text\/javascript|application\/javascript|module|importmap|speculationrules)$/i;

export function sha256Bron(tekst: string): string {
  return `sha256-${createHash('sha256').update(tekst, 'utf8').digest('base64')}`;
}

/** Every .html file under `map`, recursively. */
export function htmlBestanden(map: string): string[] {
  const uit: string[] = [];
  for (const e of readdirSync(map, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith('.html')) uit.push(join(e.parentPath, e.name));
  }
  return uit.sort();
}

function attribuut(tag: string, naam: string): string | undefined {
  const m = new RegExp(`\\s${naam}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  if (!m) return new RegExp(`\\s${naam}(\\s|>|/)`, 'i').test(tag) ? '' : undefined;
  return m[2] ?? m[3] ?? m[4] ?? '';
}

/** Scans one HTML document. `naam` only labels the problems. */
export function scanHtml(html: string, naam: string): InlineScan {
  const scripts: string[] = [];
  const styles: string[] = [];
  const problemen: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const tag = `<script${m[1]}>`;
    const inhoud = m[2] ?? '';
    if (attribuut(tag, 'src') !== undefined) {
      if (inhoud.trim()) problemen.push(`${naam}: <script src> met inhoud`);
      continue;
    }
    if (!UITVOERBAAR.test(attribuut(tag, 'type') ?? '')) continue;
    scripts.push(sha256Bron(inhoud));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) styles.push(sha256Bron(m[1] ?? ''));
  // Attributes inside tags only: strip script and style bodies first so their text is not mistaken for tags.
  const zonderInhoud = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '').replace(/<!--[\s\S]*?-->/g, '');
  for (const m of zonderInhoud.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    const attrs = m[2] ?? '';
    // Attribute names only, so a value such as content="… onder=…" is not read as a handler.
    const namen = attrs.replace(/"[^"]*"|'[^']*'/g, '""');
    if (/\sstyle\s*=/i.test(namen)) problemen.push(`${naam}: style="" op <${m[1]}> (niet toegestaan zonder 'unsafe-inline'; zet het in een CSS-bestand)`);
    const handler = /\s(on[a-z]+)\s*=/i.exec(namen);
    if (handler) problemen.push(`${naam}: ${handler[1]}="" op <${m[1]}> (gebruik een extern script)`);
    if (/\s(href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(attrs)) problemen.push(`${naam}: javascript:-URL op <${m[1]}>`);
  }
  return { scripts, styles, problemen };
}

/** Scans every HTML file of a built site; hashes are deduplicated and sorted. */
export function scanSite(dist: string): InlineScan {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const problemen: string[] = [];
  for (const bestand of htmlBestanden(dist)) {
    const r = scanHtml(readFileSync(bestand, 'utf8'), relative(dist, bestand));
    r.scripts.forEach((h) => scripts.add(h));
    r.styles.forEach((h) => styles.add(h));
    problemen.push(...r.problemen);
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort(), problemen };
}
