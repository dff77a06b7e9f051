import { VORMEN, type VeldenInvoer } from '../../src/melding/velden.ts';
import { VORM_TEKST } from '../../src/melding/tekst.ts';
import { t } from '../../src/i18n/nl.ts';

// The same words as the JavaScript form: both come from the one dictionary.
const F = t.formulier;

/**
 * The HTML answers of the no-JavaScript path: a receipt, and a page with the errors that keeps every
 * typed character in a form (nothing is lost). Plain HTML with the site's stylesheet: no inline style
 * or script, so the site's CSP holds.
 */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Same default as the region schema's snelWeg. */
export const STANDAARD_SNEL_WEG = 'https://www.weeronline.nl/';

function pagina(titel: string, inhoud: string, snelWeg: string): string {
  return `<!doctype html>
<html lang="nl">
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

/** Receipt after an accepted melding. */
export function ontvangstPagina(code: string, snelWeg = STANDAARD_SNEL_WEG): string {
  return pagina(
    `Melding ontvangen (${code})`,
    `<h1>${esc(F.ontvangen.titel)}</h1>
<p>${esc(F.ontvangen.code)} <strong>${esc(code)}</strong>. ${esc(F.ontvangen.bewaar)}</p>
<h2>${esc(F.ontvangen.volgendeTitel)}</h2>
<ul>
${F.ontvangen.volgende.map((z) => `<li>${esc(z)}</li>`).join('\n')}
</ul>
<p>Is er nu gevaar? Bel dan <strong>112</strong>.</p>
<p><a href="/">Terug naar de startpagina</a></p>`,
    snelWeg,
  );
}

export interface VeldFout {
  veld: string;
  bericht: string;
}

const LABELS: Record<string, string> = {
  wat: F.velden.wat.label,
  waar: F.velden.waar.label,
  wanneer: F.velden.wanneer.label,
  wie: F.velden.wie.label,
  contact: F.velden.contact.label,
};

function tekstveld(naam: keyof typeof LABELS, waarde: string, fouten: VeldFout[], regels: number): string {
  const f = fouten.find((x) => x.veld === naam);
  const foutId = `${naam}-fout`;
  return `<div class="utrecht-form-field${f ? ' utrecht-form-field--invalid' : ''}">
<label class="utrecht-form-label" for="${naam}">${esc(LABELS[naam]!)}</label>
${f ? `<p class="utrecht-form-field-error-message" id="${foutId}"><span class="visueel-verborgen">${esc(F.foutVoorvoegsel)} </span>${esc(f.bericht)}</p>\n` : ''}<textarea class="utrecht-textarea" id="${naam}" name="${naam}" rows="${regels}"${f ? ` aria-invalid="true" aria-describedby="${foutId}"` : ''}>${esc(waarde)}</textarea>
</div>`;
}

/** Errors for the no-JavaScript form: an error summary with links, then the form with all text kept. */
export function foutPagina(
  invoer: Partial<Record<keyof VeldenInvoer, string>>,
  fouten: VeldFout[],
  algemeen?: string,
  snelWeg = STANDAARD_SNEL_WEG,
): string {
  const vorm = invoer.vorm ?? 'weet-niet';
  const contactJa = invoer.contactGewenst !== undefined && invoer.contactGewenst !== '' && invoer.contactGewenst !== 'nee';
  const radios = VORMEN.map(
    (v) => `<div class="utrecht-form-field utrecht-form-field--radio">
<input class="utrecht-radio-button" type="radio" id="vorm-${v}" name="vorm" value="${v}"${v === vorm ? ' checked' : ''}>
<label class="utrecht-form-label" for="vorm-${v}">${esc(VORM_TEKST[v])}</label>
</div>`,
  ).join('\n');
  return pagina(
    'Fout: melding niet verstuurd',
    `<div class="utrecht-alert" role="alert">
<h1>${esc(F.mislukt.titel)}</h1>
${algemeen ? `<p>${esc(algemeen)}</p>\n<p>Uw tekst staat nog in het formulier. Verstuur de melding opnieuw.</p>` : '<p>Verbeter wat hieronder staat en verstuur de melding opnieuw. Uw tekst staat nog in het formulier.</p>'}
${fouten.length ? `<ul>\n${fouten.map((f) => `<li><a href="#${esc(f.veld)}">${esc(f.bericht)}</a></li>`).join('\n')}\n</ul>` : ''}
</div>
<p>Is er nu gevaar? Bel dan <strong>112</strong>.</p>
<form method="post" action="/api/melding" accept-charset="utf-8">
${tekstveld('wat', invoer.wat ?? '', fouten, 8)}
${tekstveld('waar', invoer.waar ?? '', fouten, 2)}
${tekstveld('wanneer', invoer.wanneer ?? '', fouten, 2)}
${tekstveld('wie', invoer.wie ?? '', fouten, 4)}
<fieldset class="utrecht-form-fieldset" id="vorm">
<legend class="utrecht-form-fieldset__legend">${esc(F.velden.vorm.legend)}</legend>
${radios}
</fieldset>
<fieldset class="utrecht-form-fieldset" id="contactGewenst">
<legend class="utrecht-form-fieldset__legend">${esc(F.velden.contactGewenst.legend)}</legend>
<p>${esc(F.velden.contact.waarschuwing)}</p>
<div class="utrecht-form-field utrecht-form-field--radio">
<input class="utrecht-radio-button" type="radio" id="contactGewenst-nee" name="contactGewenst" value="nee"${contactJa ? '' : ' checked'}>
<label class="utrecht-form-label" for="contactGewenst-nee">${esc(F.velden.contactGewenst.nee)}</label>
</div>
<div class="utrecht-form-field utrecht-form-field--radio">
<input class="utrecht-radio-button" type="radio" id="contactGewenst-ja" name="contactGewenst" value="ja"${contactJa ? ' checked' : ''}>
<label class="utrecht-form-label" for="contactGewenst-ja">${esc(F.velden.contactGewenst.ja)}</label>
</div>
</fieldset>
${tekstveld('contact', invoer.contact ?? '', fouten, 2)}
<button class="utrecht-button utrecht-button--primary-action" type="submit">${esc(F.verstuur)}</button>
</form>`,
    snelWeg,
  );
}
