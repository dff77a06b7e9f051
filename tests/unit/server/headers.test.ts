import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headersVoor, netlifyHeaders, padPast } from '../../../src/http/headers.ts';
import { scanHtml, scanSite, sha256Bron } from '../../../src/bouw/inline.ts';
import { CspFout, schrijfHeadersBestand } from '../../../src/bouw/na-build.ts';
import { maakSite } from './hulp.ts';

/** Reads a _headers file the way Netlify documents it: every matching rule applies, repeated names are joined. */
function netlifyVoor(bestand: string, pad: string): Record<string, string> {
  const regels: { patroon: string; headers: [string, string][] }[] = [];
  for (const regel of bestand.split('\n')) {
    if (!regel.trim() || regel.startsWith('#')) continue;
    if (!/^\s/.test(regel)) regels.push({ patroon: regel.trim(), headers: [] });
    else {
      const i = regel.indexOf(':');
      regels.at(-1)!.headers.push([regel.slice(0, i).trim(), regel.slice(i + 1).trim()]);
    }
  }
  const uit: Record<string, string> = {};
  for (const r of regels.filter((r) => padPast(r.patroon, pad))) {
    for (const [k, v] of r.headers) uit[k] = uit[k] ? `${uit[k]}, ${v}` : v;
  }
  // Netlify's own default for files without a Cache-Control rule.
  uit['Cache-Control'] ??= 'public, max-age=0, must-revalidate';
  return uit;
}

/** URL paths of every file in a built folder, as a visitor requests them (index.html as its folder). */
function urlPaden(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `/${relative(dist, join(e.parentPath, e.name)).split(sep).join('/')}`.replace(/index\.html$/, ''));
}

/** Top-level names of a built folder, folders with a trailing slash, as the build step passes them. */
function bovenste(dist: string): string[] {
  return readdirSync(dist, { withFileTypes: true }).map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
}

let site: { root: string; dist: string };
beforeAll(() => {
  site = maakSite();
});
afterAll(() => rmSync(site.root, { recursive: true, force: true }));

describe('one source for both hosts', () => {
  test('dist/_headers gives Netlify the same headers the Node server sends, for every file', () => {
    const scan = scanSite(site.dist);
    const bestand = netlifyHeaders(scan, bovenste(site.dist));
    const paden = [...urlPaden(site.dist), '/api/melding', '/api/uitdaging'];
    expect(paden).toContain('/melden/');
    for (const pad of paden) expect(netlifyVoor(bestand, pad), pad).toEqual(headersVoor(pad, { hashes: scan, https: true }));
  });

  test('no header name is given twice for a path (Netlify would join them with a comma)', () => {
    const bestand = netlifyHeaders({ scripts: ['sha256-a'], styles: [] }, bovenste(site.dist));
    const regels = bestand.split(/\n(?=\/)/).map((blok) => blok.split('\n').filter((r) => r.trim() && !r.startsWith('#'))).filter((b) => b.length > 0);
    for (const pad of ['/', '/melden/', '/_astro/x.js', '/api/melding', '/pagefind/pagefind.js']) {
      const namen = regels.filter(([patroon]) => padPast(patroon!, pad)).flatMap(([, ...h]) => h.map((r) => r.split(':')[0]!.trim()));
      expect(namen.length, pad).toBe(new Set(namen).size);
    }
  });

  test('Netlify always serves https, so its CSP upgrades insecure requests', () => {
    expect(netlifyHeaders({ scripts: [], styles: [] }, bovenste(site.dist))).toMatch(/Content-Security-Policy: .*upgrade-insecure-requests/);
  });

  test("only the search page and Pagefind's files may compile WebAssembly, on both hosts", () => {
    const scan = scanSite(site.dist);
    const bestand = netlifyHeaders(scan, bovenste(site.dist));
    for (const pad of [...urlPaden(site.dist), '/api/melding']) {
      const wasm = pad.startsWith('/zoeken/') || pad.startsWith('/pagefind/');
      for (const h of [headersVoor(pad, { hashes: scan, https: false }), netlifyVoor(bestand, pad)]) {
        expect(h['Content-Security-Policy'], pad).toBeDefined();
        expect(h['Content-Security-Policy']!.includes("'wasm-unsafe-eval'"), pad).toBe(wasm);
      }
    }
  });
});

describe('inline code in the built HTML', () => {
  test('inline scripts and styles are hashed; external scripts and JSON data blocks are not', () => {
    const r = scanHtml('<script>a()</script><script src="/x.js"></script><script type="application/ld+json">{}</script><script type="module">b()</script><style>p{}</style>', 't.html');
    expect(r.scripts).toEqual([sha256Bron('a()'), sha256Bron('b()')]);
    expect(r.styles).toEqual([sha256Bron('p{}')]);
    expect(r.problemen).toEqual([]);
  });

  test('style="" and on…="" attributes and javascript: URLs are reported, not hashed', () => {
    const r = scanHtml('<p style="color:red">x</p><button onclick="x()">k</button><a href="javascript:void 0">a</a><meta content="niet onder=dit">', 'p.html');
    expect(r.problemen).toEqual([
      expect.stringContaining('p.html: style="" op <p>'),
      expect.stringContaining('p.html: onclick="" op <button>'),
      expect.stringContaining('p.html: javascript:-URL op <a>'),
    ]);
  });

  test('the build step refuses a site with a style attribute and names the file', () => {
    writeFileSync(join(site.dist, 'fout.html'), '<!doctype html><p style="x">y</p>');
    try {
      expect(() => schrijfHeadersBestand(site.dist)).toThrow(CspFout);
      expect(() => schrijfHeadersBestand(site.dist)).toThrow(/fout\.html: style=""/);
    } finally {
      rmSync(join(site.dist, 'fout.html'));
    }
    expect(schrijfHeadersBestand(site.dist)).toEqual({ scripts: 1, styles: 1 });
  });
});
