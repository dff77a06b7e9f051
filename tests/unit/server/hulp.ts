/** Helpers for server tests: a tiny built site in a temp folder, and raw HTTP over a socket. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Text that exists only outside the site folder: it must never appear in a response. */
export const GEHEIM = 'GEHEIM-buiten-dist-7f3a';

export const ISLAND_SCRIPT = '(()=>{customElements.define("x-eiland",class extends HTMLElement{})})();';
export const ISLAND_STYLE = 'astro-island{display:contents}';

/** A temp folder with `dist/` (a few pages as Astro and Pagefind lay them out) and a secret file beside it. */
export function maakSite(): { root: string; dist: string } {
  const root = mkdtempSync(join(tmpdir(), 'server-'));
  const dist = join(root, 'dist');
  const pagina = (titel: string, extra = '') =>
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${titel}</title><script src="/snel-weg.js" defer></script>${extra}</head><body><h1>${titel}</h1></body></html>`;
  const bestanden: Record<string, string> = {
    'index.html': pagina('Home'),
    '404.html': pagina('Niet gevonden'),
    'melden/index.html': pagina('Melden', `<style>${ISLAND_STYLE}</style><script>${ISLAND_SCRIPT}</script><script type="application/json">{"a":1}</script>`),
    'zoeken/index.html': pagina('Zoeken'),
    'snel-weg.js': 'void 0;',
    '_astro/Basis.abc123.css': 'body{margin:0}',
    'pagefind/pagefind.js': 'export {};',
    'pagefind/wasm.nl.pagefind': 'wasm',
    'pagefind/fragment/nl_1.pf_fragment': 'frag',
    'campagne/poster.pdf': '%PDF-1.7',
    'og/standaard.png': 'png',
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'site.webmanifest': '{}',
    '.well-known/security.txt': 'Contact: mailto:security@debilt.nl\n',
    '.verborgen': 'nee',
    '_headers': '/*\n',
  };
  for (const [pad, inhoud] of Object.entries(bestanden)) {
    mkdirSync(dirname(join(dist, pad)), { recursive: true });
    writeFileSync(join(dist, pad), inhoud);
  }
  writeFileSync(join(root, 'geheim.txt'), GEHEIM);
  mkdirSync(join(root, 'geheim-map'));
  writeFileSync(join(root, 'geheim-map', 'index.html'), GEHEIM);
  // A symlink inside the site pointing outside it.
  symlinkSync(join(root, 'geheim.txt'), join(dist, 'link.txt'));
  return { root, dist };
}

export interface RauwAntwoord {
  status: number;
  kop: string;
  headers: Map<string, string>;
  body: string;
}

export function parseAntwoord(tekst: string): RauwAntwoord {
  const [kop = '', ...rest] = tekst.split('\r\n\r\n');
  const regels = kop.split('\r\n');
  const headers = new Map<string, string>();
  for (const r of regels.slice(1)) {
    const i = r.indexOf(':');
    if (i > 0) headers.set(r.slice(0, i).trim().toLowerCase(), r.slice(i + 1).trim());
  }
  return { status: Number(regels[0]?.split(' ')[1] ?? 0), kop, headers, body: rest.join('\r\n\r\n') };
}

/** Sends raw bytes (no URL normalisation, unlike fetch) and reads until the server closes or `ms` pass. */
export function rauw(url: string, verzoek: string | Buffer, ms = 5000): Promise<RauwAntwoord> {
  const { hostname, port } = new URL(url);
  return new Promise((ok, fout) => {
    const s = connect(Number(port), hostname);
    const delen: Buffer[] = [];
    const klok = setTimeout(() => s.destroy(), ms);
    s.on('data', (d) => delen.push(d));
    s.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : fout(e)));
    s.on('close', () => {
      clearTimeout(klok);
      ok(parseAntwoord(Buffer.concat(delen).toString('utf8')));
    });
    s.write(verzoek);
  });
}

export function get(pad: string, extra = ''): string {
  return `GET ${pad} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${extra}\r\n`;
}
