/**
 * Checks on a profile's contact details that the schema cannot make: placeholders that must not reach a
 * production site, and check dates that have gone stale. Pure: the caller passes today, so `npm run
 * controle`, the production build and the tests all decide the same way.
 */
import type { Regio } from './schema.ts';

/** Contact details older than this many months get a warning: numbers and addresses change. */
export const MAANDEN_GELDIG = 12;

export interface ContactControle {
  /** Placeholders and impossible dates: a production build refuses these. */
  fouten: string[];
  /** Contact details whose check date is more than 12 months ago. */
  waarschuwingen: string[];
}

/** RFC 2606/6761 names: `example`, `example.com/.net/.org`, and anything under `.example`, `.test`, `.invalid`. */
function isVoorbeeldHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return /(^|\.)example(\.(com|net|org))?$/.test(h) || /\.(test|invalid|localhost)$/.test(h) || h === 'localhost';
}

function hostVanUrl(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/**
 * A placeholder phone number: no Dutch area code starts with 00, and a run of one repeated digit
 * ("0000 000 000", "012 345 6789" aside) is never a real service number.
 */
export function isVoorbeeldTelefoon(nummer: string): boolean {
  const cijfers = nummer.replace(/\D/g, '');
  return /^00/.test(cijfers) || /^0?(\d)\1+$/.test(cijfers) || cijfers === '0123456789';
}

interface Contact {
  telefoon?: string | undefined;
  website?: string | undefined;
  chat?: string | undefined;
  email?: string | undefined;
}

function voorbeelden(pad: string, c: Contact): string[] {
  const fouten: string[] = [];
  if (c.telefoon && isVoorbeeldTelefoon(c.telefoon)) fouten.push(`${pad}.telefoon: "${c.telefoon}" is een voorbeeldnummer`);
  for (const veld of ['website', 'chat'] as const) {
    const url = c[veld];
    const host = url ? hostVanUrl(url) : undefined;
    if (url && (!host || isVoorbeeldHost(host))) fouten.push(`${pad}.${veld}: "${url}" is een voorbeeldadres`);
  }
  if (c.email) {
    const domein = c.email.split('@')[1] ?? '';
    if (isVoorbeeldHost(domein)) fouten.push(`${pad}.email: "${c.email}" is een voorbeeldadres`);
  }
  return fouten;
}

/** Date `maanden` calendar months after `datum` (UTC), e.g. 2025-11-30 + 12 → 2026-11-30. */
function maandenLater(datum: Date, maanden: number): Date {
  const d = new Date(datum.getTime());
  d.setUTCMonth(d.getUTCMonth() + maanden);
  return d;
}

/**
 * fouten: placeholders (example domains, placeholder phones) in the gemeente's own contact or any partner,
 * and check dates that are not real dates or lie after `vandaag`. waarschuwingen: partners whose contact was
 * checked more than 12 months before `vandaag`.
 */
export function controleerContacten(regio: Regio, vandaag: Date): ContactControle {
  if (Number.isNaN(vandaag.getTime())) throw new Error('controleerContacten: vandaag is geen geldige datum');
  const fouten: string[] = [...voorbeelden('gemeenteContact', regio.gemeenteContact)];
  const waarschuwingen: string[] = [];
  const dag = Date.UTC(vandaag.getUTCFullYear(), vandaag.getUTCMonth(), vandaag.getUTCDate());

  regio.partners.forEach((p, i) => {
    const pad = `partners.${i} (${p.naam})`;
    fouten.push(...voorbeelden(pad, p));
    if (!p.gecontroleerd) return;
    const gecontroleerd = new Date(`${p.gecontroleerd}T00:00:00Z`);
    if (Number.isNaN(gecontroleerd.getTime())) {
      fouten.push(`${pad}.gecontroleerd: "${p.gecontroleerd}" is geen datum`);
    } else if (gecontroleerd.getTime() > dag) {
      fouten.push(`${pad}.gecontroleerd: ${p.gecontroleerd} ligt in de toekomst`);
    } else if (maandenLater(gecontroleerd, MAANDEN_GELDIG).getTime() < dag) {
      waarschuwingen.push(
        `${pad}: contactgegevens voor het laatst gecontroleerd op ${p.gecontroleerd}, meer dan ${MAANDEN_GELDIG} maanden geleden; controleer ze opnieuw bij ${p.contactBron ?? 'de bron'}`,
      );
    }
  });
  return { fouten, waarschuwingen };
}
