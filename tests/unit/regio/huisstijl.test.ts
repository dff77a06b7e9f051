import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bekendeRegios, laadRegio } from '../../../src/regio/laad.ts';
import { controleerHuisstijl, huisstijlFouten, logoMaat, vereisHuisstijl } from '../../../src/regio/huisstijl.ts';
import { themaCss } from '../../../src/regio/thema.ts';
import { voorbeeldLogo } from '../../../src/regio/voorbeeld-logo.ts';
import type { Regio } from '../../../src/regio/schema.ts';

const basis = laadRegio('de-bilt');
const met = (huisstijl: Partial<Regio['huisstijl']>): Regio => ({ ...basis, huisstijl: { ...basis.huisstijl, ...huisstijl } });

function logoMap(bestanden: Record<string, string>): string {
  const map = mkdtempSync(join(tmpdir(), 'meldwijzer-logo-'));
  for (const [naam, inhoud] of Object.entries(bestanden)) writeFileSync(join(map, naam), inhoud);
  return map;
}
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40"/></svg>\n';

describe('controleerHuisstijl', () => {
  it('accepts every built-in profile outside production, and refuses their placeholder logos in production', () => {
    for (const id of bekendeRegios()) {
      const regio = laadRegio(id);
      expect(controleerHuisstijl(regio, false)).toEqual([]);
      expect(controleerHuisstijl(regio, true)).toEqual([
        `huisstijl.logo.bestand: voorbeeld-${id}.svg is een voorbeeldlogo; zet het echte logo van de gemeente (SVG) in content/regios/logos/`,
      ]);
    }
  });

  it('names a missing file, a file that is not SVG, and an empty alt text', () => {
    const map = logoMap({ 'nep.svg': '\x89PNG\r\n\x1a\n binary', 'goed.svg': SVG });
    expect(controleerHuisstijl(met({ logo: { bestand: 'weg.svg', alt: 'Logo' } }), false, map)).toEqual([
      'huisstijl.logo.bestand: weg.svg staat niet in content/regios/logos/',
    ]);
    expect(controleerHuisstijl(met({ logo: { bestand: 'nep.svg', alt: 'Logo' } }), false, map)).toEqual([
      'huisstijl.logo.bestand: nep.svg is geen SVG-bestand',
    ]);
    expect(controleerHuisstijl(met({ logo: { bestand: 'goed.svg', alt: '  ' } }), false, map)).toEqual([
      'huisstijl.logo.alt: geef het logo een alt-tekst, bijvoorbeeld "Logo gemeente De Bilt"',
    ]);
    expect(controleerHuisstijl(met({ logo: { bestand: 'goed.svg', alt: 'Logo gemeente Proef' } }), true, map)).toEqual([]);
  });

  it('refuses a logo with a script or a reference to another file', () => {
    const map = logoMap({ 'script.svg': SVG.replace('<rect', '<script>alert(1)</script><rect'), 'extern.svg': SVG.replace('<rect', '<image href="https://elders.example/a.png"/><rect') });
    expect(controleerHuisstijl(met({ logo: { bestand: 'script.svg', alt: 'Logo' } }), false, map)).toHaveLength(1);
    expect(controleerHuisstijl(met({ logo: { bestand: 'extern.svg', alt: 'Logo' } }), false, map)).toHaveLength(1);
  });

  it('names the colour pair and its ratio when contrast fails', () => {
    expect(huisstijlFouten(met({ primair: '#88aa77' }))).toMatchInlineSnapshot(`
      [
        "huisstijl.primair: witte tekst #ffffff op primair #88aa77 heeft 2.60:1 contrast, nodig 4.5:1",
        "huisstijl.primair: links (primair) #88aa77 op de achtergrond #ffffff heeft 2.60:1 contrast, nodig 4.5:1",
        "huisstijl.accentLicht: links (primair) #88aa77 op accentLicht #e3f2ef heeft 2.26:1 contrast, nodig 4.5:1",
      ]
    `);
  });

  it('stops the build with every problem at once', () => {
    const map = logoMap({});
    expect(() => vereisHuisstijl(met({ primairDonker: '#aaaaaa', logo: { bestand: 'weg.svg', alt: 'Logo' } }), false, map)).toThrowErrorMatchingInlineSnapshot(`
      [Error: Regioprofiel de-bilt klopt niet:
        huisstijl.primairDonker: witte tekst #ffffff op primairDonker #aaaaaa heeft 2.32:1 contrast, nodig 4.5:1
        huisstijl.logo.bestand: weg.svg staat niet in content/regios/logos/]
    `);
  });
});

describe('logo and theme', () => {
  it('reads the logo size from its viewBox', () => {
    expect(logoMaat(met({ logo: { bestand: 'goed.svg', alt: 'Logo' } }), logoMap({ 'goed.svg': SVG }))).toEqual({ breedte: 120, hoogte: 40 });
  });

  it('generates a placeholder logo in the region colour that passes the logo check', () => {
    const svg = voorbeeldLogo(basis);
    expect(svg).toContain(basis.huisstijl.primair);
    expect(svg).toContain('voorbeeldlogo');
    expect(controleerHuisstijl(met({ logo: { bestand: 'x.svg', alt: 'Logo' } }), false, logoMap({ 'x.svg': svg }))).toEqual([]);
  });

  it('writes the Voorbeeld tokens the page parts read, with the region colours over them', () => {
    const css = themaCss(basis);
    expect(css).toMatch(/^:root\{/);
    expect(css).toContain(`--basis-color-action-2-color-default:${basis.huisstijl.primair}`);
    expect(css).toContain('--utrecht-page-header-background-color:');
    expect(css).toContain('--utrecht-breadcrumb-nav-link-color:');
    // No web fonts: the Voorbeeld theme's Noto fonts are replaced by system fonts.
    expect(css).not.toMatch(/'Noto Sans', sans-serif|Noto Serif/);
    const andere = themaCss(laadRegio('fryslan'));
    expect(andere).toContain(`--basis-color-action-2-color-default:${laadRegio('fryslan').huisstijl.primair}`);
  });
});
