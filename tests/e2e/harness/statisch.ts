/**
 * A minimal static server for a built site, used only until the production server (src/server/) exists.
 * It does what the site's links rely on: directory index, a redirect to the trailing slash, 404.html with
 * status 404. It sets no security headers; those are the production server's job and its tests'.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.asc': 'application/pgp-keys',
};

function bestand(pad: string): { pad: string; grootte: number } | null {
  try {
    const s = statSync(pad);
    return s.isFile() ? { pad, grootte: s.size } : null;
  } catch {
    return null;
  }
}

function isMap(pad: string): boolean {
  try {
    return statSync(pad).isDirectory();
  } catch {
    return false;
  }
}

export function startStatisch(dist: string): Promise<{ url: string; close(): Promise<void> }> {
  const wortel = normalize(dist + sep);
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://x');
    let pad: string;
    try {
      pad = normalize(join(wortel, decodeURIComponent(url.pathname)));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!pad.startsWith(wortel) && pad + sep !== wortel) {
      res.writeHead(404).end();
      return;
    }
    if (isMap(pad) && !url.pathname.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    let gevonden = bestand(pad) ?? bestand(join(pad, 'index.html'));
    let status = 200;
    if (!gevonden) {
      gevonden = bestand(join(wortel, '404.html'));
      status = 404;
      if (!gevonden) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Niet gevonden');
        return;
      }
    }
    res.writeHead(status, {
      'content-type': TYPES[extname(gevonden.pad)] ?? 'application/octet-stream',
      'content-length': gevonden.grootte,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(gevonden.pad).pipe(res);
  });
  return new Promise((klaar) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      klaar({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((dicht) => {
            server.closeAllConnections();
            server.close(() => dicht());
          }),
      });
    });
  });
}
