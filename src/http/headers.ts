/**
 * The one source of HTTP response headers. The Node server (src/server/) calls `headersVoor` for every
 * response; the build writes dist/_headers for Netlify from `netlifyHeaders`, which uses the same pieces.
 * Tests compare both for every file in a built site.
 */

/** sha256 source expressions ('sha256-…') of the inline scripts and styles found in the built HTML. */
export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

export interface HeaderOpties {
  hashes: InlineHashes;
  /**
   * The site is served over https (Netlify, or behind a TLS proxy). Adds upgrade-insecure-requests, which
   * would break plain-http local use.
   */
  https: boolean;
}

const JAAR = 365 * 24 * 60 * 60;

/** Revalidate every time (with ETag/Last-Modified): the same as Netlify's own default for files. */
export const CACHE_KORT = 'public, max-age=0, must-revalidate';
/** Astro puts a content hash in every file name under /_astro/, so these never change. */
export const CACHE_LANG = `public, max-age=${JAAR}, immutable`;
/** The melding page and the API must never be stored by a browser or proxy. */
export const CACHE_NOOIT = 'no-store';

/**
 * Cache rules by path, first match wins. Netlify patterns: `*` at the end matches the rest, including
 * nothing (`/melden/*` matches `/melden/`). Paths not listed get CACHE_KORT.
 */
export const CACHE_REGELS: ReadonlyArray<{ patroon: string; waarde: string }> = [
  { patroon: '/_astro/*', waarde: CACHE_LANG },
  { patroon: '/melden/*', waarde: CACHE_NOOIT },
  { patroon: '/api/*', waarde: CACHE_NOOIT },
];

/** Does a Netlify-style path pattern (exact, or ending in `*`) match a URL path? */
export function padPast(patroon: string, pad: string): boolean {
  if (patroon.endsWith('*')) return pad.startsWith(patroon.slice(0, -1));
  return pad === patroon;
}

export function cacheVoor(pad: string): string {
  return CACHE_REGELS.find((r) => padPast(r.patroon, pad))?.waarde ?? CACHE_KORT;
}

/**
 * Where WebAssembly may be compiled: the search page and Pagefind's own files (its worker takes the policy
 * of its own script response). Nowhere else.
 */
export const WASM_PADEN = ['/zoeken/*', '/pagefind/*'] as const;

const magWasm = (pad: string) => WASM_PADEN.some((p) => padPast(p, pad));

/** The policy for a path: the same everywhere, except that only WASM_PADEN allow WebAssembly. */
export function csp({ hashes, https }: HeaderOpties, pad = '/'): string {
  const lijst = (basis: string[], extra: string[]) => [...basis, ...[...new Set(extra)].sort().map((h) => `'${h}'`)].join(' ');
  const regels = [
    "default-src 'self'",
    // wasm-unsafe-eval allows compiling WebAssembly only (Pagefind search), not eval() of strings.
    `script-src ${lijst(magWasm(pad) ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"], hashes.scripts)}`,
    `style-src ${lijst(["'self'"], hashes.styles)}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "media-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
  ];
  if (https) regels.push('upgrade-insecure-requests');
  return regels.join('; ');
}

/** Headers every response carries (the CSP for `pad`). */
export function basisHeaders(opties: HeaderOpties, pad = '/'): Record<string, string> {
  return {
    'Content-Security-Policy': csp(opties, pad),
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=(), payment=(), usb=()',
    'X-Content-Type-Options': 'nosniff',
    // Older browsers ignore frame-ancestors; this says the same for them.
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // Ignored by browsers on plain http, so harmless on 127.0.0.1; on https it pins https for two years.
    'Strict-Transport-Security': `max-age=${2 * JAAR}; includeSubDomains`,
  };
}

/** All headers for a response to `pad` (the URL path, not a file path). */
export function headersVoor(pad: string, opties: HeaderOpties): Record<string, string> {
  return { ...basisHeaders(opties, pad), 'Cache-Control': cacheVoor(pad) };
}

/**
 * Headers for the melding function's own answers on a host that does not add any (Netlify applies
 * dist/_headers to static files only). Its answers are JSON or a small receipt page without inline code.
 */
export function functieHeaders(): Record<string, string> {
  return { ...basisHeaders({ hashes: { scripts: [], styles: [] }, https: true }), 'Cache-Control': CACHE_NOOIT };
}

/**
 * dist/_headers in Netlify's format. Netlify merges every matching rule and joins repeated header names with
 * a comma, so each header name appears under exactly one pattern per path: the basis under `/*`, cache rules
 * under their own patterns. Two CSPs joined would both be enforced, so the CSP is not under `/*` but under
 * each top-level entry of the built site (`bovenste`, names in dist/), with WASM_PADEN getting their own.
 * A path outside all of them (a 404 for an unknown top-level name) gets no CSP there; it is the static 404
 * page, without input. Paths without a cache rule keep Netlify's default, which equals CACHE_KORT.
 * Netlify applies this file to static files only; the function sets its own headers (functieHeaders).
 */
export function netlifyHeaders(hashes: InlineHashes, bovenste: string[]): string {
  const opties = { hashes, https: true };
  const { 'Content-Security-Policy': _csp, ...rest } = basisHeaders(opties);
  const regels = [`/*`, ...Object.entries(rest).map(([k, v]) => `  ${k}: ${v}`)];
  const metWasm = new Set<string>(WASM_PADEN.map((p) => p.slice(1, -2)));
  // Folders end in '/': `/map` (Netlify's redirect to `/map/`) and everything below; files by their name.
  const patronen = ['/', '/api/*'];
  for (const naam of [...bovenste].sort()) {
    const map = naam.endsWith('/') ? naam.slice(0, -1) : null;
    if (map !== null && !metWasm.has(map)) patronen.push(`/${map}`, `/${map}/*`);
    else if (map === null) patronen.push(`/${naam}`);
  }
  for (const patroon of patronen) regels.push(patroon, `  Content-Security-Policy: ${csp(opties, patroon)}`);
  for (const patroon of WASM_PADEN) regels.push(patroon, `  Content-Security-Policy: ${csp(opties, patroon.slice(0, -1))}`);
  for (const { patroon, waarde } of CACHE_REGELS) regels.push(patroon, `  Cache-Control: ${waarde}`);
  return `# Generated by src/http/headers.ts during npm run build. Do not edit.\n${regels.join('\n')}\n`;
}
