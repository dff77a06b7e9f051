/**
 * Markdown (hast) plugin: under a heading about signs or examples ("Waar kunt u op letten?", "Signalen …",
 * "Hoe begint het?", "Voorbeelden …"), each `###` part becomes a native <details> styled as an NL Design
 * System accordion. Long pages then fit a phone (the reader opens what matters to them), it works without
 * JavaScript, and print shows every part (src/styles/pagina.css). Content stays plain Markdown.
 * Background sections ("Wat gebeurt er na uw melding?", "Hulp voor slachtoffers", "Wat betekent dit woord?") fold as a whole.
 * "Wat kunt u doen?" and other parts stay open: what to do must never be hidden.
 * A translation (content/<collectie>/<taal>/<slug>.mdx) keeps the Dutch heading structure, so its sections
 * fold as the Dutch file's sections at the same place do, whatever the words.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isTaal } from '../i18n/talen.ts';
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

/** How a ## section folds: its ### parts each (`delen`), the section as a whole (`heel`), or not at all. */
export type Vouwing = 'delen' | 'heel' | null;

/** The Dutch rule: by the heading's words. */
export function vouwingVanTekst(kop: string): Vouwing {
  if (UITKLAP_DELEN.test(kop)) return 'heel';
  return UITKLAP_KOPPEN.test(kop) ? 'delen' : null;
}

/** Folds the ### parts of the matching ## sections of one list of sibling nodes; `vouwing` decides per ## (text, index). */
export function vouw(kinderen: Knoop[], vouwing: (kop: string, index: number) => Vouwing = vouwingVanTekst): Knoop[] {
  let h2 = -1;
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
      const v = isKop(k, 2) ? vouwing(kop, ++h2) : vouwingVanTekst(kop);
      actief = v === 'delen';
      if (isKop(k, 2) && v === 'heel') deel = { kop: k, inhoud: [] };
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
  before(root: Readonly<Knoop>, ctx: { replaceNode(node: unknown, nieuw: unknown): void; fileURL?: URL | undefined }) {
    const kinderen = root.children ?? [];
    const nieuw = vouw(kinderen, vouwingVoor(ctx.fileURL));
    if (nieuw.length !== kinderen.length || nieuw.some((k, i) => k !== kinderen[i])) ctx.replaceNode(root, { ...root, children: nieuw });
  },
};

/** A translation's file → the Dutch file beside it (content/vormen/pl/x.mdx → content/vormen/x.mdx), else undefined. */
export function nederlandseBron(pad: string): string | undefined {
  const m = /^(.*\/content\/[a-z-]+\/)([a-z]{2})\/([^/]+\.mdx?)$/.exec(pad.replace(/\\/g, '/'));
  return m && isTaal(m[2]) && m[2] !== 'nl' ? `${m[1]}${m[3]}` : undefined;
}

/** The ## headings of a Markdown source, in order (outside fenced code). */
export function h2Koppen(bron: string): string[] {
  let inCode = false;
  const uit: string[] = [];
  for (const regel of bron.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(regel)) inCode = !inCode;
    else if (!inCode && /^## /.test(regel)) uit.push(regel.slice(3).trim());
  }
  return uit;
}

/** For a translation: fold as the Dutch section at the same place; for a Dutch file (or none): by the words. */
function vouwingVoor(bestand: URL | undefined): (kop: string, index: number) => Vouwing {
  const nl = bestand?.protocol === 'file:' ? nederlandseBron(fileURLToPath(bestand)) : undefined;
  if (!nl) return vouwingVanTekst;
  const koppen = h2Koppen(readFileSync(nl, 'utf8'));
  return (_kop, i) => (koppen[i] === undefined ? null : vouwingVanTekst(koppen[i]!));
}
