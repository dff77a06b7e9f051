/**
 * Bench: photos with a melding in Chromium. Three 4,000×3,000 photos (drawn with noise, so the JPEGs are
 * as heavy as real phone photos, ~4 MB each) are chosen in the real form: the time until the form shows
 * them cleaned (decode, EXIF orientation, scale to 2,560, re-encode, strip), and the time from
 * "Versleutelen…" to "Versturen…" (MIME with base64, padding, OpenPGP), median of N. Also the gzip size of
 * the photo code the form loads on the first choice. The API is stubbed: only the browser is measured.
 *
 *   npx node tests/bench/formulier-fotos.ts [dist] [n]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../../src/server/server.ts';
import { bouw, CHROMIUM_ARGS, mediaan, stubApi, verstuurEnMeet, volgVoortgang } from './formulier-js.ts';

export interface FotoBench {
  bronBytes: number[];
  schoonBytes: number[];
  schoonmakenMs: { mediaan: number; min: number; max: number; n: number };
  versleutelMs: { mediaan: number; min: number; max: number; n: number };
  fotoJs: number;
}

const reeks = (xs: number[]) => ({ mediaan: Math.round(mediaan(xs)), min: Math.round(Math.min(...xs)), max: Math.round(Math.max(...xs)), n: xs.length });

export async function benchFormulierFotos(opties: { dist?: string; n?: number } = {}): Promise<FotoBench> {
  const n = opties.n ?? 3;
  const gebouwd = opties.dist ? null : bouw();
  const dist = opties.dist ?? gebouwd!.dist;
  const map = mkdtempSync(join(tmpdir(), 'meldwijzer-bench-fotos-'));
  const server = await startServer({ dist, port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })).newPage();
    await stubApi(page);
    const fotoScripts = new Map<string, number>();
    page.on('response', async (r) => {
      if (/\/(maak|kies|herken|schoon)\.[^/]*\.js$/.test(new URL(r.url()).pathname)) fotoScripts.set(r.url(), gzipSync(await r.body(), { level: 9 }).length);
    });
    await page.goto(`${server.url}/melden/`);
    await page.waitForSelector('astro-island:not([ssr])');

    const bestanden: string[] = [];
    for (let i = 0; i < 3; i++) {
      const bytes = await page.evaluate(async (zaad) => {
        const c = document.createElement('canvas');
        c.width = 4000;
        c.height = 3000;
        const x = c.getContext('2d')!;
        const beeld = x.createImageData(4000, 3000);
        let s = zaad * 2654435761;
        for (let p = 0; p < beeld.data.length; p += 4) {
          s = (s * 1103515245 + 12345) >>> 0;
          const ruis = (s >>> 24) & 63;
          beeld.data[p] = 90 + ruis;
          beeld.data[p + 1] = 120 + ((p >> 6) % 80) + (ruis >> 1);
          beeld.data[p + 2] = 60 + ruis;
          beeld.data[p + 3] = 255;
        }
        x.putImageData(beeld, 0, 0);
        const b: Blob = await new Promise((k) => c.toBlob((b) => k(b!), 'image/jpeg', 0.92));
        return Array.from(new Uint8Array(await b.arrayBuffer()));
      }, i + 1);
      const pad = join(map, `foto-${i + 1}.jpg`);
      writeFileSync(pad, Buffer.from(bytes));
      bestanden.push(pad);
    }
    await volgVoortgang(page);

    const schoon: number[] = [];
    const versleutel: number[] = [];
    let schoonBytes: number[] = [];
    for (let i = 0; i < n; i++) {
      await page.fill('#veld-wat', `Bench ${i}: busje bij de kassen, zie de foto's.`);
      const t0 = await page.evaluate(() => performance.now());
      await page.setInputFiles('#veld-fotos', bestanden);
      await page.waitForFunction(() => document.querySelectorAll('.fotos__foto').length === 3 && !document.querySelector('.fotos__bezig'), undefined, { timeout: 120_000 });
      schoon.push((await page.evaluate(() => performance.now())) - t0);
      schoonBytes = await page.locator('.fotos__over p:nth-child(2)').allInnerTexts().then((ts) => ts.map((t) => Number((t.match(/([\d,]+) (MB|kB)/)?.[1] ?? '0').replace(',', '.')) * (t.includes('MB') ? 1e6 : 1e3)));
      const ms = await verstuurEnMeet(page);
      if (ms !== null) versleutel.push(ms);
      await page.click('.meldformulier > button');
      await page.waitForSelector('#veld-fotos');
    }
    const { statSync } = await import('node:fs');
    return {
      bronBytes: bestanden.map((b) => statSync(b).size),
      schoonBytes,
      schoonmakenMs: reeks(schoon),
      versleutelMs: reeks(versleutel),
      fotoJs: [...fotoScripts.values()].reduce((a, b) => a + b, 0),
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(map, { recursive: true, force: true });
    gebouwd?.opruimen();
  }
}

export function beschrijf(u: FotoBench): string {
  const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
  return [
    `drie foto's van 4000×3000 (${u.bronBytes.map(mb).join(', ')}) → na schoonmaken ${u.schoonBytes.map(mb).join(', ')}`,
    `schoonmaken (kiezen tot getoond): mediaan ${u.schoonmakenMs.mediaan} ms (min ${u.schoonmakenMs.min}, max ${u.schoonmakenMs.max}, n=${u.schoonmakenMs.n})`,
    `versleutelen met de drie foto's: mediaan ${u.versleutelMs.mediaan} ms (min ${u.versleutelMs.min}, max ${u.versleutelMs.max}, n=${u.versleutelMs.n})`,
    `samen: ${u.schoonmakenMs.mediaan + u.versleutelMs.mediaan} ms; fotocode bij de eerste keuze: ${(u.fotoJs / 1024).toFixed(1)} KB gzip`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(beschrijf(await benchFormulierFotos({ dist: process.argv[2] || undefined, n: Number(process.argv[3]) || undefined })));
}
