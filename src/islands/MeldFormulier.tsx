/**
 * The anonymous melding form. Rendered on the server as a real <form method="post" action="/api/melding">
 * (so it works without JavaScript: the function then encrypts), hydrated as an island that validates,
 * encrypts in the browser and sends only ciphertext. GOV.UK patterns: error summary that takes focus,
 * inline errors tied with aria-describedby, soft character counts announced politely.
 */
import type { JSX } from 'preact';
import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { BEGIN, verwerk, type Toestand } from './formulier/toestand.ts';
import { t as woordenboek } from '../i18n/nl.ts';
import { limietTekst, tellerTekst, toonTeller } from './formulier/teller.ts';
import { ontbrekend } from './formulier/controle.ts';
import { laadOpenPgp, versleutel } from './formulier/versleutel.ts';
import { bewijs } from './formulier/pow.ts';
import { verstuur, type Hulp } from './formulier/verstuur.ts';
import { controleer, veldId, type Veld, type VeldFout, type Vorm, type Waarden } from './formulier/waarden.ts';

const TEKST = woordenboek.formulier;

/** One radio button with its label (NL Design System classes). */
function Keuze(p: { id: string; naam: string; waarde: string; label: string; gekozen: boolean; kies: () => void }) {
  return (
    <div class="keuze">
      <input type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" id={p.id} name={p.naam} value={p.waarde} checked={p.gekozen} onChange={p.kies} />
      <label class="utrecht-form-label utrecht-form-label--radio" for={p.id}>
        {p.label}
      </label>
    </div>
  );
}

export interface Props {
  /** The region's armored public key (v4), embedded at build time. */
  sleutel: string;
  /** Hard limits per field (from src/melding/velden.ts). */
  max: { wat: number; waar: number; wanneer: number; wie: number; contact: number };
  /** The forms of uitbuiting as [value, label], "weet ik niet" last. */
  vormen: ReadonlyArray<readonly [Vorm, string]>;
}

type TekstVeld = 'wat' | 'waar' | 'wanneer' | 'wie' | 'contact';

/** The shared schema and MIME builder pull in zod: loaded with OpenPGP.js on first use, not with the page. */
function laadGedeeld() {
  return Promise.all([import('../melding/velden.ts'), import('../melding/tekst.ts')]);
}

function leesFormulier(form: HTMLFormElement): Partial<Waarden> {
  const fd = new FormData(form);
  const uit: Record<string, string> = {};
  for (const naam of ['wat', 'waar', 'wanneer', 'wie', 'vorm', 'contactGewenst', 'contact']) {
    const w = fd.get(naam);
    if (typeof w === 'string') uit[naam] = w;
  }
  return uit as Partial<Waarden>;
}

export default function MeldFormulier({ sleutel, max, vormen }: Props) {
  const [t, stuur] = useReducer(verwerk, BEGIN);
  const [actief, zetActief] = useState(false);
  const [melding, zetMelding] = useState('');
  const laatste = useRef<Toestand>(t);
  laatste.current = t;
  const formRef = useRef<HTMLFormElement>(null);
  const samenvattingRef = useRef<HTMLDivElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const bonRef = useRef<HTMLDivElement>(null);
  const tellerTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const titel = useRef('');

  useEffect(() => {
    const form = formRef.current;
    // Text typed before hydration lives only in the DOM: take it over, or the first render would wipe it.
    if (form) {
      stuur({ type: 'herstel', waarden: leesFormulier(form) });
      form.noValidate = true; // from here on our own checks and error summary take over
    }
    titel.current = document.title;
    zetActief(true);
    return () => clearTimeout(tellerTimer.current);
  }, []);

  // Focus moves to whatever just appeared: the error summary, the failure alert or the receipt.
  useEffect(() => {
    if (t.fouten.length) samenvattingRef.current?.focus();
    if (titel.current) document.title = t.fouten.length ? `${TEKST.foutVoorvoegsel} ${titel.current}` : titel.current;
  }, [t.poging]);
  useEffect(() => {
    if (t.fase === 'mislukt') alertRef.current?.focus();
    if (t.fase === 'ontvangen') bonRef.current?.focus();
    if (t.fase === 'invullen' && !t.fouten.length && titel.current) document.title = titel.current;
  }, [t.fase, t.fout]);

  const voorgeladen = useRef(false);
  function voorladen(): void {
    if (voorgeladen.current) return;
    voorgeladen.current = true;
    laadOpenPgp().catch(() => {});
    laadGedeeld().catch(() => {});
  }

  function wijzig(veld: Veld, waarde: string): void {
    stuur({ type: 'wijzig', veld, waarde });
    const m = veld in max ? max[veld as TekstVeld] : 0;
    if (!m) return;
    // Announce the count once typing pauses, not on every key (GOV.UK character count).
    clearTimeout(tellerTimer.current);
    tellerTimer.current = setTimeout(() => zetMelding(tellerTekst(waarde, m)), 1000);
  }

  async function verzend(e?: Event): Promise<void> {
    e?.preventDefault();
    if (laatste.current.fase === 'bezig') return;
    const mist = ontbrekend(globalThis as Parameters<typeof ontbrekend>[0]);
    if (mist.length) {
      stuur({ type: 'browser', bericht: TEKST.mislukt.browser(mist) });
      return;
    }
    stuur({ type: 'start' });
    let gedeeld: Awaited<ReturnType<typeof laadGedeeld>>;
    try {
      gedeeld = await laadGedeeld();
    } catch {
      stuur({ type: 'browser', bericht: TEKST.mislukt.laden });
      return;
    }
    const [{ veldenSchema }, { meldingMime, nieuweCode }] = gedeeld;
    const r = controleer(laatste.current.waarden, veldenSchema);
    if (!r.velden) {
      stuur({ type: 'ongeldig', fouten: r.fouten });
      return;
    }
    const hulp: Hulp = {
      nieuweCode: () => nieuweCode(),
      maakMime: (v, code) => meldingMime(v, code),
      versleutel: (mime) => versleutel(mime, sleutel),
      bewijs: () => bewijs(),
      fetch: (url, init) => fetch(url, init),
      stap: (stap) => stuur({ type: 'stap', stap }),
    };
    const uitkomst = await verstuur(r.velden, hulp, laatste.current.bewaard);
    stuur({ type: 'uitkomst', uitkomst });
  }

  function nieuw(): void {
    stuur({ type: 'nieuw' });
    zetMelding('');
    // After the form is back, start at its first field.
    setTimeout(() => document.getElementById('veld-wat')?.focus(), 0);
  }

  if (t.fase === 'ontvangen') {
    const o = TEKST.ontvangen;
    return (
      <div class="meldformulier">
        <div class="utrecht-alert utrecht-alert--ok bon" tabIndex={-1} ref={bonRef} aria-labelledby="bon-titel">
          <div class="utrecht-alert__content">
            <div class="utrecht-alert__message">
              <h2 id="bon-titel">{o.titel}</h2>
              <p>
                {o.code} <strong class="bon__code">{t.code}</strong>
              </p>
              <p>{o.bewaar}</p>
            </div>
          </div>
        </div>
        <h2>{o.volgendeTitel}</h2>
        {o.volgende.map((zin) => (
          <p key={zin}>{zin}</p>
        ))}
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={nieuw}>
          {o.nieuw}
        </button>
      </div>
    );
  }

  const fout = (veld: Veld): VeldFout | undefined => t.fouten.find((f) => f.veld === veld);
  const bezig = t.fase === 'bezig';

  function tekstveld(veld: TekstVeld, meerregelig: boolean, rijen = 5): JSX.Element {
    const v = veld === 'contact' ? TEKST.velden.contact : TEKST.velden[veld];
    const f = fout(veld);
    const id = veldId(veld);
    const waarde = t.waarden[veld];
    const m = max[veld];
    const zichtbaar = actief && (meerregelig || toonTeller(waarde, m));
    const beschreven = [`${id}-hint`, `${id}-limiet`, f ? `${id}-fout` : ''].filter(Boolean).join(' ');
    const gemeenschappelijk = {
      id,
      name: veld,
      value: waarde,
      'aria-describedby': beschreven,
      'aria-invalid': f ? ('true' as const) : undefined,
      onInput: (e: JSX.TargetedEvent<HTMLTextAreaElement | HTMLInputElement>) => wijzig(veld, e.currentTarget.value),
    };
    return (
      <div class={`utrecht-form-field utrecht-form-field--text${f ? ' utrecht-form-field--invalid' : ''}`}>
        <div class="utrecht-form-field__label">
          <label class="utrecht-form-label" for={id}>
            {v.label}
          </label>
        </div>
        <div class="utrecht-form-field__description utrecht-form-field-description" id={`${id}-hint`}>
          {v.hint}
        </div>
        {f && (
          <div class="utrecht-form-field__error-message utrecht-form-field-error-message" id={`${id}-fout`}>
            <span class="visueel-verborgen">{TEKST.foutVoorvoegsel} </span>
            {f.bericht}
          </div>
        )}
        <div class="utrecht-form-field__input">
          {meerregelig ? (
            <textarea
              {...gemeenschappelijk}
              class={`utrecht-textarea utrecht-textarea--html-textarea${f ? ' utrecht-textarea--invalid' : ''}`}
              rows={rijen}
              required={veld === 'wat'}
              // Chromium's "enhanced spell check" sends typed text to Google: not for an anonymous melding.
              spellcheck={false}
            />
          ) : (
            <input
              {...gemeenschappelijk}
              type="text"
              class={`utrecht-textbox utrecht-textbox--html-input${f ? ' utrecht-textbox--invalid' : ''}`}
              autocomplete="off"
              spellcheck={false}
            />
          )}
        </div>
        {/* Without JavaScript (and for screen readers) the limit; with it, the visible running count. */}
        <div id={`${id}-limiet`} class={actief ? 'visueel-verborgen' : 'teller'}>
          {limietTekst(m)}
        </div>
        {zichtbaar && (
          <div class={`teller${waarde.trim().length > m ? ' teller--over' : ''}`} aria-hidden="true">
            {tellerTekst(waarde, m)}
          </div>
        )}
      </div>
    );
  }

  const vormFout = fout('vorm');
  const contactFout = fout('contactGewenst');

  return (
    <form
      method="post"
      action="/api/melding"
      class="meldformulier"
      ref={formRef}
      onSubmit={verzend}
      onFocusIn={voorladen}
      onInput={voorladen}
      aria-busy={bezig ? 'true' : undefined}
    >
      {t.fouten.length > 0 && (
        <div class="foutsamenvatting" tabIndex={-1} ref={samenvattingRef} aria-labelledby="foutsamenvatting-titel">
          <h2 id="foutsamenvatting-titel">{TEKST.foutTitel}</h2>
          <ul>
            {t.fouten.map((f) => (
              <li key={f.veld}>
                <a
                  href={`#${veldId(f.veld)}`}
                  onClick={(e) => {
                    // Focus the field and keep its label in view (GOV.UK error summary behaviour).
                    const el = document.getElementById(veldId(f.veld));
                    if (!el) return;
                    e.preventDefault();
                    el.focus({ preventScroll: true });
                    (el.closest('.utrecht-form-field, fieldset') ?? el).scrollIntoView({ block: 'start' });
                  }}
                >
                  {f.bericht}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      {t.fase === 'mislukt' && t.fout && (
        <div class="utrecht-alert utrecht-alert--error" tabIndex={-1} ref={alertRef} aria-labelledby="mislukt-titel">
          <div class="utrecht-alert__content">
            <div class="utrecht-alert__message">
              <h2 id="mislukt-titel">{TEKST.mislukt.titel}</h2>
              <p>{t.fout.bericht}</p>
              <p>{TEKST.mislukt.blijft}</p>
              <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => verzend()}>
                {TEKST.mislukt.opnieuw}
              </button>
            </div>
          </div>
        </div>
      )}

      {tekstveld('wat', true, 8)}
      {tekstveld('waar', false)}
      {tekstveld('wanneer', false)}
      {tekstveld('wie', true, 4)}

      <div class={`utrecht-form-field utrecht-form-field--radio-group${vormFout ? ' utrecht-form-field--invalid' : ''}`}>
        <fieldset
          class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"
          aria-describedby={`veld-vorm-hint${vormFout ? ' veld-vorm-fout' : ''}`}
        >
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{TEKST.velden.vorm.legend}</legend>
          <div class="utrecht-form-field-description" id="veld-vorm-hint">
            {TEKST.velden.vorm.hint}
          </div>
          {vormFout && (
            <div class="utrecht-form-field-error-message" id="veld-vorm-fout">
              <span class="visueel-verborgen">{TEKST.foutVoorvoegsel} </span>
              {vormFout.bericht}
            </div>
          )}
          {vormen.map(([waarde, label], i) => (
            <Keuze key={waarde} id={`veld-vorm-${i}`} naam="vorm" waarde={waarde} label={label} gekozen={t.waarden.vorm === waarde} kies={() => wijzig('vorm', waarde)} />
          ))}
        </fieldset>
      </div>

      <div class={`utrecht-form-field utrecht-form-field--radio-group${contactFout ? ' utrecht-form-field--invalid' : ''}`}>
        <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" aria-describedby="veld-contactGewenst-hint">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{TEKST.velden.contactGewenst.legend}</legend>
          <div class="utrecht-form-field-description waarschuwing-tekst" id="veld-contactGewenst-hint">
            {TEKST.velden.contact.waarschuwing}
          </div>
          {(['nee', 'ja'] as const).map((k) => (
            <Keuze key={k} id={`veld-contactGewenst-${k}`} naam="contactGewenst" waarde={k} label={TEKST.velden.contactGewenst[k]} gekozen={t.waarden.contactGewenst === k} kies={() => wijzig('contactGewenst', k)} />
          ))}
          {/* Shown by CSS (:has) when "Ja" is checked, so it also works without JavaScript. */}
          <div class="voorwaardelijk">{tekstveld('contact', true, 3)}</div>
        </fieldset>
      </div>

      <p class="voortgang" role="status">
        {bezig ? (t.stap ? TEKST.stap[t.stap] : TEKST.bezig) : ''}
      </p>
      <div class="visueel-verborgen" aria-live="polite">
        {melding}
      </div>

      <button
        type="submit"
        class={`utrecht-button utrecht-button--primary-action utrecht-button--submit${bezig ? ' utrecht-button--busy' : ''}`}
        disabled={bezig}
      >
        {TEKST.verstuur}
      </button>
    </form>
  );
}
