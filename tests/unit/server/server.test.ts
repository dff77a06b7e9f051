import { rmSync } from 'node:fs';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type DraaiendeServer } from '../../../src/server/server.ts';
import { basisHeaders, CACHE_KORT, CACHE_LANG } from '../../../src/http/headers.ts';
import { sha256Bron } from '../../../src/bouw/inline.ts';
import { get, GEHEIM, ISLAND_SCRIPT, ISLAND_STYLE, maakSite, rauw } from './hulp.ts';

/** A stand-in for the melding app: records what it was given, answers 202, reads the body. */
const gezien: { headers: Headers; lengte: number }[] = [];
const app = {
  async handle(request: Request): Promise<Response> {
    const body = new Uint8Array(await request.arrayBuffer());
    gezien.push({ headers: request.headers, lengte: body.length });
    if (request.method !== 'POST') return new Response('{"status":"fout","fout":"methode"}', { status: 405, headers: { allow: 'POST', 'content-type': 'application/json' } });
    return new Response(JSON.stringify({ status: 'ontvangen', code: 'AAAA-BBBB' }), { status: 202, headers: { 'content-type': 'application/json' } });
  },
};

let site: { root: string; dist: string };
let server: DraaiendeServer;
const GRENZEN = { headersTimeoutMs: 2000, requestTimeoutMs: 3000, maxBody: 1000 };

beforeAll(async () => {
  site = maakSite();
  server = await startServer({ dist: site.dist, port: 0, host: '127.0.0.1', app, grenzen: GRENZEN });
});
afterAll(async () => {
  await server?.close();
  rmSync(site.root, { recursive: true, force: true });
});

const VERPLICHT = ['content-security-policy', 'referrer-policy', 'permissions-policy', 'x-content-type-options', 'cross-origin-opener-policy', 'strict-transport-security'];

function heeftBeveiliging(h: Map<string, string> | Headers, wat: string): void {
  const krijg = (k: string) => (h instanceof Map ? h.get(k) : h.get(k)) ?? undefined;
  for (const k of VERPLICHT) expect(krijg(k), `${wat}: ${k}`).toBeTruthy();
  const csp = krijg('content-security-policy')!;
  expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(krijg('referrer-policy')).toBe('no-referrer');
  expect(krijg('x-content-type-options')).toBe('nosniff');
  expect(krijg('cross-origin-opener-policy')).toBe('same-origin');
  expect(krijg('permissions-policy')).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\).*interest-cohort=\(\)/);
  expect(Number(/max-age=(\d+)/.exec(krijg('strict-transport-security')!)?.[1])).toBeGreaterThanOrEqual(31536000);
}

describe('headers on every response', () => {
  const gevallen: [string, string, number][] = [
    ['page', get('/'), 200],
    ['melding page', get('/melden/'), 200],
    ['hashed asset', get('/_astro/Basis.abc123.css'), 200],
    ['redirect', get('/melden'), 301],
    ['not found', get('/bestaat-niet/'), 404],
    ['bad path', get('/%ZZ'), 400],
    ['wrong method', 'PUT / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n', 405],
    ['unknown method', 'FOO / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 501],
    ['oversized headers', get('/', `X-Groot: ${'a'.repeat(20_000)}\r\n`), 431],
    ['api', 'POST /api/melding HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}', 202],
    ['api too large', 'POST /api/melding HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\nConnection: close\r\n\r\n', 413],
  ];
  test.each(gevallen)('%s', async (wat, verzoek, status) => {
    const a = await rauw(server.url, verzoek);
    expect(a.status).toBe(status);
    heeftBeveiliging(a.headers, wat);
  });

  test('cache: no-store on /melden/ and /api/*, immutable on /_astro/*, revalidate on HTML', async () => {
    expect((await fetch(`${server.url}/melden/`)).headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${server.url}/api/melding`, { method: 'POST', body: '{}' })).headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${server.url}/_astro/Basis.abc123.css`)).headers.get('cache-control')).toBe(CACHE_LANG);
    expect((await fetch(`${server.url}/`)).headers.get('cache-control')).toBe(CACHE_KORT);
    // A miss under /_astro/ must not be cached for a year.
    expect((await fetch(`${server.url}/_astro/weg.js`)).headers.get('cache-control')).toBe(CACHE_KORT);
  });

  test('the CSP allows exactly the inline script and style the pages contain, by hash', async () => {
    const csp = (await fetch(`${server.url}/`)).headers.get('content-security-policy')!;
    const bron = (naam: string) => csp.split('; ').find((d) => d.startsWith(`${naam} `))!;
    expect(bron('script-src')).toBe(`script-src 'self' '${sha256Bron(ISLAND_SCRIPT)}'`);
    // WebAssembly (Pagefind) only on the search page and Pagefind's own files.
    for (const pad of ['/zoeken/', '/pagefind/pagefind.js']) {
      expect((await fetch(`${server.url}${pad}`)).headers.get('content-security-policy'), pad).toContain(`script-src 'self' 'wasm-unsafe-eval' '${sha256Bron(ISLAND_SCRIPT)}'`);
    }
    expect(bron('style-src')).toBe(`style-src 'self' '${sha256Bron(ISLAND_STYLE)}'`);
    expect(csp).not.toContain('upgrade-insecure-requests'); // plain http here
  });

  test('the same security headers as headers.ts says, byte for byte', async () => {
    const r = await fetch(`${server.url}/`);
    const verwacht = basisHeaders({ hashes: { scripts: [sha256Bron(ISLAND_SCRIPT)], styles: [sha256Bron(ISLAND_STYLE)] }, https: false });
    for (const [k, v] of Object.entries(verwacht)) expect(r.headers.get(k), k).toBe(v);
  });
});

describe('static files', () => {
  test.each([
    ['/', 'text/html; charset=utf-8'],
    ['/snel-weg.js', 'text/javascript; charset=utf-8'],
    ['/_astro/Basis.abc123.css', 'text/css; charset=utf-8'],
    ['/campagne/poster.pdf', 'application/pdf'],
    ['/og/standaard.png', 'image/png'],
    ['/favicon.svg', 'image/svg+xml'],
    ['/site.webmanifest', 'application/manifest+json'],
    ['/pagefind/wasm.nl.pagefind', 'application/octet-stream'],
    ['/pagefind/fragment/nl_1.pf_fragment', 'application/octet-stream'],
    ['/.well-known/security.txt', 'text/plain; charset=utf-8'],
  ])('%s as %s', async (pad, type) => {
    const r = await fetch(server.url + pad);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe(type);
  });

  test('a folder without slash redirects, keeping the query', async () => {
    const r = await fetch(`${server.url}/zoeken?q=loverboy`, { redirect: 'manual' });
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/zoeken/?q=loverboy');
  });

  test('HEAD gives the headers without a body', async () => {
    const a = await rauw(server.url, `HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    expect(a.status).toBe(200);
    expect(Number(a.headers.get('content-length'))).toBeGreaterThan(0);
    expect(a.body).toBe('');
  });

  test('ETag revalidation answers 304', async () => {
    const etag = (await fetch(`${server.url}/`)).headers.get('etag')!;
    expect((await fetch(`${server.url}/`, { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  test('unknown paths get the built 404 page with status 404', async () => {
    const r = await fetch(`${server.url}/nergens/`);
    expect(r.status).toBe(404);
    expect(await r.text()).toContain('Niet gevonden');
  });

  test('host files and dotfiles are not served', async () => {
    for (const pad of ['/_headers', '/.verborgen']) expect((await fetch(server.url + pad)).status, pad).toBe(404);
  });
});

describe('path traversal never leaves the site folder', () => {
  const pogingen = [
    '/../geheim.txt',
    '/../../../../etc/passwd',
    '/%2e%2e/geheim.txt',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/..%2fgeheim.txt',
    '/%2e%2e%2fgeheim.txt',
    '/melden/..%2f..%2fgeheim.txt',
    '//etc/passwd',
    '//geheim.txt',
    '/..\\geheim.txt',
    '/%5c..%5cgeheim.txt',
    '/..%5cgeheim.txt',
    '/../geheim-map/',
    '/../geheim-map',
    '/link.txt',
    '/geheim.txt%00.html',
    '/%c0%ae%c0%ae/geheim.txt',
    '/./../geheim.txt',
    'geheim.txt',
    '/.well-known/../../geheim.txt',
  ];
  test.each(pogingen)('%s', async (pad) => {
    const a = await rauw(server.url, get(pad));
    expect([400, 404]).toContain(a.status);
    expect(a.body).not.toContain(GEHEIM);
  });

  test('/etc/passwd is not read either', async () => {
    const a = await rauw(server.url, get('/../../../../../../etc/passwd'));
    expect(a.body).not.toMatch(/root:.*:0:0:/);
  });
});

describe('methods and limits', () => {
  test('unknown methods get 501, known but unsupported ones 405 with Allow', async () => {
    expect((await rauw(server.url, 'BREW / HTTP/1.1\r\nHost: x\r\n\r\n')).status).toBe(501);
    for (const m of ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'TRACE', 'POST']) {
      const a = await rauw(server.url, `${m} / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
      expect(a.status, m).toBe(405);
      expect(a.headers.get('allow'), m).toBe('GET, HEAD');
    }
  });

  test('oversized headers get 431', async () => {
    expect((await rauw(server.url, get('/', `Cookie: ${'x'.repeat(40_000)}\r\n`))).status).toBe(431);
  });

  test('a chunked body over the limit gets 413 without being read in full', async () => {
    const stuk = 'a'.repeat(600);
    const verzoek = `POST /api/melding HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n` + `258\r\n${stuk}\r\n`.repeat(3) + '0\r\n\r\n';
    expect((await rauw(server.url, verzoek)).status).toBe(413);
  });

  test('the function gets no client address, forwarded-for, user agent or cookie', async () => {
    gezien.length = 0;
    await fetch(`${server.url}/api/melding`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Spion/1.0', 'x-forwarded-for': '203.0.113.9', 'x-real-ip': '203.0.113.9', forwarded: 'for=203.0.113.9', cookie: 'a=b' },
      body: '{}',
    });
    const h = gezien[0]!.headers;
    expect(h.get('content-type')).toBe('application/json');
    for (const k of ['user-agent', 'x-forwarded-for', 'x-real-ip', 'forwarded', 'cookie']) expect(h.get(k), k).toBeNull();
  });
});

describe('slow clients', () => {
  test('a slow body (one byte a second) does not block others and is cut off', async () => {
    const { port } = new URL(server.url);
    const traag = connect(Number(port), '127.0.0.1');
    let dicht = false;
    let antwoord = '';
    traag.on('data', (d) => (antwoord += d.toString()));
    traag.on('error', () => {});
    traag.on('close', () => (dicht = true));
    traag.write('POST /api/melding HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n');
    const klok = setInterval(() => !dicht && traag.write('a'), 1000);
    try {
      // While the slow client trickles, others are served.
      await new Promise((r) => setTimeout(r, 1200));
      for (let i = 0; i < 5; i++) expect((await fetch(`${server.url}/`)).status).toBe(200);
      expect(dicht).toBe(false);
      // Bounded wait: requestTimeoutMs is 3 s here; give it 10 s before calling it a failure.
      const eind = Date.now() + 10_000;
      while (!dicht && Date.now() < eind) await new Promise((r) => setTimeout(r, 100));
      expect(dicht).toBe(true);
      expect(antwoord).not.toContain('202');
    } finally {
      clearInterval(klok);
      traag.destroy();
    }
  }, 20_000);

  test('slow headers (slowloris) are cut off too', async () => {
    const { port } = new URL(server.url);
    const s = connect(Number(port), '127.0.0.1');
    let dicht = false;
    s.on('error', () => {});
    s.on('close', () => (dicht = true));
    s.resume(); // read, or 'close' never comes
    s.write('GET / HTTP/1.1\r\nHost: x\r\n');
    const klok = setInterval(() => !dicht && s.write('X-a: b\r\n'), 500);
    try {
      expect((await fetch(`${server.url}/`)).status).toBe(200);
      const eind = Date.now() + 10_000;
      while (!dicht && Date.now() < eind) await new Promise((r) => setTimeout(r, 100));
      expect(dicht).toBe(true);
    } finally {
      clearInterval(klok);
      s.destroy();
    }
  }, 20_000);
});
