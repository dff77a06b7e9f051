import { describe, expect, it } from 'vitest';
import { bekendeRegios, laadRegio } from '../../../src/regio/laad.ts';
import { huisstijlFouten, regioCss } from '../../../src/regio/huisstijl.ts';

const VIJF = ['de-bilt', 'fryslan', 'regio-rotterdam', 'westfriesland', 'zblw'];

describe('de regioprofielen in content/regios', () => {
  it('bevatten de vijf ingebouwde regio’s', () => {
    expect(bekendeRegios()).toEqual(expect.arrayContaining(VIJF));
  });

  describe.each(bekendeRegios())('%s', (id) => {
    const regio = laadRegio(id);

    it('voldoet aan het schema en heeft genoeg kleurcontrast', () => {
      expect(regio.id).toBe(id);
      expect(huisstijlFouten(regio)).toEqual([]);
      expect(regioCss(regio)).toContain('--mw-primair:');
    });

    it('gebruikt alleen duidelijk gemarkeerde voorbeeldadressen zolang er geen echte zijn', () => {
      // Placeholders must be recognisable (.example, RFC 2606) so a production build can refuse them.
      if (regio.url.includes('.example')) expect(regio.url).toBe(`https://meldwijzer.${id}.example`);
      if (regio.aandachtsfunctionaris.mailbox.endsWith('.example')) {
        expect(regio.aandachtsfunctionaris.mailbox).toBe(`aandachtsfunctionaris@${id}.example`);
      }
      if (regio.securityTxt.contact.includes('.example')) expect(regio.securityTxt.contact).toBe(`mailto:security@${id}.example`);
    });

    it('heeft een meldroute met 112 als eerste stap', () => {
      expect(regio.meldroute[0]?.titel).toContain('112');
    });

    it('noemt elke partner maar één keer', () => {
      const namen = regio.partners.map((p) => p.naam);
      expect(new Set(namen).size).toBe(namen.length);
    });

    it('heeft een huisstijl die van de andere regio’s te onderscheiden is', () => {
      const anderen = bekendeRegios()
        .filter((ander) => ander !== id)
        .map((ander) => laadRegio(ander).huisstijl.primair.toLowerCase());
      expect(anderen).not.toContain(regio.huisstijl.primair.toLowerCase());
    });
  });
});
