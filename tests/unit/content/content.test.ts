/**
 * Checks on the content files as text (no build): the things an editor can break without the zod
 * schemas noticing. Phone numbers and seed references must be real, links must lead somewhere,
 * nothing may load from another origin, and every doelgroep page covers all four forms of uitbuiting.
 */
import { VORMEN } from '../../../src/lib/begrippen.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nummers } from '../../../src/lib/nummers.ts';
import { SEEDS, seedsAanwezig } from '../regio/seeds.ts';

const ROOT = process.cwd();
const CONTENT = resolve(ROOT, 'content');

interface Bestand {
  /** Path relative to the repo, for readable failures. */
  pad: string;
  tekst: string;
}

function lees(map: string, ext: string): Bestand[] {
  const dir = join(CONTENT, map);
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => ({ pad: `content/${map}/${f}`, tekst: readFileSync(join(dir, f), 'utf8') }));
}

const doelgroepen = lees('doelgroepen', '.mdx');
const vormen = lees('vormen', '.mdx');
const paginas = lees('paginas', '.mdx');
const checks = lees('signalen-check', '.json');
const alles = [...doelgroepen, ...vormen, ...paginas, ...checks];

/** Frontmatter and body of an MDX file. */
function splits(tekst: string): { kop: string; romp: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(tekst);
  if (!m) throw new Error('geen frontmatter');
  return { kop: m[1]!, romp: m[2]! };
}

function veld(kop: string, naam: string): string | undefined {
  return new RegExp(`^${naam}:\\s*"?([^"\\n]+)"?\\s*$`, 'm').exec(kop)?.[1]?.trim();
}

const alleenCijfers = (s: string) => s.replace(/\D/g, '');

/**
 * Dutch phone numbers as people write them: 0800-2000, 0900-8844, 033 448 11 86, (058) 233 83 88.
 * 8 to 11 digits, so years, percentages and "0 + 0 + 0 = 1" do not count.
 */
function telefoonnummers(tekst: string): string[] {
  const gevonden = tekst.match(/\(?0\d{1,4}\)?(?:[ -]?\d){5,10}/g) ?? [];
  return gevonden.map(alleenCijfers).filter((c) => c.length >= 8 && c.length <= 11);
}

const toegestaneNummers = new Set<string>(Object.values(nummers).map((n) => alleenCijfers(n.tel)));

describe('telefoonnummers', () => {
  const seedNummers = new Set<string>();
  if (existsSync(SEEDS)) {
    for (const f of readdirSync(SEEDS)) for (const n of telefoonnummers(readFileSync(join(SEEDS, f), 'utf8'))) seedNummers.add(n);
  }

  it('de herkenning vindt de vormen die we gebruiken', () => {
    expect(telefoonnummers('bel 0800-2000 of 033 448 11 86, of (058) 233 83 88; in 2023 0 + 0 = 1')).toEqual([
      '08002000',
      '0334481186',
      '0582338388',
    ]);
  });

  it.skipIf(!seedsAanwezig).each(alles.map((b) => [b.pad, b.tekst]))('%s: elk nummer staat in src/lib/nummers.ts of in een seed', (_pad, tekst) => {
    const onbekend = telefoonnummers(tekst).filter((n) => !toegestaneNummers.has(n) && !seedNummers.has(n));
    expect(onbekend).toEqual([]);
  });

  it.each(alles.map((b) => [b.pad, b.tekst]))('%s: een tel:-link belt het nummer dat in de linktekst staat', (_pad, tekst) => {
    const links = [...tekst.matchAll(/\[([^\]]*)\]\(tel:([^)]+)\)/g)];
    for (const [, label, doel] of links) {
      const zichtbaar = alleenCijfers(label!);
      // A link may have words as its text ("Meld Misdaad Anoniem"); then the number is written beside it.
      if (zichtbaar) expect(alleenCijfers(doel!), `[${label}](tel:${doel})`).toBe(zichtbaar);
      expect(toegestaneNummers.has(alleenCijfers(doel!)) || doel === '112', `tel:${doel} is geen bevestigd nummer`).toBe(true);
    }
  });
});

describe('bronnen', () => {
  const SEEDNAAM = /\d{3}_[0-9a-f]{16}\.txt/g;

  it.skipIf(!seedsAanwezig).each(alles.map((b) => [b.pad, b.tekst]))('%s: elk genoemd seed-bestand bestaat', (_pad, tekst) => {
    const namen = tekst.match(SEEDNAAM) ?? [];
    expect(namen.filter((n) => !existsSync(join(SEEDS, n)))).toEqual([]);
  });

  /** Lines of a file that show a seed to visitors: "seed 000", "seeds 000 en 003", or a seed file name. */
  function seedRegels(b: Bestand): string[] {
    return b.tekst
      .split('\n')
      .map((regel, i) => ({ regel, nr: i + 1 }))
      // `seed: "000_….txt"` in a source list is hidden provenance (never rendered); anything else is shown.
      .filter(({ regel }) => !/^\s*"?seed"?\s*:\s*"\d{3}_[0-9a-f]{16}\.txt",?\s*$/.test(regel))
      .filter(({ regel }) => /\bseeds?\b/i.test(regel) || /\d{3}_[0-9a-f]{16}\.txt/.test(regel))
      .map(({ regel, nr }) => `${b.pad}:${nr}: ${regel.trim().slice(0, 80)}`);
  }

  it('the check finds a visible seed reference and names file and line', () => {
    const proef = { pad: 'content/proef.mdx', tekst: '---\nbronnen:\n  - titel: "X"\n    seed: "000_2664779179e5a605.txt"\n---\nTekst (Beleidsnota, seed 000).\nZie 001_21206fc2f1256946.txt.' };
    expect(seedRegels(proef)).toEqual(['content/proef.mdx:6: Tekst (Beleidsnota, seed 000).', 'content/proef.mdx:7: Zie 001_21206fc2f1256946.txt.']);
  });

  const profielen = lees('regios', '.json');
  const campagnes = lees('campagnes', '.md');
  it.each([...alles, ...profielen, ...campagnes].map((b) => [b.pad, b]))('%s: shows no seed or seed file name to visitors', (_pad, b) => {
    expect(seedRegels(b)).toEqual([]);
  });
});

/** Professional terms an inwoner or a teenager should not meet unexplained (issue 9). */
const JARGON = ['ketenregisseur', 'procesregisseur', 'ondermijning', 'bonafide', 'casuïstiek', 'non-punishment', 'integrale'];

describe('plain language on the inwoners and jongeren pages', () => {
  it.each(doelgroepen.filter((b) => /(inwoners|jongeren)\.mdx$/.test(b.pad)).map((b) => [b.pad, b.tekst]))('%s: no professional jargon', (_pad, tekst) => {
    const romp = splits(tekst).romp.toLowerCase();
    expect(JARGON.filter((w) => romp.includes(w))).toEqual([]);
  });

  it('both pages are checked', () => {
    expect(doelgroepen.filter((b) => /(inwoners|jongeren)\.mdx$/.test(b.pad))).toHaveLength(2);
  });

  // Partners and meldroute steps appear on these pages too; those shown to inwoners or jongeren must be plain as well.
  it.each(lees('regios', '.json').map((b) => [b.pad, b.tekst]))('%s: partners for inwoners/jongeren use no jargon', (_pad, tekst) => {
    const profiel = JSON.parse(tekst) as { partners: { naam: string; rol: string; voor?: string[] }[] };
    const getoond = profiel.partners.filter((p) => !p.voor?.length || p.voor.some((v) => v === 'inwoners' || v === 'jongeren'));
    const fout = getoond.flatMap((p) => JARGON.filter((w) => p.rol.toLowerCase().includes(w)).map((w) => `${p.naam}: ${w}`));
    expect(fout).toEqual([]);
  });
});

describe('niets van een andere site', () => {
  it.each(alles.map((b) => [b.pad, b.tekst]))('%s: geen externe afbeelding, script, iframe of media', (_pad, tekst) => {
    // Markdown images from another origin.
    expect(tekst).not.toMatch(/!\[[^\]]*\]\(\s*(https?:)?\/\//i);
    // HTML/JSX elements that make the browser fetch something.
    expect(tekst).not.toMatch(/<(img|script|iframe|video|audio|source|embed|object|link|track)\b[^>]*\b(src|srcset|href|data|poster)\s*=\s*["']?\s*(https?:)?\/\//i);
    // The CSP allows no inline script or style at all.
    expect(tekst).not.toMatch(/<script\b/i);
    expect(tekst).not.toMatch(/\bstyle\s*=\s*["{]/i);
    // MDX imports must be local files.
    expect(tekst).not.toMatch(/^import\s.*from\s+["'](https?:)?\/\//m);
  });
});

describe('interne links', () => {
  // Routes the site builds: fixed pages in src/pages (in every language: src/pages/[...taal]) plus one per content entry.
  const routes = new Set<string>(['/']);
  for (const f of [...readdirSync(resolve(ROOT, 'src/pages')), ...readdirSync(resolve(ROOT, 'src/pages/[...taal]'))]) {
    const m = /^([a-z0-9-]+)\.astro$/.exec(f);
    if (m && m[1] !== 'index' && m[1] !== '404') routes.add(`/${m[1]}/`);
  }
  for (const b of doelgroepen) routes.add(`/${veld(splits(b.tekst).kop, 'doelgroep')}/`);
  for (const b of vormen) routes.add(`/vormen/${veld(splits(b.tekst).kop, 'vorm')}/`);
  for (const b of paginas) routes.add(`/${b.pad.replace(/^.*\//, '').replace(/\.mdx$/, '')}/`);

  it('de routelijst kent de vaste pagina’s', () => {
    expect(routes).toContain('/melden/');
    expect(routes).toContain('/signalen-check/');
    expect(routes).toContain('/vormen/arbeidsuitbuiting/');
  });

  it.each([...doelgroepen, ...vormen, ...paginas].map((b) => [b.pad, b.tekst]))('%s: elke interne link leidt naar een bestaande pagina', (_pad, tekst) => {
    const links = [...tekst.matchAll(/\]\((\/[^)\s#]*)(#[^)\s]*)?\)|href="(\/[^"#]*)/g)].map((m) => m[1] ?? m[3]!);
    expect(links.filter((l) => !routes.has(l))).toEqual([]);
  });
});

describe('doelgroeppagina’s', () => {

  it('er zijn vier doelgroeppagina’s', () => {
    expect(doelgroepen.map((b) => b.pad.replace(/^.*\//, ''))).toEqual(['inwoners.mdx', 'jongeren.mdx', 'ondernemers.mdx', 'professionals.mdx']);
  });

  it.each(doelgroepen.map((b) => [b.pad, b.tekst]))('%s: noemt alle vier vormen en linkt naar hun pagina', (_pad, tekst) => {
    const { romp } = splits(tekst);
    const laag = romp.toLowerCase();
    for (const woord of ['seksuele uitbuiting', 'arbeidsuitbuiting', 'criminele uitbuiting', 'orgaanverwijdering']) {
      expect(laag, woord).toContain(woord);
    }
    for (const vorm of VORMEN) expect(romp, vorm).toContain(`(/vormen/${vorm}/)`);
  });

  it.each(doelgroepen.map((b) => [b.pad, b.tekst]))('%s: 112, anoniem melden en de partners van de regio staan erop', (_pad, tekst) => {
    const { kop, romp } = splits(tekst);
    expect(romp).toMatch(/<Acuut( je)? \/>/);
    expect(romp).toMatch(/<MeldKnop\b/);
    expect(romp).toContain(`<Partners doelgroep="${veld(kop, 'doelgroep')}"`);
  });

  it.each(doelgroepen.map((b) => [b.pad, b.tekst]))('%s: geen h1 in de tekst (de layout zet de titel)', (_pad, tekst) => {
    expect(splits(tekst).romp).not.toMatch(/^#\s/m);
  });
});

describe('signalen-check', () => {
  const groepen = checks.map((b) => ({ pad: b.pad, data: JSON.parse(b.tekst) as { signalen: { niveau: string }[] } }));

  it('heeft 4 tot 6 groepen van elk 3 tot 6 signalen', () => {
    expect(groepen.length).toBeGreaterThanOrEqual(4);
    expect(groepen.length).toBeLessThanOrEqual(6);
    for (const g of groepen) {
      expect(g.data.signalen.length, g.pad).toBeGreaterThanOrEqual(3);
      expect(g.data.signalen.length, g.pad).toBeLessThanOrEqual(6);
    }
  });

  it('elk adviesniveau komt voor, anders licht een advies nooit op', () => {
    const niveaus = new Set(groepen.flatMap((g) => g.data.signalen.map((s) => s.niveau)));
    expect([...niveaus].sort()).toEqual(['acuut', 'melden', 'praten']);
  });
});
