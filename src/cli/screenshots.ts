/**
 * `npm run screenshots [-- regio]`: PNG screenshots of every page type at 390 px (phone) and 1280 px
 * (desktop), full page, plus the campaign posters (PDF pages as PNG) and social images, so a reviewer sees
 * the whole site in a minute. Builds the region first. Output: .meldwijzer/screenshots/<regio>/ (gitignored).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { vereisNode } from './runtime.ts';
import { hulpBijVraag } from './hulp.ts';
import { dataMapVan, leesConfig } from '../config/lees.ts';
import { startServer } from '../server/server.ts';

vereisNode();
hulpBijVraag(`
npm run screenshots [-- <regio>]
  Bouwt de regio (standaard MELDWIJZER_REGIO, anders de-bilt) en schrijft PNG-schermafdrukken van elk
  paginatype op 390 en 1280 px, plus de posters en de beelden voor sociale media, naar
  MELDWIJZER_DATA/screenshots/<regio>/ (buiten git).
`);

const config = leesConfig(process.env);
const regio = process.argv[2] || config.MELDWIJZER_REGIO;
const uit = join(dataMapVan(config), 'screenshots', regio);
const dist = join(uit, 'dist');
rmSync(uit, { recursive: true, force: true });
mkdirSync(uit, { recursive: true });

console.log(`Screenshots: bouwen voor ${regio} …`);
const bouw = spawnSync(process.execPath, ['src/cli/build.ts'], { stdio: 'inherit', env: { ...process.env, MELDWIJZER_REGIO: regio, MELDWIJZER_DIST: dist } });
if (bouw.status !== 0) process.exit(bouw.status ?? 1);

/** The campaign year with a page: the newest /campagne/<jaar>/ in the build. */
const jaren = readdirSync(join(dist, 'campagne'), { withFileTypes: true }).filter((d) => d.isDirectory() && /^\d{4}$/.test(d.name)).map((d) => d.name).sort();
const jaar = jaren.at(-1);
const paginas: [naam: string, pad: string][] = [
  ['home', '/'],
  ['doelgroep-inwoners', '/inwoners/'],
  ['doelgroep-jongeren', '/jongeren/'],
  ['vorm', '/vormen/arbeidsuitbuiting/'],
  ['contact', '/contact/'],
  ['veelgestelde-vragen', '/veelgestelde-vragen/'],
  ['signalen-check', '/signalen-check/'],
  ['melden', '/melden/'],
  ['zoeken', '/zoeken/'],
  ['campagnes', '/campagne/'],
  ...(jaar ? ([['campagne', `/campagne/${jaar}/`], ['toolkit', `/campagne/${jaar}/toolkit/`]] as [string, string][]) : []),
  ['niet-gevonden', '/bestaat-niet/'],
];

const site = await startServer({ dist, port: 0, host: '127.0.0.1' });
const origin = site.url.replace(/\/$/, '');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const hoogten: string[] = [];
try {
  for (const breedte of [390, 1280]) {
    const context = await browser.newContext({ viewport: { width: breedte, height: breedte === 390 ? 844 : 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [naam, pad] of paginas) {
      await page.goto(origin + pad, { waitUntil: 'networkidle' });
      const bestand = join(uit, `${naam}-${breedte}.png`);
      await page.screenshot({ path: bestand, fullPage: true });
      const hoogte = await page.evaluate(() => document.documentElement.scrollHeight);
      hoogten.push(`${naam} ${breedte} px breed: ${hoogte} px hoog`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}

// Posters (PDF) as PNG with pdftoppm; social images and banners are PNG already.
if (jaar) {
  const toolkit = join(dist, 'campagne', jaar, 'toolkit');
  for (const f of readdirSync(toolkit)) {
    if (f.endsWith('.pdf')) {
      const r = spawnSync('pdftoppm', ['-png', '-r', '60', '-singlefile', join(toolkit, f), join(uit, f.replace(/\.pdf$/, ''))]);
      if (r.status !== 0) console.warn(`Let op: ${f} niet omgezet (pdftoppm ontbreekt of faalde)`);
    } else if (f.endsWith('.png')) copyFileSync(join(toolkit, f), join(uit, f));
  }
}
rmSync(dist, { recursive: true, force: true });
writeFileSync(join(uit, 'hoogten.txt'), hoogten.join('\n') + '\n');
console.log(hoogten.join('\n'));
console.log(`Screenshots in ${uit}`);
