/**
 * Every sentence the toolkit puts on a poster, image, post or press text, built from the campaign
 * (content/campagnes/<jaar>.md) and the region profile. Dutch, B1: "u" for adults, "je" for jongeren.
 */
import type { Campagne, Doelgroep } from '../schema.ts';
import { PICTOGRAMMEN } from '../../beeld/pictogrammen.ts';
import type { Regio } from '../../regio/schema.ts';
import { nummers } from '../../lib/nummers.ts';
import { venster } from '../venster.ts';
import { inTaal, type Taal } from '../../i18n/talen.ts';

export const DAG = '18 oktober: Europese dag tegen mensenhandel';

/**
 * Where every QR code, banner and post points: the region's own anonymous form, in `taal` (Dutch at
 * `/melden/`, another language at `/<taal>/melden/`, e.g. the worker posters').
 */
export function meldUrl(regio: Pick<Regio, 'url'>, taal: Taal = 'nl'): string {
  return `${regio.url.replace(/\/+$/, '')}${inTaal('/melden/', taal)}`;
}

/** The same address without https:// and trailing slash, for print where it must be typed. */
export function meldUrlKort(regio: Pick<Regio, 'url'>, taal: Taal = 'nl'): string {
  return meldUrl(regio, taal).replace(/^https:\/\//, '').replace(/\/$/, '');
}

/** The national numbers on every poster (from src/lib/nummers.ts), with a short label that fits a poster. */
export const POSTERNUMMERS = [
  { nummer: nummers.alarm.nummer, label: 'Direct gevaar' },
  { nummer: nummers.politie.nummer, label: 'Politie, geen spoed' },
  { nummer: nummers.mma.nummer, label: 'Meld Misdaad Anoniem' },
  { nummer: nummers.veiligThuis.nummer, label: 'Veilig Thuis, dag en nacht' },
] as const;

const datumOpmaak = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "2027-10-18" → "18 oktober 2027". */
export function datumNl(iso: string): string {
  return datumOpmaak.format(new Date(`${iso}T00:00:00Z`));
}

/** "1 oktober tot en met 31 oktober 2027". */
export function vensterNl(c: Pick<Campagne, 'jaar' | 'venster'>): string {
  const { start, eind } = venster(c);
  const s = datumNl(start);
  return `${start.slice(0, 4) === eind.slice(0, 4) ? s.replace(/ \d{4}$/, '') : s} tot en met ${datumNl(eind)}`;
}

/** Ends a line from content with a full stop when it has no end mark, so alt texts read as sentences. */
export function zin(s: string): string {
  const t = s.trim();
  return /[.?!]$/.test(t) ? t : `${t}.`;
}

/** Alt text of a social image: says everything the image says, in reading order. */
export function altSociaal(c: Campagne, regio: Regio, d: Doelgroep): string {
  const gevaar = d === 'jongeren' ? 'Ben je in gevaar? Bel 112.' : 'Direct gevaar? Bel 112.';
  return `Afbeelding in de kleuren van ${regio.naam}, met bovenaan het logo en een pictogram van ${PICTOGRAMMEN[d].beeld}. Daaronder: ${DAG}. Grote tekst: ${zin(c.thema)} Daaronder: ${zin(c.boodschappen[d])} Onderaan: ${zin(oproepVoor(c, d))} Meld anoniem via ${meldUrlKort(regio)}. ${gevaar}`;
}

/** The call to action for doelgroep `d`: jongeren are addressed with "je", everyone else with "u". */
export function oproepVoor(c: Pick<Campagne, 'oproep' | 'oproepJe'>, d: Doelgroep): string {
  return d === 'jongeren' ? c.oproepJe : c.oproep;
}

/** Ready-to-copy post text that goes with the social image for doelgroep `d`. */
export function postTekst(c: Campagne, regio: Regio, d: Doelgroep): string {
  const gevaar = d === 'jongeren' ? 'Ben je in direct gevaar? Bel 112.' : 'Direct gevaar? Bel 112.';
  return [
    `Op 18 oktober is het de Europese dag tegen mensenhandel.`,
    c.boodschappen[d],
    `${oproepVoor(c, d)} ${meldUrl(regio)}`,
    gevaar,
    '#mensenhandel',
  ].join('\n\n');
}

/** Alt text of the partner banner; the image is a link, so it also says where the link goes. */
export function altBanner(c: Campagne, regio: Regio): string {
  return `${zin(c.thema)} ${zin(c.oproep)} Naar het anonieme meldformulier van ${regio.naam}.`;
}

/** The HTML a partner pastes into its site: a plain link around an image, no script, no tracking. */
export function embedHtml(c: Campagne, regio: Regio, pad: string, breedte: number, hoogte: number): string {
  const src = new URL(pad, regio.url).href;
  const alt = altBanner(c, regio).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  return `<a href="${meldUrl(regio)}"><img src="${src}" width="${breedte}" height="${hoogte}" alt="${alt}"></a>`;
}

/** Press text template (Markdown). Text in [brackets] is for the gemeente to fill in. */
export function persbericht(c: Campagne, regio: Regio): string {
  const activiteiten = c.activiteiten.length
    ? c.activiteiten.map((a) => `- ${datumNl(a.datum)}, ${a.plaats}: ${a.omschrijving}`).join('\n')
    : '- [Noem hier de activiteiten in uw gemeente, met datum en plaats.]';
  return `# Persbericht: ${c.titel}

**[Plaats], [datum]** – Op 18 oktober is het de Europese dag tegen mensenhandel. ${regio.naam} doet mee met de campagne "${c.thema}". Van ${vensterNl(c)} vraagt de gemeente aandacht voor de signalen van mensenhandel en voor de plek waar u een vermoeden kunt melden.

${c.boodschappen.inwoners}

"[Citaat van de burgemeester of de wethouder: waarom is dit belangrijk voor onze gemeente?]"

## Wat kunt u doen?

${c.oproep} Dat kan anoniem via ${meldUrl(regio)}. U kunt ook bellen:

${POSTERNUMMERS.map((n) => `- ${n.label}: ${n.nummer}`).join('\n')}

## Activiteiten

${activiteiten}

## Voor ondernemers, professionals en jongeren

- Ondernemers: ${c.boodschappen.ondernemers}
- Professionals: ${c.boodschappen.professionals}
- Jongeren: ${c.boodschappen.jongeren}

---

Noot voor de redactie, niet voor publicatie: meer informatie bij [naam, functie, telefoonnummer van de afdeling communicatie]. Posters en beelden: ${new URL(`/campagne/${c.jaar}/toolkit/`, regio.url).href}.

Bronnen: ${c.bronnen.map((b) => b.titel).join('; ')}.
`;
}

/**
 * The press text as plain text, ready to paste into an e-mail or a newsroom form: the same words as
 * persbericht(), without Markdown marks (#, **, ---).
 */
export function persberichtTekst(c: Campagne, regio: Regio): string {
  return persbericht(c, regio)
    .replace(/^#{1,6} /gm, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/^---$/m, '')
    .replace(/\n{3,}/g, '\n\n');
}

/** "How to run the campaign week", for the gemeente's communication officer. Also in docs/campagne.md. */
export function handleiding(): { kop: string; stappen: { wanneer: string; wat: string }[] } {
  return {
    kop: 'Zo organiseert u de campagneweek',
    stappen: [
      {
        wanneer: 'Zes weken vooraf',
        wat: 'Kies wat u in uw gemeente doet, bijvoorbeeld een voorlichting, een quiz of een film. Geef de activiteiten (datum, plaats en een korte omschrijving) door aan de beheerder van de site. Die zet ze op de campagnepagina en in het persbericht. Vraag partners zoals de bibliotheek, sportclubs en scholen om mee te doen.',
      },
      {
        wanneer: 'Vier weken vooraf',
        wat: 'Controleer de meldroute: is de aandachtsfunctionaris bereikbaar, en weten de medewerkers aan de balie en de telefoon waar een melding heen gaat? Print de posters: A3 voor het gemeentehuis en de bibliotheek, A4 voor prikborden. Stuur partners de banner en de HTML-code voor hun website.',
      },
      {
        wanneer: 'Twee weken vooraf',
        wat: 'Vul het persbericht in (datum, plaats, citaat, contactpersoon) en plan de berichten voor sociale media. Elke afbeelding heeft een eigen tekst en een alt-tekst: plaats de alt-tekst altijd mee.',
      },
      {
        wanneer: 'In de Week tegen mensenhandel',
        wat: 'De landelijke Week tegen mensenhandel eindigt op 18 oktober. Plaats elke dag een bericht voor een andere doelgroep: inwoners, ondernemers, professionals en jongeren. Hang de posters op.',
      },
      {
        wanneer: 'Op 18 oktober',
        wat: 'Verstuur het persbericht. Deel het bericht voor inwoners nog een keer.',
      },
      {
        wanneer: 'Na afloop',
        wat: 'Haal de posters weg. De banner op de site verdwijnt vanzelf na de laatste campagnedag. Schrijf op wat goed ging, voor de campagne van volgend jaar.',
      },
    ],
  };
}

/** The guide as Markdown, for download and for docs/campagne.md. */
export function handleidingMarkdown(): string {
  const h = handleiding();
  return `# ${h.kop}\n\n${h.stappen.map((s) => `## ${s.wanneer}\n\n${s.wat}\n`).join('\n')}`;
}
