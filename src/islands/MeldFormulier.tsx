/**
 * The anonymous melding form. Rendered on the server as a real <form method="post" action="/api/melding">
 * (so it works without JavaScript: the function then encrypts), hydrated as an island that validates,
 * encrypts in the browser and sends only ciphertext. GOV.UK patterns: error summary that takes focus,
 * inline errors tied with aria-describedby, soft character counts announced politely.
 */
import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { BEGIN, verwerk, type Toestand } from './formulier/toestand.ts';
import { NL_FORMULIER, type FormulierTekst } from '../i18n/formulier.ts';
import { MELDING_VELDEN } from '../lib/begrippen.ts';
import { MAX } from '../melding/limieten.ts';
import { tellerTekst } from './formulier/teller.ts';
import { FOTO_AANTAL, FOTO_BYTES } from '../melding/fotos.ts';
import { meervoud, vul } from '../i18n/vul.ts';
import { ontbrekend } from './formulier/controle.ts';
import { laadOpenPgp, versleutel } from './formulier/versleutel.ts';
import { bewijs } from './formulier/pow.ts';
import { verstuur, type Hulp } from './formulier/verstuur.ts';
import { controleer, veldId, type Veld, type Waarden } from './formulier/waarden.ts';
import { FoutSamenvatting, MeldVorm, Ontvangst, Velden, VerstuurKnop } from '../formulier/onderdelen.ts';

export interface Props {
  /** The region's armored public key (v4), embedded at build time. */
  sleutel: string;
  /** The form's texts in the page's language (plain data, serialised into the page with the props). */
  tekst?: FormulierTekst;
  /** Bytes of photos the host takes per melding (FOTO_BYTES of the host the site was built for). */
  fotoMax?: number;
}

/** Cleaning photos (decode, re-encode, strip) is loaded with the first chosen photo, not with the page. */
function laadFotos() {
  return Promise.all([import('./formulier/fotos/maak.ts'), import('./formulier/fotos/kies.ts')]);
}

/** The shared schema and MIME builder pull in zod: loaded with OpenPGP.js on first use, not with the page. */
function laadGedeeld() {
  return Promise.all([import('../melding/velden.ts'), import('../melding/tekst.ts')]);
}

function leesFormulier(form: HTMLFormElement): Partial<Waarden> {
  const fd = new FormData(form);
  const uit: Record<string, string> = {};
  for (const naam of MELDING_VELDEN) {
    const w = fd.get(naam);
    if (typeof w === 'string') uit[naam] = w;
  }
  return uit as Partial<Waarden>;
}

export default function MeldFormulier({ sleutel, tekst, fotoMax = FOTO_BYTES.zelf }: Props) {
  const TEKST = tekst ?? NL_FORMULIER;
  const [t, stuur] = useReducer(verwerk, BEGIN);
  const [actief, zetActief] = useState(false);
  const [melding, zetMelding] = useState('');
  const laatste = useRef<Toestand>(t);
  laatste.current = t;
  const formRef = useRef<HTMLFormElement>(null);
  const samenvattingRef = useRef<HTMLElement>(null);
  const alertRef = useRef<HTMLElement>(null);
  const bonRef = useRef<HTMLElement>(null);
  const tellerTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const titel = useRef('');
  const fotoInvoerRef = useRef<HTMLInputElement>(null);
  /** The cleaning in progress: sending waits for it, so a photo chosen just before "Verstuur" goes along. */
  const fotoWerk = useRef<Promise<void>>(Promise.resolve());

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
    const m = veld in MAX ? MAX[veld as keyof typeof MAX] : 0;
    if (!m) return;
    // Announce the count once typing pauses, not on every key (GOV.UK character count).
    clearTimeout(tellerTimer.current);
    tellerTimer.current = setTimeout(() => zetMelding(tellerTekst(waarde, m, TEKST)), 1000);
  }

  function kiesFotos(bestanden: File[]): void {
    stuur({ type: 'fotos_kiezen' });
    const F = TEKST.fotos;
    fotoWerk.current = fotoWerk.current.then(async () => {
      let zinnen: string[];
      let erbij = 0;
      try {
        const [{ maakSchoon }, { kiesFotos: kies, foutZinnen }] = await laadFotos();
        const grens = { aantal: FOTO_AANTAL, bytes: fotoMax };
        const af = await kies(bestanden, laatste.current.fotos, grens, maakSchoon, (foto) => {
          erbij++;
          stuur({ type: 'foto_erbij', foto });
        });
        zinnen = foutZinnen(af, grens, TEKST);
      } catch {
        zinnen = [F.laden];
      }
      stuur({ type: 'fotos_klaar', fouten: zinnen });
      const gemeld = [erbij ? `${meervoud(F.toegevoegd, TEKST.taal, erbij, String(erbij))} ${F.schoon}` : '', ...zinnen];
      zetMelding(gemeld.filter(Boolean).join(' '));
    });
  }

  function verwijderFoto(id: number, positie: number): void {
    stuur({ type: 'foto_weg', id });
    zetMelding(vul(TEKST.fotos.verwijderd, { n: positie + 1 }));
    fotoInvoerRef.current?.focus();
  }

  async function verzend(e?: Event): Promise<void> {
    e?.preventDefault();
    if (laatste.current.fase === 'bezig') return;
    await fotoWerk.current;
    const mist = ontbrekend(globalThis as Parameters<typeof ontbrekend>[0]);
    if (mist.length) {
      stuur({ type: 'browser', bericht: vul(TEKST.mislukt.browser, { mist: mist.map((m) => TEKST.mislukt.ontbreekt[m]).join(', ') }) });
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
    const r = controleer(laatste.current.waarden, veldenSchema, TEKST);
    if (!r.velden) {
      stuur({ type: 'ongeldig', fouten: r.fouten });
      return;
    }
    const fotos = laatste.current.fotos;
    const hulp: Hulp = {
      nieuweCode: () => nieuweCode(),
      maakMime: (v, code) => meldingMime(v, code, TEKST.taal, undefined, fotos),
      versleutel: (mime) => versleutel(mime, sleutel),
      bewijs: () => bewijs(),
      fetch: (url, init) => fetch(url, init),
      stap: (stap) => stuur({ type: 'stap', stap }),
      taal: TEKST.taal,
      berichten: TEKST.mislukt.reden,
    };
    const uitkomst = await verstuur(r.velden, hulp, laatste.current.bewaard, fotos.map((f) => f.id));
    stuur({ type: 'uitkomst', uitkomst });
  }

  function nieuw(): void {
    stuur({ type: 'nieuw' });
    zetMelding('');
    // After the form is back, start at its first field.
    setTimeout(() => document.getElementById('veld-wat')?.focus(), 0);
  }

  if (t.fase === 'ontvangen') {
    return (
      <Ontvangst code={t.code ?? ''} kop="h2" bonRef={bonRef} tekst={TEKST}>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={nieuw}>
          {TEKST.ontvangen.nieuw}
        </button>
      </Ontvangst>
    );
  }

  const bezig = t.fase === 'bezig';

  /** Focus the field and keep its label in view (GOV.UK error summary behaviour). */
  function volg(veld: Veld, e: MouseEvent): void {
    const el = document.getElementById(veldId(veld));
    if (!el) return;
    e.preventDefault();
    el.focus({ preventScroll: true });
    (el.closest('.utrecht-form-field, fieldset') ?? el).scrollIntoView({ block: 'start' });
  }

  return (
    <MeldVorm formRef={formRef} onSubmit={verzend} onFocusIn={voorladen} onInput={voorladen} bezig={bezig} taal={TEKST.taal}>
      <FoutSamenvatting fouten={t.fouten} samenvattingRef={samenvattingRef} volg={volg} tekst={TEKST} />

      {t.fase === 'mislukt' && t.fout && (
        <section class="utrecht-alert utrecht-alert--error" tabIndex={-1} ref={alertRef} aria-labelledby="mislukt-titel">
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
        </section>
      )}

      <Velden
        waarden={t.waarden}
        fouten={t.fouten}
        actief={actief}
        wijzig={wijzig}
        tekst={TEKST}
        fotos={{ fotos: t.fotos, fouten: t.fotoFouten, bezig: t.fotoBezig, maxBytes: fotoMax, kies: kiesFotos, verwijder: verwijderFoto, invoerRef: fotoInvoerRef }}
      />

      <p class="voortgang" role="status">
        {bezig ? (t.stap ? TEKST.stap[t.stap] : TEKST.bezig) : ''}
      </p>
      <div class="visueel-verborgen" aria-live="polite">
        {melding}
      </div>

      <VerstuurKnop bezig={bezig} tekst={TEKST} />
    </MeldVorm>
  );
}
