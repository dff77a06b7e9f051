/**
 * The production rules: is a region ready for real meldingen? One module for `npm run controle`, a
 * production build and the start of `npm run serve` / the Netlify function with MELDWIJZER_PRODUCTIE=1, so
 * they always agree. Each failed check gives one plain reason for the person who deploys.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { REGIO_MAP } from '../regio/laad.ts';
import { leesConfig } from './lees.ts';
import { controleerContacten } from '../regio/contacten.ts';
import type { Config } from './schema.ts';
import type { Regio } from '../regio/schema.ts';
import { groepeer, laadSleutel, SleutelFout } from '../regio/sleutel.ts';

export interface Uitkomst {
  fouten: string[];
  waarschuwingen: string[];
}

export interface ControleInvoer {
  regio: Regio;
  env?: NodeJS.ProcessEnv;
  regioMap?: string;
  /** Today; tests pass a fixed date. */
  nu?: Date;
  /** Built site; when given, its /.well-known/security.txt is checked too. */
  dist?: string;
}

/** A key must stay valid at least this long after deployment, so rotation is not a rush. */
export const MIN_GELDIG_DAGEN = 60;
const DAG = 24 * 60 * 60 * 1000;

/** Reserved names (RFC 2606/6761) and example.com/net/org: placeholders, never a real mailbox or site. */
export function isVoorbeeldDomein(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return /(^|\.)(example|test|invalid|localhost)$/.test(h) || /(^|\.)example\.(com|net|org)$/.test(h);
}

function domeinVan(adres: string): string {
  return adres.slice(adres.lastIndexOf('@') + 1);
}

function datum(d: Date): string {
  return d.toISOString().slice(0, 10);
}

async function controleerSleutel(invoer: Required<Pick<ControleInvoer, 'regio' | 'env' | 'regioMap' | 'nu'>>, u: Uitkomst): Promise<void> {
  const { regio, env, regioMap, nu } = invoer;
  let armored: string;
  try {
    // Production mode: no fallback to a generated local test key.
    ({ armored } = await laadSleutel(regio, { ...env, MELDWIJZER_PRODUCTIE: '1' }, regioMap));
  } catch (e) {
    if (e instanceof SleutelFout) {
      u.fouten.push(`Sleutel: ${e.message}`);
      return;
    }
    throw e;
  }
  const key = await openpgp.readKey({ armoredKey: armored });
  const ids = key.getUserIDs();
  const testId = ids.find((id) => /\btest/i.test(id) || isVoorbeeldDomein(domeinVan(id.replace(/.*<|>.*/g, ''))));
  if (testId) {
    u.fouten.push(`Sleutel ${groepeer(key.getFingerprint())} is een testsleutel (gebruikers-ID "${testId}"). Laat de aandachtsfunctionaris een echte sleutel maken met npm run sleutel.`);
  }
  const verlopen: Date[] = [];
  const hoofd = await key.getExpirationTime();
  if (hoofd instanceof Date) verlopen.push(hoofd);
  try {
    const sub = await key.getEncryptionKey(undefined, nu);
    const subVerloopt = await sub.getExpirationTime();
    if (subVerloopt instanceof Date) verlopen.push(subVerloopt);
  } catch {
    u.fouten.push(`Sleutel ${groepeer(key.getFingerprint())} kan op ${datum(nu)} niet versleutelen (verlopen of ingetrokken).`);
    return;
  }
  if (verlopen.length === 0) {
    u.waarschuwingen.push('De sleutel heeft geen vervaldatum. Dat mag, maar spreek af wanneer de aandachtsfunctionaris hem vervangt (docs/deploy.md).');
    return;
  }
  const eerste = new Date(Math.min(...verlopen.map((d) => d.getTime())));
  if (eerste <= nu) u.fouten.push(`De sleutel is verlopen op ${datum(eerste)}. Vervang hem (docs/deploy.md, "Sleutel vervangen").`);
  else if (eerste.getTime() - nu.getTime() < MIN_GELDIG_DAGEN * DAG) {
    u.fouten.push(`De sleutel verloopt op ${datum(eerste)}, binnen ${MIN_GELDIG_DAGEN} dagen. Verleng of vervang hem eerst (docs/deploy.md, "Sleutel vervangen").`);
  }
}

function controleerSecurityTxt(regio: Regio, nu: Date, dist: string | undefined, u: Uitkomst): void {
  const verloopt = new Date(`${regio.securityTxt.verloopt}T00:00:00Z`);
  if (!(verloopt > nu)) u.fouten.push(`security.txt: de vervaldatum ${regio.securityTxt.verloopt} (securityTxt.verloopt) ligt niet in de toekomst.`);
  const contact = regio.securityTxt.contact;
  const host = contact.startsWith('mailto:') ? domeinVan(contact) : new URL(contact).hostname;
  if (isVoorbeeldDomein(host)) u.fouten.push(`security.txt: het contactadres ${contact} is een voorbeeld (securityTxt.contact).`);
  if (!dist) return;
  const bestand = join(dist, '.well-known', 'security.txt');
  if (!existsSync(bestand)) {
    u.fouten.push(`security.txt ontbreekt in de gebouwde site (${bestand}).`);
    return;
  }
  const regel = /^Expires:\s*(\S+)/im.exec(readFileSync(bestand, 'utf8'));
  const expires = regel?.[1] ? new Date(regel[1]) : undefined;
  if (!expires || Number.isNaN(expires.getTime())) u.fouten.push(`${bestand} heeft geen geldige Expires-regel.`);
  else if (!(expires > nu)) u.fouten.push(`${bestand}: Expires ${regel?.[1]} ligt niet in de toekomst.`);
}

/** Recipient and sender of the melding mails: MELDING_TO / MELDING_FROM, else the profile's. */
export function meldingAdressen(regio: Regio, config: Pick<Config, 'MELDING_TO' | 'MELDING_FROM'>): { aan: string; van: string; aanUit: string; vanUit: string } {
  const aan = config.MELDING_TO ?? regio.aandachtsfunctionaris.mailbox;
  const van = config.MELDING_FROM ?? regio.aandachtsfunctionaris.afzender ?? `noreply@${domeinVan(aan)}`;
  return {
    aan,
    van,
    aanUit: config.MELDING_TO ? 'MELDING_TO' : 'aandachtsfunctionaris.mailbox',
    vanUit: config.MELDING_FROM ? 'MELDING_FROM' : regio.aandachtsfunctionaris.afzender ? 'aandachtsfunctionaris.afzender' : 'afgeleid van de mailbox',
  };
}

export async function controleerGereedheid(invoer: ControleInvoer): Promise<Uitkomst> {
  const regio = invoer.regio;
  const env = invoer.env ?? process.env;
  const config = leesConfig(env);
  const nu = invoer.nu ?? new Date();
  const u: Uitkomst = { fouten: [], waarschuwingen: [] };

  const { aan, van, aanUit, vanUit } = meldingAdressen(regio, config);
  if (isVoorbeeldDomein(domeinVan(aan))) u.fouten.push(`Mailbox ${aan} (${aanUit}) is een voorbeeldadres. Zet het echte adres van de aandachtsfunctionaris.`);
  if (isVoorbeeldDomein(domeinVan(van))) u.fouten.push(`Afzender ${van} (${vanUit}) is een voorbeeldadres.`);
  const host = new URL(regio.url).hostname;
  if (isVoorbeeldDomein(host)) u.fouten.push(`Het publieke adres ${regio.url} (url) is een voorbeeld. Zet het echte https-adres van de site.`);

  await controleerSleutel({ regio, env, regioMap: invoer.regioMap ?? REGIO_MAP, nu }, u);
  controleerSecurityTxt(regio, nu, invoer.dist, u);
  // Contacts on the site: placeholders refused, a check date over 12 months old warned about.
  const contacten = controleerContacten(regio, nu);
  u.fouten.push(...contacten.fouten);
  u.waarschuwingen.push(...contacten.waarschuwingen);

  if (!config.SMTP_URL) {
    u.waarschuwingen.push('SMTP_URL is hier niet gezet. Zet die op de server (of in Netlify bij de functie); zonder SMTP_URL gaat post naar een lokale testmap.');
  }
  return u;
}
