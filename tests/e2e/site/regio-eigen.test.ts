/**
 * Issue 9: each region's built site speaks for that region only and never ends in a dead end.
 * - No page shows "seed", a seed file name, or another region's name, gemeenten, policy title or issuer.
 * - /contact/ and /professionals/ show this region's own meldroute and the gemeente's own contact.
 * - Every partner card and every meldroute step contact ends in a tel:, https: or mailto: link.
 * - Jongeren get a chat link with hours; inwoners, ondernemers and jongeren get the safety advice.
 * - Inwoners and jongeren pages carry no unexplained professional jargon.
 * Reads the built HTML files directly: no browser needed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlBestanden, PROJECT, padVan, regioIds } from '../harness.ts';
import { alleBouwen, tekstVan } from './gedeeld.ts';

interface Profiel {
  id: string;
  naam: string;
  korteNaam: string;
  gemeenten: string[];
  bron: { titel: string; uitgever?: string };
  gemeenteContact: { naam: string };
  meldroute: { titel: string; tekst: string }[];
}

const profiel = (id: string): Profiel => JSON.parse(readFileSync(join(PROJECT, 'content/regios', `${id}.json`), 'utf8')) as Profiel;


/**
 * What identifies a region on a page: its names (the proper-noun parts of korteNaam, e.g. "Zeist", "Bunnik"),
 * its gemeenten when they are names ("alle Friese gemeenten" is a description), and its policy title and issuer.
 */
function kenmerken(p: Profiel): string[] {
  const namen = p.korteNaam
    .replace(/^regio\s+/i, '')
    .split(/,\s*|\s+en\s+/)
    .map((n) => n.trim());
  const gemeenten = p.gemeenten.filter((g) => /^\p{Lu}/u.test(g));
  return [...new Set([p.naam, ...namen, ...gemeenten, p.bron.titel, ...(p.bron.uitgever ? [p.bron.uitgever] : [])])].filter((k) => k.length > 2);
}

const SEEDNAAM = /\d{3}_[0-9a-f]{16}\.txt/;
const JARGON = ['ketenregisseur', 'procesregisseur', 'ondermijning', 'bonafide', 'casuïstiek', 'non-punishment', 'integrale'];

test('kenmerken pick the names a reader would recognise', () => {
  expect(kenmerken({ ...profiel('zblw') })).toEqual(expect.arrayContaining(['Zeist', 'Bunnik', 'Leusden', 'Woudenberg']));
  expect(kenmerken(profiel('regio-rotterdam'))).toContain('Rotterdam');
  expect(kenmerken(profiel('fryslan'))).not.toContain('alle Friese gemeenten');
});

const bouwen = await alleBouwen();

for (const bouw of bouwen) {
  describe(bouw.id, () => {
    if (bouw.fout) {
      test('bouw', () => {
        throw bouw.fout;
      });
      return;
    }
    const dist = bouw.dist;
    const eigen = profiel(bouw.id);
    const eigenKenmerken = new Set(kenmerken(eigen));
    // A name another region shares with this one (none today) would not be "another region's".
    const vreemd = regioIds()
      .filter((id) => id !== bouw.id)
      .flatMap((id) => kenmerken(profiel(id)).map((k) => ({ id, k })))
      .filter(({ k }) => ![...eigenKenmerken].some((e) => e.toLowerCase().includes(k.toLowerCase())));
    const paginas = htmlBestanden(dist).map((f) => ({ pad: padVan(dist, f), html: readFileSync(f, 'utf8') }));
    const pagina = (pad: string) => {
      const p = paginas.find((x) => x.pad === pad);
      if (!p) throw new Error(`${pad} ontbreekt in de build van ${bouw.id}`);
      return p;
    };

    test('builds HTML pages to check', () => {
      expect(paginas.length).toBeGreaterThan(10);
    });

    test('no page shows "seed" or a seed file name', () => {
      const fout = paginas.filter((p) => /\bseeds?\b/i.test(p.html) || SEEDNAAM.test(p.html)).map((p) => p.pad);
      expect(fout).toEqual([]);
    });

    test("no page names another region, its gemeenten or its policy document", () => {
      const fout: string[] = [];
      for (const p of paginas) {
        const tekst = tekstVan(p.html).toLowerCase();
        for (const { id, k } of vreemd) if (tekst.includes(k.toLowerCase())) fout.push(`${p.pad}: "${k}" (${id})`);
      }
      expect(fout).toEqual([]);
    });

    test.each(['/contact/', '/professionals/'])("%s shows this region's own meldroute and the gemeente's contact", (pad) => {
      const tekst = tekstVan(pagina(pad).html);
      for (const stap of eigen.meldroute) {
        expect(tekst, stap.titel).toContain(stap.titel);
        expect(tekst, stap.tekst).toContain(stap.tekst);
      }
      expect(tekst).toContain(eigen.gemeenteContact.naam);
      expect(tekst).toContain('Wilt u liever met iemand praten?');
    });

    test('every partner card and every meldroute contact ends in a tel:, https: or mailto: link', () => {
      const fout: string[] = [];
      for (const p of paginas) {
        const kaarten = [...p.html.matchAll(/<section class="partners"[\s\S]*?<\/section>/g)].flatMap((m) => m[0].split('<li class="kaart">').slice(1));
        const stappen = [...p.html.matchAll(/<ul class="stap-contact">([\s\S]*?)<\/ul>\s*<\/li>/g)].flatMap((m) => m[1]!.split(/<li><strong>/).slice(1));
        for (const stuk of [...kaarten, ...stappen]) {
          if (!/href="(tel:\+?\d{3,}|https:\/\/[^"]+|mailto:[^"@]+@[^"]+)"/.test(stuk)) fout.push(`${p.pad}: ${tekstVan(stuk).slice(0, 60)}`);
        }
      }
      expect(fout).toEqual([]);
    });

    test('the partner lists are really found (the check above cannot pass on nothing)', () => {
      expect(pagina('/contact/').html).toContain('<li class="kaart">');
      expect(pagina('/contact/').html).toContain('class="stap-contact"');
    });

    test('/jongeren/ links a chat and gives its hours, and says Veilig Thuis is for everyone', () => {
      const { html } = pagina('/jongeren/');
      expect(html).toMatch(/href="https:\/\/chatmetfier\.nl\/"/);
      expect(tekstVan(html)).toMatch(/Wanneer: dag en nacht/);
      expect(html).toContain('href="tel:08000432"');
      expect(tekstVan(html)).not.toMatch(/18 of ouder\? Bel dan Veilig Thuis/);
      expect(tekstVan(html)).toMatch(/Veilig Thuis is er voor iedereen, ook voor kinderen en jongeren/);
    });

    test.each(['/inwoners/', '/ondernemers/', '/jongeren/', '/melden/'])('%s carries the safety advice', (pad) => {
      const tekst = tekstVan(pagina(pad).html);
      expect(tekst).toMatch(/niet zelf op onderzoek uit/);
      expect(tekst).toMatch(/kenteken/);
      expect(pagina(pad).html).toContain('href="tel:112"');
    });

    test.each(['/inwoners/', '/jongeren/'])('%s has no unexplained jargon', (pad) => {
      const tekst = tekstVan(pagina(pad).html).toLowerCase();
      expect(JARGON.filter((w) => tekst.includes(w))).toEqual([]);
    });
  });
}
