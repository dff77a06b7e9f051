/**
 * The help lines on the jongeren page (src/lib/hulplijnen.ts): every number and address must be in
 * ../shared/RESEARCH.md, a seed or the confirmed list (src/lib/nummers.ts, whose `bron` names the site), each line has a chat, and Veilig Thuis is not presented as adults-only.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hulplijnen } from '../../../src/lib/hulplijnen.ts';
import { nummers } from '../../../src/lib/nummers.ts';
import { nl } from '../../../src/i18n/nl.ts';
import { leesResearch, leesSeed, SEEDS, seedsAanwezig } from './seeds.ts';

describe.skipIf(!seedsAanwezig)('hulplijnen voor jongeren', () => {
  const research = seedsAanwezig ? leesResearch() : '';
  const bevestigd = Object.values(nummers).map((n) => `${n.nummer} ${n.bron}`);
  const bronnen = seedsAanwezig ? [research, ...readdirSync(SEEDS).map(leesSeed), ...bevestigd].join('\n') : '';
  const cijfers = (s: string) => s.replace(/\D/g, '');
  const alleCijfers = bronnen.replace(/(\d)[ -](?=\d)/g, '$1');

  it.each(hulplijnen.map((h) => [h.naam, h] as const))('%s: nummer en chat komen uit RESEARCH.md, een seed of de bevestigde lijst', (_naam, h) => {
    if (h.telefoon) expect(alleCijfers.includes(cijfers(h.telefoon)), h.telefoon).toBe(true);
    expect(h.chat, 'elke hulplijn heeft een chat of site om op te tikken').toBeTruthy();
    const host = new URL(h.chat as string).host.replace(/^www\./, '');
    expect(new RegExp(`(^|[^a-z])${host.replace(/\./g, '\\.')}`).test(bronnen), host).toBe(true);
    expect(h.contactBron.length).toBeGreaterThan(3);
    expect(h.gecontroleerd).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('Chat met Fier, de Kindertelefoon, Helpwanted en Veilig Thuis staan erin', () => {
    expect(hulplijnen.map((h) => h.naam)).toEqual(['De Kindertelefoon', 'Chat met Fier', 'Helpwanted', 'Veilig Thuis']);
  });

  it('Veilig Thuis is er voor iedereen, ook voor kinderen', () => {
    expect(nl.hulplijnen.veiligThuis.voor).toMatch(/ook voor kinderen/);
  });
});
