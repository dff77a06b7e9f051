import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { VeldenInvoer } from '../../src/melding/velden.ts';
import { MELDING_VORMEN, type MeldingVorm } from '../../src/lib/begrippen.ts';
import { woordenboek } from '../../src/i18n/woordenboek.ts';
import { inTaal, TAAL_INFO, type Taal } from '../../src/i18n/talen.ts';
import { FoutSamenvatting, MeldVorm, Ontvangst, Velden, VerstuurKnop } from '../../src/formulier/onderdelen.ts';
import { foutenPerVeld, LEEG, type Waarden } from '../../src/islands/formulier/waarden.ts';


/**
 * The HTML answers of the no-JavaScript path: a receipt, and a page with the errors that keeps every
 * typed character in a form (nothing is lost). Rendered from the same Preact parts as the island
 * (src/formulier/onderdelen.ts), so the ids, labels, hints and limits are the form's own. Plain HTML with
 * the site's stylesheets: no inline style or script, so the site's CSP holds.
 */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Same default as the region schema's snelWeg. */
export const STANDAARD_SNEL_WEG = 'https://www.weeronline.nl/';

function pagina(titel: string, inhoud: string, snelWeg: string, taal: Taal): string {
  const t = woordenboek(taal);
  return `<!doctype html>
<html lang="${esc(taal)}" dir="${TAAL_INFO[taal].dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<title>${esc(titel)}</title>
<link rel="stylesheet" href="/regio.css">
<link rel="stylesheet" href="/basis.css">
<script src="/snel-weg.js" defer></script>
</head>
<body>
<a class="skip-link" href="#inhoud">${esc(t.skipLink)}</a>
<aside class="snel-weg" aria-label="${esc(t.snelWeg.knop)}"><a class="snel-weg__knop" href="${esc(snelWeg)}" rel="noreferrer" data-snel-weg>${esc(t.snelWeg.knop)}<span class="visueel-verborgen">: ${esc(t.snelWeg.uitleg)}</span></a></aside>
<main id="inhoud" class="los" tabindex="-1">
${inhoud}
</main>
</body>
</html>
`;
}

/** The closing lines of both pages: danger, and the way back. */
function slot(taal: Taal) {
  const Z = woordenboek(taal).melden.zonderJs;
  return [h('p', { key: 'gevaar' }, Z.gevaar), h('p', { key: 'terug' }, h('a', { href: inTaal('/', taal) }, Z.terug))];
}

/** Receipt after an accepted melding. */
export function ontvangstPagina(code: string, snelWeg = STANDAARD_SNEL_WEG, taal: Taal = 'nl'): string {
  const t = woordenboek(taal);
  const Z = t.melden.zonderJs;
  const inhoud = h(
    Ontvangst,
    { code, kop: 'h1', tekst: t.formulier },
    // The text went as an ordinary form post: on a shared device, say how to leave no trace.
    h('h2', null, Z.gedeeldTitel),
    h('p', null, Z.gedeeld),
    slot(taal),
  );
  return pagina(Z.ontvangenTitel(code), renderToString(inhoud), snelWeg, taal);
}

/**
 * One problem with one field. `bericht` is the schema's error code (its issue message, e.g. `wat_leeg`);
 * the page says it in the visitor's language. Anything else becomes the generic sentence.
 */
export interface VeldFout {
  veld: string;
  bericht: string;
}

const JA = ['ja', 'on', 'true', '1'];

/** The posted strings as the form's values (the same rule for "ja" as the function's no-JS path). */
function naarWaarden(invoer: Partial<Record<keyof VeldenInvoer, string>>): Waarden {
  const vorm = MELDING_VORMEN.includes(invoer.vorm as MeldingVorm) ? (invoer.vorm as MeldingVorm) : LEEG.vorm;
  return {
    wat: invoer.wat ?? '',
    waar: invoer.waar ?? '',
    wanneer: invoer.wanneer ?? '',
    wie: invoer.wie ?? '',
    vorm,
    contactGewenst: JA.includes((invoer.contactGewenst ?? '').toLowerCase()) ? 'ja' : 'nee',
    contact: invoer.contact ?? '',
  };
}

/**
 * Errors for the no-JavaScript form: what went wrong, an error summary with links, then the form with
 * all text kept. `algemeen` is a sentence from the dictionary (e.g. `t.fouten.te_veel`), never input.
 */
export function foutPagina(
  invoer: Partial<Record<keyof VeldenInvoer, string>>,
  fouten: VeldFout[],
  algemeen?: string,
  snelWeg = STANDAARD_SNEL_WEG,
  taal: Taal = 'nl',
): string {
  const t = woordenboek(taal);
  const F = t.formulier;
  const Z = t.melden.zonderJs;
  const perVeld = foutenPerVeld(fouten.map((f) => ({ path: [f.veld], message: f.bericht })), F);
  const inhoud = h(
    'div',
    null,
    h('h1', null, F.mislukt.titel),
    algemeen ? [h('p', { key: 'a' }, algemeen), h('p', { key: 'o' }, Z.opnieuw)] : h('p', null, Z.verbeter),
    h(FoutSamenvatting, { fouten: perVeld, tekst: F }),
    h(MeldVorm, { taal }, h(Velden, { waarden: naarWaarden(invoer), fouten: perVeld, tekst: F }), h(VerstuurKnop, { tekst: F })),
    slot(taal),
  );
  return pagina(Z.foutTitel, renderToString(inhoud), snelWeg, taal);
}
