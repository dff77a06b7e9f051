/**
 * Translated content beside the Dutch: every translation has a Dutch source with the same slug, the same
 * frontmatter facts (what it is for, order, sources: a translation adds no claims and drops no source) and
 * the same ## structure (so its sections fold as the Dutch ones do, src/markdown/uitklap.ts); links stay
 * Dutch paths (the build puts them in the visitor's language); the signalen-check keeps every sign's level.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { TALEN, taalVanPad } from '../../../src/i18n/talen.ts';
import { h2Koppen } from '../../../src/markdown/uitklap.ts';

const CONTENT = resolve(process.cwd(), 'content');
const ANDERE = TALEN.filter((t) => t !== 'nl');

function kop(bron: string): Record<string, unknown> {
  return yaml.load(/^---\n([\s\S]*?)\n---/.exec(bron)![1]!) as Record<string, unknown>;
}

const vertalingen = ['doelgroepen', 'vormen', 'paginas'].flatMap((c) =>
  ANDERE.flatMap((taal) =>
    existsSync(join(CONTENT, c, taal))
      ? readdirSync(join(CONTENT, c, taal)).filter((f) => f.endsWith('.mdx')).map((f) => ({ c, taal, f }))
      : [],
  ),
);

describe('translated pages', () => {
  it('there are translations in every language', () => {
    for (const taal of ANDERE) expect(vertalingen.some((v) => v.taal === taal), taal).toBe(true);
  });

  it.each(vertalingen.map((v) => [`${v.c}/${v.taal}/${v.f}`, v] as const))('%s matches its Dutch source', (_naam, v) => {
    const nlPad = join(CONTENT, v.c, v.f);
    expect(existsSync(nlPad), 'de Nederlandse bron bestaat').toBe(true);
    const nl = readFileSync(nlPad, 'utf8');
    const vert = readFileSync(join(CONTENT, v.c, v.taal, v.f), 'utf8');
    const [a, b] = [kop(nl), kop(vert)];
    for (const veld of ['doelgroep', 'vorm', 'volgorde', 'regioBron', 'bronnen']) expect(b[veld], veld).toEqual(a[veld]);
    expect(String(b.beschrijving).length).toBeLessThanOrEqual(160);
    // The short privacy statement in the five languages is a summary, not a section-by-section translation.
    if (!(v.c === 'paginas' && v.f === 'privacy.mdx' && v.taal !== 'en')) {
      expect(h2Koppen(vert).length, 'zelfde ##-koppen').toBe(h2Koppen(nl).length);
    }
    const links = (s: string) => [...s.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1]!).filter((l) => !l.startsWith('/en/'));
    for (const l of links(vert)) expect(taalVanPad(l), `links blijven Nederlandse paden: ${l}`).toBe('nl');
    const componenten = (s: string) => [...s.matchAll(/<([A-Z][A-Za-z]+)/g)].map((m) => m[1]).sort();
    if (!(v.c === 'paginas' && v.f === 'privacy.mdx')) expect(componenten(vert), 'dezelfde componenten').toEqual(componenten(nl));
  });
});

describe('signalen-check', () => {
  const nlMap = join(CONTENT, 'signalen-check');
  const groepen = readdirSync(nlMap).filter((f) => f.endsWith('.json'));
  it.each(ANDERE)('%s: every group, every sign, the same levels and sources', (taal) => {
    for (const g of groepen) {
      const a = JSON.parse(readFileSync(join(nlMap, g), 'utf8'));
      const b = JSON.parse(readFileSync(join(nlMap, taal, g), 'utf8'));
      expect(b.volgorde).toBe(a.volgorde);
      expect(b.bronnen).toEqual(a.bronnen);
      expect(b.signalen.map((s: { niveau: string }) => s.niveau)).toEqual(a.signalen.map((s: { niveau: string }) => s.niveau));
    }
  });
});
