/**
 * Issue 2's page list exists in every region's build, /contact/ names that region's partners, the quick-exit
 * script stays within its 1 KB budget, and an unknown region stops the build with the known ids.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { PROJECT, regioIds, sitemapPaden } from '../harness.ts';
import { VERPLICHTE_BESTANDEN, VERPLICHTE_HTML, alleBouwen, perRegio, profiel, tekstVan } from './gedeeld.ts';

const bouwen = await alleBouwen();


perRegio(bouwen, (bouw, site) => {
  const dist = bouw.dist;

  test.each([...VERPLICHTE_HTML, ...VERPLICHTE_BESTANDEN])('%s exists', async (pad) => {
    const r = await fetch(site().url + pad);
    expect(r.status).toBe(200);
    const type = r.headers.get('content-type') ?? '';
    if (pad.endsWith('/')) expect(type).toMatch(/^text\/html/);
    await r.arrayBuffer();
  });

  test('every required HTML page is in the sitemap (so the axe crawl covers it)', () => {
    const paden = sitemapPaden(dist);
    expect(VERPLICHTE_HTML.filter((p) => !paden.includes(p))).toEqual([]);
  });

  test("/contact/ shows this region's partners", async () => {
    const html = await (await fetch(`${site().url}/contact/`)).text();
    const tekst = tekstVan(html);
    const namen = profiel(bouw.id).partners.map((p) => p.naam);
    expect(namen.length).toBeGreaterThan(0);
    expect(namen.filter((n) => !tekst.includes(n))).toEqual([]);
  });

  test('security.txt has Contact and Expires (RFC 9116)', async () => {
    const txt = await (await fetch(`${site().url}/.well-known/security.txt`)).text();
    expect(txt).toMatch(/^Contact: (mailto:|https:\/\/)/m);
    expect(txt).toMatch(/^Expires: \d{4}-\d{2}-\d{2}T/m);
  });

  test('robots.txt points to the sitemap index', async () => {
    const txt = await (await fetch(`${site().url}/robots.txt`)).text();
    expect(txt).toMatch(/^Sitemap: https:\/\/\S+\/sitemap-index\.xml$/m);
  });

  test('/snel-weg.js is at most 1 KB gzip', () => {
    const js = readFileSync(join(dist, 'snel-weg.js'));
    expect(gzipSync(js, { level: 9 }).length).toBeLessThanOrEqual(1024);
  });
});

test('an unknown MELDWIJZER_REGIO stops the build and lists the known ids', () => {
  const r = spawnSync('npm', ['run', 'build'], {
    cwd: PROJECT,
    env: { ...process.env, MELDWIJZER_REGIO: 'bestaat-niet', MELDWIJZER_DIST: join(tmpdir(), 'meldwijzer-onbekend') },
    encoding: 'utf8',
  });
  expect(r.status).not.toBe(0);
  expect(r.stderr).toContain('bestaat-niet');
  for (const id of regioIds()) expect(r.stderr).toContain(id);
});
