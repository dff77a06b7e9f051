/**
 * Markdown (hast) plugin: under a heading about signs or examples ("Waar kunt u op letten?", "Signalen …",
 * "Hoe begint het?", "Voorbeelden …"), each `###` part becomes a native <details> styled as an NL Design
 * System accordion. Long pages then fit a phone (the reader opens what matters to them), it works without
 * JavaScript, and print shows every part (src/styles/pagina.css). Content stays plain Markdown.
 * Background sections ("Wat gebeurt er na uw melding?", "Hulp voor slachtoffers", "Wat betekent dit woord?") fold as a whole.
 * "Wat kunt u doen?" and other parts stay open: what to do must never be hidden.
 */
interface Knoop {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Knoop[];
}

/** h2 texts whose ### parts fold; everything else stays as written. */
export const UITKLAP_KOPPEN = /^(waar kunt u op letten|signalen|hoe begint het|voorbeelden)/i;
/** h2 sections that fold as a whole: background a reader opens when they need it (what happens next, help). */
export const UITKLAP_DELEN = /^(wat gebeurt er|hulp voor slachtoffers|hulp als|wat betekent dit woord)/i;

function tekst(k: Knoop): string {
  return k.type === 'text' ? (k.value ?? '') : (k.children ?? []).map(tekst).join('');
}

const isKop = (k: Knoop, n: number) => k.type === 'element' && k.tagName === `h${n}`;

function uitklap(kop: Knoop, inhoud: Knoop[]): Knoop {
  return {
    type: 'element',
    tagName: 'details',
    properties: { className: ['utrecht-accordion__section', 'uitklap'] },
    children: [
      {
        type: 'element',
        tagName: 'summary',
        properties: { className: ['utrecht-accordion__button', 'uitklap__knop'] },
        // The heading stays a heading inside <summary> (allowed by HTML), so headings navigation still finds it.
        children: [{ ...kop, properties: { ...kop.properties, className: ['utrecht-accordion__header', 'uitklap__kop', `uitklap__kop--${kop.tagName}`] } }],
      },
      { type: 'element', tagName: 'div', properties: { className: ['utrecht-accordion__panel', 'uitklap__paneel'] }, children: inhoud },
    ],
  };
}

/** Folds the ### parts of the matching ## sections of one list of sibling nodes. */
export function vouw(kinderen: Knoop[]): Knoop[] {
  const uit: Knoop[] = [];
  let actief = false;
  let groep: Knoop[] | undefined; // the accordion being filled
  let huidig: { kop: Knoop; inhoud: Knoop[] } | undefined;
  const sluitDeel = () => {
    if (huidig && groep) groep.push(uitklap(huidig.kop, huidig.inhoud));
    huidig = undefined;
  };
  const sluitGroep = () => {
    sluitDeel();
    groep = undefined;
  };
  let deel: { kop: Knoop; inhoud: Knoop[] } | undefined; // a whole ## section being folded
  const sluitHeelDeel = () => {
    if (deel) uit.push({ type: 'element', tagName: 'div', properties: { className: ['utrecht-accordion', 'uitklappen'] }, children: [uitklap(deel.kop, deel.inhoud)] });
    deel = undefined;
  };
  for (const k of kinderen) {
    if (isKop(k, 2) || isKop(k, 1)) {
      sluitGroep();
      sluitHeelDeel();
      const kop = tekst(k).trim();
      actief = UITKLAP_KOPPEN.test(kop);
      if (isKop(k, 2) && UITKLAP_DELEN.test(kop)) deel = { kop: k, inhoud: [] };
      else uit.push(k);
    } else if (deel) {
      deel.inhoud.push(k);
    } else if (actief && isKop(k, 3)) {
      sluitDeel();
      if (!groep) {
        groep = [];
        uit.push({ type: 'element', tagName: 'div', properties: { className: ['utrecht-accordion', 'uitklappen'] }, children: groep });
      }
      huidig = { kop: k, inhoud: [] };
    } else if (huidig) {
      huidig.inhoud.push(k);
    } else {
      uit.push(k);
    }
  }
  sluitGroep();
  sluitHeelDeel();
  return uit;
}

/**
 * The plugin for Astro's Sätteri Markdown processor (markdown.processor in astro.config.mjs; MDX inherits it).
 * Note: text after the last ### of a folding section belongs to that last part (Markdown has no end marker).
 */
export const uitklapPlugin = {
  name: 'uitklap',
  before(root: Readonly<Knoop>, ctx: { replaceNode(node: unknown, nieuw: unknown): void }) {
    const kinderen = root.children ?? [];
    const nieuw = vouw(kinderen);
    if (nieuw.length !== kinderen.length || nieuw.some((k, i) => k !== kinderen[i])) ctx.replaceNode(root, { ...root, children: nieuw });
  },
};
