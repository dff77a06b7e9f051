/** Reading a build: sitemap URLs, HTML files, and the Nu Html Checker over them. */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT } from './bouw.ts';

/** Paths (e.g. `/inwoners/`) of every <loc> in dist/sitemap-N.xml; the index file itself is skipped. */
export function sitemapPaden(dist: string): string[] {
  const paden: string[] = [];
  for (const naam of readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f)).sort()) {
    const xml = readFileSync(join(dist, naam), 'utf8');
    for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const u = new URL(loc!.trim());
      paden.push(u.pathname + u.search);
    }
  }
  return paden;
}

/** The sitemap's URLs with the profile's public origin replaced by the local one (Site.url). */
export function sitemapUrls(dist: string, origin: string): string[] {
  return sitemapPaden(dist).map((p) => new URL(p, origin).href);
}

/** Every .html file under dist (absolute paths), sorted: the same walk the build's CSP scan uses. */
export { htmlBestanden } from '../../../src/bouw/inline.ts';

/** URL path of an HTML file in dist: dist/inwoners/index.html → /inwoners/ */
export function padVan(dist: string, bestand: string): string {
  return '/' + relative(dist, bestand).replace(/index\.html$/, '');
}

export interface VnuMelding {
  bestand: string;
  regel?: number;
  melding: string;
}

/**
 * Nu Html Checker (vnu-jar, needs Java) over the given files in one JVM: it takes seconds to start, so call
 * it once per build with all files. Returns errors only.
 */
export function vnu(bestanden: string[]): Promise<VnuMelding[]> {
  const jar = join(PROJECT, 'node_modules/vnu-jar/build/dist/vnu.jar');
  return new Promise((klaar, mis) => {
    execFile(
      'java',
      ['-jar', jar, '--errors-only', '--format', 'json', ...bestanden],
      { maxBuffer: 64 * 1024 * 1024 },
      (err, _stdout, stderr) => {
        // vnu exits 1 when it finds errors and writes its JSON report to stderr.
        let rapport: { messages?: { type: string; url?: string; lastLine?: number; message: string }[] };
        try {
          rapport = JSON.parse(stderr);
        } catch {
          mis(err ?? new Error(`vnu gaf geen JSON: ${stderr.slice(0, 500)}`));
          return;
        }
        klaar(
          (rapport.messages ?? [])
            .filter((m) => m.type === 'error' || m.type === 'non-document-error')
            .map((m) => ({
              bestand: m.url ? decodeURIComponent(m.url.replace(/^file:/, '')) : '?',
              regel: m.lastLine,
              melding: m.message,
            })),
        );
      },
    );
  });
}
