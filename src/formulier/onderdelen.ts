/**
 * The melding form's parts, written once: the island (src/islands/MeldFormulier.tsx) composes them in
 * the browser, and the function's no-JavaScript pages (functions/melding/pagina.ts) render the same parts
 * to HTML with preact-render-to-string. So ids, labels, hints and limits cannot drift apart.
 *
 * Plain `.ts` with `h()` instead of JSX because Node runs the function and the self-hosted server
 * straight from source (type stripping, no JSX, no build step); Vite bundles this file for the island as
 * it is. No hooks or browser APIs here: what is interactive comes in as optional props (`wijzig`, refs),
 * which the no-JS pages leave out.
 */
import { Fragment, h, type ComponentChildren, type Ref, type VNode } from 'preact';

/** What a part returns; `h()` types each element by its own props, which a plain VNode does not accept. */
type Deel = VNode<any>;
import { MELDING_VORMEN, type TekstVeld } from '../lib/begrippen.ts';
import { MAX } from '../melding/limieten.ts';
import { NL_FORMULIER, type FormulierTekst } from '../i18n/formulier.ts';
import { getal, grootteTekst, limietTekst, tellerTekst, toonTeller } from '../islands/formulier/teller.ts';
import { FOTO_ACCEPT, FOTO_AANTAL, fotoNaam } from '../melding/fotos.ts';
import { vul } from '../i18n/vul.ts';
import type { GekozenFoto } from '../islands/formulier/toestand.ts';
import { veldId, type Veld, type VeldFout, type Waarden } from '../islands/formulier/waarden.ts';

type Wijzig = (veld: Veld, waarde: string) => void;

/** The choices for vorm as [value, label], "weet ik niet" last (the order of MELDING_VORMEN). */
export function vormKeuzes(F: FormulierTekst = NL_FORMULIER) {
  return MELDING_VORMEN.map((v) => [v, F.vorm[v]] as const);
}

/** The hidden "Fout:" before an inline error, so a screen reader says what it is. */
function foutRegel(id: string, bericht: string, klasse: string, F: FormulierTekst): Deel {
  return h('div', { class: klasse, id }, h('span', { class: 'visueel-verborgen' }, `${F.foutVoorvoegsel} `), bericht);
}

interface TekstveldProps {
  veld: TekstVeld;
  waarde: string;
  fout?: VeldFout | undefined;
  meerregelig: boolean;
  rijen?: number;
  /** JavaScript runs: the running count is shown and the static limit is only for screen readers. */
  actief?: boolean;
  wijzig?: Wijzig | undefined;
  /** The form's texts in the page's language (default Dutch). */
  tekst?: FormulierTekst | undefined;
}

/** A labelled text field with hint, inline error, limit and (with JavaScript) a running count. */
export function Tekstveld({ veld, waarde, fout, meerregelig, rijen = 5, actief = false, wijzig, tekst: F = NL_FORMULIER }: TekstveldProps): Deel {
  const v = F.velden[veld];
  const id = veldId(veld);
  const m = MAX[veld];
  const zichtbaar = actief && (meerregelig || toonTeller(waarde, m));
  const beschreven = [`${id}-hint`, `${id}-limiet`, fout ? `${id}-fout` : ''].filter(Boolean).join(' ');
  const gemeenschappelijk = {
    id,
    name: veld,
    value: waarde,
    'aria-describedby': beschreven,
    'aria-invalid': fout ? ('true' as const) : undefined,
    // Typed text must not come back through the browser's form history (Back, a shared device).
    autocomplete: 'off',
    // Chromium's "enhanced spell check" sends typed text to Google: not for an anonymous melding.
    spellcheck: false,
    onInput: wijzig ? (e: Event) => wijzig(veld, (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value) : undefined,
  };
  const invoer = meerregelig
    ? h('textarea', {
        ...gemeenschappelijk,
        class: `utrecht-textarea utrecht-textarea--html-textarea${fout ? ' utrecht-textarea--invalid' : ''}`,
        rows: rijen,
        required: veld === 'wat',
      })
    : h('input', {
        ...gemeenschappelijk,
        type: 'text',
        class: `utrecht-textbox utrecht-textbox--html-input${fout ? ' utrecht-textbox--invalid' : ''}`,
      });
  return h(
    'div',
    { class: `utrecht-form-field utrecht-form-field--text${fout ? ' utrecht-form-field--invalid' : ''}` },
    h('div', { class: 'utrecht-form-field__label' }, h('label', { class: 'utrecht-form-label', for: id }, v.label)),
    h('div', { class: 'utrecht-form-field__description utrecht-form-field-description', id: `${id}-hint` }, v.hint),
    fout ? foutRegel(`${id}-fout`, fout.bericht, 'utrecht-form-field__error-message utrecht-form-field-error-message', F) : null,
    h('div', { class: 'utrecht-form-field__input' }, invoer),
    // Without JavaScript (and for screen readers) the limit; with it, the visible running count.
    h('div', { id: `${id}-limiet`, class: actief ? 'visueel-verborgen' : 'teller' }, limietTekst(m, F)),
    zichtbaar ? h('div', { class: `teller${waarde.trim().length > m ? ' teller--over' : ''}`, 'aria-hidden': 'true' }, tellerTekst(waarde, m, F)) : null,
  );
}

/** One radio button with its label (NL Design System classes). */
export function Keuze(p: { id: string; naam: string; waarde: string; label: string; gekozen: boolean; kies?: (() => void) | undefined }): Deel {
  return h(
    'div',
    { class: 'keuze' },
    h('input', {
      type: 'radio',
      class: 'utrecht-radio-button utrecht-radio-button--html-input',
      id: p.id,
      name: p.naam,
      value: p.waarde,
      checked: p.gekozen,
      onChange: p.kies,
    }),
    h('label', { class: 'utrecht-form-label utrecht-form-label--radio', for: p.id }, p.label),
  );
}

/** A radio group in a fieldset with legend, hint and inline error. */
function Keuzegroep(p: { veld: 'vorm' | 'contactGewenst'; legend: string; hint: string; hintKlasse?: string; fout?: VeldFout | undefined; tekst: FormulierTekst; children?: ComponentChildren }): Deel {
  const hintId = `veld-${p.veld}-hint`;
  const foutId = `veld-${p.veld}-fout`;
  return h(
    'div',
    { class: `utrecht-form-field utrecht-form-field--radio-group${p.fout ? ' utrecht-form-field--invalid' : ''}` },
    h(
      'fieldset',
      { class: 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset', 'aria-describedby': p.fout ? `${hintId} ${foutId}` : hintId },
      h('legend', { class: 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend' }, p.legend),
      h('div', { class: `utrecht-form-field-description${p.hintKlasse ? ` ${p.hintKlasse}` : ''}`, id: hintId }, p.hint),
      p.fout ? foutRegel(foutId, p.fout.bericht, 'utrecht-form-field-error-message', p.tekst) : null,
      p.children,
    ),
  );
}

/** What the photo field needs when JavaScript runs; without it the field only says that photos need JavaScript. */
export interface FotoVeldProps {
  fotos: readonly GekozenFoto[];
  fouten: readonly string[];
  bezig: boolean;
  /** Bytes of photos this host takes per melding (src/melding/fotos.ts). */
  maxBytes: number;
  kies: (bestanden: File[]) => void;
  verwijder: (id: number, positie: number) => void;
  invoerRef?: Ref<HTMLInputElement> | undefined;
}

/**
 * The photo field (GOV.UK file upload, one row per photo with a preview and a remove button). The input
 * has no name and is emptied after every choice: the original files never go with the form, only the
 * cleaned copies the island encrypts.
 */
export function FotoVeld({ p, tekst: F }: { p?: FotoVeldProps | undefined; tekst: FormulierTekst }): Deel {
  const T = F.fotos;
  const id = 'veld-fotos';
  const fout = p && p.fouten.length > 0;
  const kop = h('div', { class: 'utrecht-form-field__label' }, p ? h('label', { class: 'utrecht-form-label', for: id }, T.label) : h('span', { class: 'utrecht-form-label' }, T.label));
  if (!p) {
    return h(
      'div',
      { class: 'utrecht-form-field utrecht-form-field--fotos' },
      kop,
      h('div', { class: 'utrecht-form-field__description utrecht-form-field-description', id: `${id}-hint` }, T.zonderJs),
    );
  }
  const beschreven = [`${id}-hint`, `${id}-limiet`, fout ? `${id}-fout` : ''].filter(Boolean).join(' ');
  return h(
    'div',
    { class: `utrecht-form-field utrecht-form-field--fotos${fout ? ' utrecht-form-field--invalid' : ''}` },
    kop,
    h('div', { class: 'utrecht-form-field__description utrecht-form-field-description', id: `${id}-hint` }, T.hint),
    h('div', { class: 'utrecht-form-field__description utrecht-form-field-description', id: `${id}-limiet` }, vul(T.limiet, { max: getal(FOTO_AANTAL, F), grootte: grootteTekst(p.maxBytes, F) })),
    fout
      ? h(
          'div',
          { class: 'utrecht-form-field__error-message utrecht-form-field-error-message', id: `${id}-fout` },
          p.fouten.map((zin, i) => h('p', { key: i }, h('span', { class: 'visueel-verborgen' }, `${F.foutVoorvoegsel} `), zin)),
        )
      : null,
    h(
      'div',
      { class: 'utrecht-form-field__input' },
      h('input', {
        id,
        type: 'file',
        class: 'fotokeuze',
        accept: FOTO_ACCEPT,
        multiple: true,
        ref: p.invoerRef,
        'aria-describedby': beschreven,
        'aria-invalid': fout ? ('true' as const) : undefined,
        onChange: (e: Event) => {
          const invoer = e.currentTarget as HTMLInputElement;
          const bestanden = Array.from(invoer.files ?? []);
          invoer.value = '';
          if (bestanden.length) p.kies(bestanden);
        },
      }),
    ),
    p.bezig ? h('p', { class: 'fotos__bezig' }, T.bezig) : null,
    p.fotos.length
      ? h(
          Fragment,
          null,
          h('p', { class: 'fotos__schoon' }, T.schoon),
          h(
            'ul',
            { class: 'fotos' },
            p.fotos.map((f, i) =>
              h(
                'li',
                { key: f.id, class: 'fotos__foto' },
                h('img', { src: f.voorbeeld, alt: vul(T.alt, { n: getal(i + 1, F) }), class: 'fotos__voorbeeld' }),
                h(
                  'div',
                  { class: 'fotos__over' },
                  h('p', null, h('strong', null, vul(T.titel, { n: getal(i + 1, F) })), ` (${fotoNaam(i, f.type)})`),
                  h('p', null, vul(T.over, { breedte: getal(f.breedte, F), hoogte: getal(f.hoogte, F), grootte: grootteTekst(f.data.length, F) })),
                  h(
                    'button',
                    { type: 'button', class: 'utrecht-button utrecht-button--secondary-action', onClick: () => p.verwijder(f.id, i) },
                    vul(T.verwijder, { n: getal(i + 1, F) }),
                  ),
                ),
              ),
            ),
          ),
        )
      : null,
  );
}

export interface VeldenProps {
  waarden: Waarden;
  fouten: readonly VeldFout[];
  actief?: boolean;
  wijzig?: Wijzig | undefined;
  tekst?: FormulierTekst | undefined;
  /** The photo field with JavaScript; left out, the field says photos need JavaScript. */
  fotos?: FotoVeldProps | undefined;
}

/** All fields of the form, in the order of MELDING_VELDEN, with the photos after the text fields. */
export function Velden({ waarden, fouten, actief = false, wijzig, tekst: F = NL_FORMULIER, fotos }: VeldenProps): Deel {
  const fout = (veld: Veld) => fouten.find((f) => f.veld === veld);
  const tekst = (veld: TekstVeld, meerregelig: boolean, rijen?: number) =>
    h(Tekstveld, { veld, waarde: waarden[veld], fout: fout(veld), meerregelig, rijen, actief, wijzig, tekst: F });
  const kies = (veld: Veld, waarde: string) => (wijzig ? () => wijzig(veld, waarde) : undefined);
  return h(
    Fragment,
    null,
    tekst('wat', true, 8),
    tekst('waar', false),
    tekst('wanneer', false),
    tekst('wie', true, 4),
    h(FotoVeld, { p: actief ? fotos : undefined, tekst: F }),
    h(
      Keuzegroep,
      { veld: 'vorm', legend: F.velden.vorm.legend, hint: F.velden.vorm.hint, fout: fout('vorm'), tekst: F },
      vormKeuzes(F).map(([waarde, label], i) =>
        h(Keuze, { key: waarde, id: `veld-vorm-${i}`, naam: 'vorm', waarde, label, gekozen: waarden.vorm === waarde, kies: kies('vorm', waarde) }),
      ),
    ),
    h(
      Keuzegroep,
      { veld: 'contactGewenst', legend: F.velden.contactGewenst.legend, hint: F.velden.contact.waarschuwing, hintKlasse: 'waarschuwing-tekst', fout: fout('contactGewenst'), tekst: F },
      (['nee', 'ja'] as const).map((k) =>
        h(Keuze, { key: k, id: `veld-contactGewenst-${k}`, naam: 'contactGewenst', waarde: k, label: F.velden.contactGewenst[k], gekozen: waarden.contactGewenst === k, kies: kies('contactGewenst', k) }),
      ),
      // Shown by CSS (:has) when "Ja" is checked, so it also works without JavaScript.
      h('div', { class: 'voorwaardelijk' }, tekst('contact', true, 3)),
    ),
  );
}

/** GOV.UK error summary: a heading and one link per field, in field order. Takes focus in the island. */
export function FoutSamenvatting(p: {
  fouten: readonly VeldFout[];
  samenvattingRef?: Ref<HTMLElement> | undefined;
  /** With JavaScript: focus the field and keep its label in view instead of only jumping. */
  volg?: ((veld: Veld, e: MouseEvent) => void) | undefined;
  tekst?: FormulierTekst | undefined;
}): Deel | null {
  const F = p.tekst ?? NL_FORMULIER;
  if (!p.fouten.length) return null;
  // A section (not a div) so aria-labelledby names it: the HTML standard allows no name on a plain div.
  return h(
    'section',
    { class: 'foutsamenvatting', tabIndex: -1, ref: p.samenvattingRef, 'aria-labelledby': 'foutsamenvatting-titel' },
    h('h2', { id: 'foutsamenvatting-titel' }, F.foutTitel),
    h(
      'ul',
      null,
      p.fouten.map((f) =>
        h('li', { key: f.veld }, h('a', { href: `#${veldId(f.veld)}`, onClick: p.volg ? (e: MouseEvent) => p.volg!(f.veld, e) : undefined }, f.bericht)),
      ),
    ),
  );
}

/** The form element: a real POST to the function, so it works without JavaScript too. */
export function MeldVorm(p: {
  children?: ComponentChildren;
  formRef?: Ref<HTMLFormElement> | undefined;
  onSubmit?: ((e: Event) => void) | undefined;
  onFocusIn?: (() => void) | undefined;
  onInput?: (() => void) | undefined;
  bezig?: boolean;
  /** The page's language, posted with the no-JavaScript form so the answer and the mail name it. */
  taal?: string | undefined;
}): Deel {
  return h(
    'form',
    {
      method: 'post',
      action: '/api/melding',
      'accept-charset': 'utf-8',
      // No form history: after sending, Back or another user of the device must not get the text offered.
      autocomplete: 'off',
      class: 'meldformulier',
      ref: p.formRef,
      onSubmit: p.onSubmit,
      onFocusIn: p.onFocusIn,
      onInput: p.onInput,
      'aria-busy': p.bezig ? 'true' : undefined,
    },
    p.taal && p.taal !== 'nl' ? h('input', { type: 'hidden', name: 'taal', value: p.taal }) : null,
    p.children,
  );
}

/** The submit button; busy (and disabled) while the island encrypts and sends. */
export function VerstuurKnop({ bezig = false, tekst: F = NL_FORMULIER }: { bezig?: boolean; tekst?: FormulierTekst | undefined }): Deel {
  return h(
    'button',
    { type: 'submit', class: `utrecht-button utrecht-button--primary-action utrecht-button--submit${bezig ? ' utrecht-button--busy' : ''}`, disabled: bezig },
    F.verstuur,
  );
}

/**
 * The receipt: the code to write down and what happens next. `kop` is the heading level of its title:
 * h2 inside /melden/ (the page has its h1), h1 as the no-JS page of its own.
 */
export function Ontvangst(p: {
  code: string;
  kop: 'h1' | 'h2';
  bonRef?: Ref<HTMLElement> | undefined;
  tekst?: FormulierTekst | undefined;
  children?: ComponentChildren;
}): Deel {
  const o = (p.tekst ?? NL_FORMULIER).ontvangen;
  return h(
    'div',
    { class: 'meldformulier' },
    h(
      'section',
      { class: 'utrecht-alert utrecht-alert--ok bon', tabIndex: -1, ref: p.bonRef, 'aria-labelledby': 'bon-titel' },
      h(
        'div',
        { class: 'utrecht-alert__content' },
        h(
          'div',
          { class: 'utrecht-alert__message' },
          h(p.kop, { id: 'bon-titel' }, o.titel),
          h('p', null, `${o.code} `, h('strong', { class: 'bon__code' }, p.code)),
          h('p', null, o.bewaar),
        ),
      ),
    ),
    h('h2', null, o.volgendeTitel),
    o.volgende.map((zin) => h('p', { key: zin }, zin)),
    p.children,
  );
}
