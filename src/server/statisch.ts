/**
 * Serves the built site, and nothing outside it. A request path is decoded once, checked segment by
 * segment, resolved under the build folder and checked again against that folder (also after symlinks).
 */
import { createReadStream, realpathSync, statSync, type Stats } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { getMimeType, mimes } from 'hono/utils/mime';

export type Oplossing =
  | { soort: 'bestand'; bestand: string; stat: Stats }
  | { soort: 'omleiding'; naar: string }
  | { soort: 'fout'; status: 400 | 404 };

/** Files in the build folder that are configuration for a host, not part of the site. */
const VERBORGEN = new Set(['_headers', '_redirects']);

function bestaat(pad: string): Stats | undefined {
  try {
    return statSync(pad);
  } catch {
    return undefined;
  }
}

/** Maps a raw request path (no query) to a file under `dist`, a redirect, or 400/404. */
export function zoekBestand(dist: string, rauwPad: string): Oplossing {
  const root = resolve(dist);
  // Backslashes and NUL never occur in this site's URLs; some platforms treat a backslash as a separator.
  if (!rauwPad.startsWith('/') || /[\\\0]/.test(rauwPad)) return { soort: 'fout', status: 400 };
  let pad: string;
  try {
    pad = decodeURIComponent(rauwPad);
  } catch {
    return { soort: 'fout', status: 400 };
  }
  if (/[\\\0-\x1f\x7f]/.test(pad)) return { soort: 'fout', status: 400 };
  const delen = pad.split('/').slice(1);
  if (delen.some((d) => d === '..' || d === '.')) return { soort: 'fout', status: 400 };
  // Empty segments ("//x") would make a redirect Location protocol-relative; the site has none.
  if (delen.slice(0, -1).some((d) => d === '')) return { soort: 'fout', status: 404 };
  if (delen.some((d) => d.startsWith('.') && d !== '.well-known') || VERBORGEN.has(delen[0] ?? '')) {
    return { soort: 'fout', status: 404 };
  }
  const doel = resolve(root, `.${pad}`);
  if (doel !== root && !doel.startsWith(root + sep)) return { soort: 'fout', status: 400 };
  let stat = bestaat(doel);
  let bestand = doel;
  if (stat?.isDirectory()) {
    if (!pad.endsWith('/')) return { soort: 'omleiding', naar: `${rauwPad}/` };
    bestand = join(doel, 'index.html');
    stat = bestaat(bestand);
  } else if (pad.endsWith('/')) {
    return { soort: 'fout', status: 404 };
  }
  if (!stat?.isFile()) return { soort: 'fout', status: 404 };
  // A symlink inside dist must not lead outside it.
  const echt = realpathSync(bestand);
  const echteRoot = realpathSync(root);
  if (!echt.startsWith(echteRoot + sep)) return { soort: 'fout', status: 404 };
  return { soort: 'bestand', bestand: echt, stat };
}

function etag(stat: Stats): string {
  return `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
}

/** Pagefind's index files: its script fetches them and decompresses them itself. */
const EXTRA_TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  webmanifest: 'application/manifest+json',
  asc: 'text/plain; charset=utf-8',
  pagefind: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};

function mimeType(bestand: string): string {
  const type = getMimeType(bestand, { ...mimes, ...EXTRA_TYPES }) ?? 'application/octet-stream';
  return /^(text\/|application\/(json|xml|javascript))/.test(type) && !type.includes('charset') ? `${type}; charset=utf-8` : type;
}

/**
 * A file as a Response with `status` (200, or 404 for the not-found page). Honours If-None-Match and HEAD.
 * `headers` are the security and cache headers for the request's path.
 */
export function bestandAntwoord(request: Request, bestand: string, stat: Stats, status: number, headers: Record<string, string>): Response {
  const h = new Headers(headers);
  h.set('Content-Type', mimeType(bestand));
  if (status === 200) {
    const tag = etag(stat);
    h.set('ETag', tag);
    h.set('Last-Modified', stat.mtime.toUTCString());
    if (request.headers.get('if-none-match') === tag) return new Response(null, { status: 304, headers: h });
  }
  h.set('Content-Length', String(stat.size));
  if (request.method === 'HEAD') return new Response(null, { status, headers: h });
  return new Response(Readable.toWeb(createReadStream(bestand)) as ReadableStream<Uint8Array>, { status, headers: h });
}
