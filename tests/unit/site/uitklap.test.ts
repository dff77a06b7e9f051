import { describe, expect, it } from 'vitest';
import { vouw } from '../../../src/markdown/uitklap.ts';

type K = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: K[] };
const el = (tagName: string, tekst: string): K => ({ type: 'element', tagName, properties: {}, children: [{ type: 'text', value: tekst }] });
/** A compact picture of the tree: tag names, with the text of headings and paragraphs. */
function schets(k: K): string {
  if (k.type === 'text') return '';
  const t = k.children?.filter((c) => c.type === 'text').map((c) => c.value).join('') ?? '';
  const binnen = (k.children ?? []).filter((c) => c.type !== 'text').map(schets).join(' ');
  return `${k.tagName}${t ? `"${t}"` : ''}${binnen ? `(${binnen})` : ''}`;
}

describe('vouw (signs per form as <details>)', () => {
  it('folds the ### parts under a signs heading and leaves "Wat kunt u doen?" open', () => {
    const uit = vouw([
      el('p', 'inleiding'),
      el('h2', 'Waar kunt u op letten?'),
      el('p', 'uitleg'),
      el('h3', 'Seksuele uitbuiting'),
      el('ul', 'lijst'),
      el('h3', 'Arbeidsuitbuiting'),
      el('p', 'meer'),
      el('h2', 'Wat kunt u doen?'),
      el('h3', 'Is iemand nu in gevaar?'),
      el('p', 'Bel 112'),
    ]);
    expect(uit.map(schets)).toEqual([
      'p"inleiding"',
      'h2"Waar kunt u op letten?"',
      'p"uitleg"',
      'div(details(summary(h3"Seksuele uitbuiting") div(ul"lijst")) details(summary(h3"Arbeidsuitbuiting") div(p"meer")))',
      'h2"Wat kunt u doen?"',
      'h3"Is iemand nu in gevaar?"',
      'p"Bel 112"',
    ]);
  });

  it('folds a background section as a whole, with its heading as the summary', () => {
    const uit = vouw([el('h2', 'Wat gebeurt er na uw melding?'), el('ol', 'stappen'), el('h2', 'Bronnen'), el('ul', 'x')]);
    expect(uit.map(schets)).toEqual(['div(details(summary(h2"Wat gebeurt er na uw melding?") div(ol"stappen")))', 'h2"Bronnen"', 'ul"x"']);
  });

  it('changes nothing on a page without such headings', () => {
    const invoer = [el('h2', 'Privacy'), el('h3', 'Wat wij bewaren'), el('p', 'niets')];
    expect(vouw(invoer)).toEqual(invoer);
  });
});
