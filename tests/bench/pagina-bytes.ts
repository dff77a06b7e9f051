/**
 * Bench: per page type, the gzip bytes of HTML, CSS and JS a first visit loads (measured in Chromium, every
 * response gzipped at level 6 like a typical server), and the four Lighthouse 13 mobile scores. The site is
 * built for one region and served by the production server on 127.0.0.1. Figures only, no assertions.
 * Issue 2's aim: 100 in all four scores, and HTML+CSS of a doelgroep page <= 14 KB gzip (one round trip);
 * issue 10 holds /melden/ to the same 14 KB for HTML+CSS (its island JS comes after first paint).
 *
 *   npx node tests/bench/pagina-bytes.ts [regio]          (default de-bilt; ~10 s a page for Lighthouse)
 *   import { benchPaginaBytes, beschrijf } from './pagina-bytes.ts'
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { bouwRegio, CHROMIUM, nieuweBrowser, nieuwePagina, sitemapPaden, startSite } from '../e2e/harness.ts';

export interface PaginaCijfers {
  soort: string;
  pad: string;
  html: number;
  css: number;
  js: number;
  /** Lighthouse scores 0-100, or null when Lighthouse failed for this page. */
  scores: { prestaties: number; toegankelijkheid: number; praktijken: number; seo: number } | null;
}

/** One round trip: what the first ~10 TCP segments carry. Aim for doelgroep pages and for /melden/. */
const GRENS = 14 * 1024;

function paginaTypen(paden: string[]): [string, string][] {
  const campagne = paden.filter((p) => /^\/campagne\/\d{4}\/$/.test(p)).sort().at(-1);
  const typen: [string, string][] = [
    ['home', '/'],
    ['doelgroep', '/inwoners/'],
    ['vorm', '/vormen/seksuele-uitbuiting/'],
    ['contact', '/contact/'],
    ['faq', '/veelgestelde-vragen/'],
    ['signalen-check', '/signalen-check/'],
    ['melden', '/melden/'],
  ];
  if (campagne) typen.push(['campagne', campagne]);
  return typen;
}

function lighthouse(url: string): Promise<PaginaCijfers['scores']> {
  return new Promise((klaar) => {
    const kind = spawn(
      'lighthouse',
      [
        url,
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        '--only-categories=performance,accessibility,best-practices,seo',
        '--chrome-flags=--headless --no-sandbox --disable-gpu',
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let uit = '';
    kind.stdout.on('data', (d: Buffer) => (uit += d));
    kind.stderr.resume();
    kind.on('error', () => klaar(null));
    kind.on('close', () => {
      try {
        const c = JSON.parse(uit).categories as Record<string, { score: number | null }>;
        const s = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
        klaar({ prestaties: s('performance'), toegankelijkheid: s('accessibility'), praktijken: s('best-practices'), seo: s('seo') });
      } catch {
        klaar(null);
      }
    });
  });
}

export async function benchPaginaBytes(regio = 'de-bilt'): Promise<PaginaCijfers[]> {
  const eigenMap = !process.env.MELDWIJZER_E2E_MAP;
  const dist = await bouwRegio(regio);
  const site = await startSite(dist);
  const browser = await nieuweBrowser();
  const uit: PaginaCijfers[] = [];
  try {
    for (const [soort, pad] of paginaTypen(sitemapPaden(dist))) {
      const p = await nieuwePagina(browser, { origin: site.url, viewport: { width: 412, height: 823 } });
      const bytes = { html: 0, css: 0, js: 0 };
      const wachtend: Promise<void>[] = [];
      p.page.on('response', (r) => {
        const type = r.request().resourceType();
        const soortBytes = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : null;
        if (!soortBytes || r.status() !== 200) return;
        wachtend.push(
          r.body().then(
            (b) => void (bytes[soortBytes] += gzipSync(b, { level: 6 }).length),
            () => undefined,
          ),
        );
      });
      await p.page.goto(site.url + pad, { waitUntil: 'networkidle' });
      await Promise.all(wachtend);
      await p.close();
      // One retry: on a busy machine Chromium sometimes misses Lighthouse's page-load deadline.
      const scores = (await lighthouse(site.url + pad)) ?? (await lighthouse(site.url + pad));
      uit.push({ soort, pad, ...bytes, scores });
    }
  } finally {
    await browser.close();
    await site.close();
    if (eigenMap) rmSync(process.env.MELDWIJZER_E2E_MAP!, { recursive: true, force: true });
  }
  return uit;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function beschrijf(rijen: PaginaCijfers[]): string {
  const kop = ['pagina', 'pad', 'HTML', 'CSS', 'JS', 'HTML+CSS', 'Prest.', 'Toeg.', 'Prakt.', 'SEO'];
  const regels = rijen.map((r) => [
    r.soort,
    r.pad,
    kb(r.html),
    kb(r.css),
    kb(r.js),
    kb(r.html + r.css),
    ...(r.scores
      ? [r.scores.prestaties, r.scores.toegankelijkheid, r.scores.praktijken, r.scores.seo].map(String)
      : ['-', '-', '-', '-']),
  ]);
  const breedte = kop.map((k, i) => Math.max(k.length, ...regels.map((r) => r[i]!.length)));
  const regel = (cellen: string[]) => cellen.map((c, i) => (i < 2 ? c.padEnd(breedte[i]!) : c.padStart(breedte[i]!))).join('  ');
  const doel = (soort: string, wat: string) => {
    const r = rijen.find((x) => x.soort === soort);
    if (!r) return [];
    const n = r.html + r.css;
    return [`Doel: HTML+CSS van ${wat} <= ${kb(GRENS)} gzip: ${kb(n)} (${n <= GRENS ? 'gehaald' : 'niet gehaald'}).`];
  };
  return [
    regel(kop),
    ...regels.map(regel),
    '',
    'Bytes: gzip (niveau 6) van wat een eerste bezoek laadt. Lighthouse 13, mobiel.',
    ...doel('doelgroep', 'een doelgroeppagina'),
    ...doel('melden', '/melden/'),
    'Doel Lighthouse: 100 in alle vier.',
  ].join('\n');
}

if (import.meta.main) {
  console.log(beschrijf(await benchPaginaBytes(process.argv[2] || undefined)));
}
