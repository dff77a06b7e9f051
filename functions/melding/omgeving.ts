import { closeSync, mkdirSync, openSync, readFileSync, writeSync, fsyncSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Regio } from '../../src/regio/schema.ts';
import { dataMap, laadSleutel } from '../../src/regio/sleutel.ts';
import { createMeldingApp, type MeldingApp, type MeldingDeps } from './app.ts';

export interface OmgevingOpties {
  /** SMTP URL to use when SMTP_URL is unset, e.g. the embedded sink's. */
  smtpUrl?: string;
  /** Serverless: no spool; 202 only after the relay accepted, else 503. */
  serverless?: boolean;
  log?: (regel: string) => void;
}

function domein(adres: string): string {
  return adres.slice(adres.lastIndexOf('@') + 1);
}

/** The proof-of-work HMAC secret: MELDING_POW_SLEUTEL, else one generated once into the data folder. */
function powGeheim(env: NodeJS.ProcessEnv, serverless: boolean, log: (r: string) => void): string {
  const uitEnv = env.MELDING_POW_SLEUTEL?.trim();
  if (uitEnv) return uitEnv;
  if (serverless) {
    log('let op: MELDING_POW_SLEUTEL is niet gezet; elke functie-instantie maakt een eigen geheim');
    return randomBytes(32).toString('hex');
  }
  const pad = join(dataMap(env), 'pow.sleutel');
  try {
    return readFileSync(pad, 'utf8').trim();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  mkdirSync(dirname(pad), { recursive: true, mode: 0o700 });
  const geheim = randomBytes(32).toString('hex');
  try {
    const fd = openSync(pad, 'wx', 0o600);
    writeSync(fd, geheim);
    fsyncSync(fd);
    closeSync(fd);
    return geheim;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(pad, 'utf8').trim();
    throw e;
  }
}

/**
 * Builds the deps from the environment (see docs/ict-melding.md):
 * SMTP_URL, MELDING_TO, MELDING_FROM, MELDING_SLEUTEL, MELDWIJZER_DATA, MELDING_POW_SLEUTEL,
 * MELDING_PER_MINUUT, MELDWIJZER_PRODUCTIE.
 */
export async function meldingDepsUitOmgeving(env: NodeJS.ProcessEnv, regio: Regio, opties: OmgevingOpties = {}): Promise<MeldingDeps> {
  const log = opties.log ?? ((regel: string) => console.log(`${new Date().toISOString()} ${regel}`));
  const productie = env.MELDWIJZER_PRODUCTIE === '1';
  const sleutel = await laadSleutel(regio, env);
  const smtpUrl = env.SMTP_URL?.trim() || opties.smtpUrl;
  if (!smtpUrl) throw new Error('SMTP_URL is niet gezet en er is geen lokale SMTP-sink: de melding kan nergens heen.');
  const aan = env.MELDING_TO?.trim() || regio.aandachtsfunctionaris.mailbox;
  const van = env.MELDING_FROM?.trim() || regio.aandachtsfunctionaris.afzender || `noreply@${domein(aan)}`;
  if (productie) {
    for (const [naam, adres] of [['MELDING_TO', aan], ['MELDING_FROM', van]] as const) {
      if (/\.example$/i.test(domein(adres))) {
        throw new Error(`${naam} is ${adres}: een voorbeeldadres. MELDWIJZER_PRODUCTIE=1 vraagt een echt adres (profiel of ${naam}).`);
      }
    }
  }
  const perMinuut = Number(env.MELDING_PER_MINUUT ?? '') || undefined;
  const serverless = opties.serverless ?? false;
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    // Serverless waits for the relay while the reporter waits: fail fast there.
    connectionTimeout: serverless ? 10_000 : 30_000,
    greetingTimeout: serverless ? 10_000 : 30_000,
    socketTimeout: serverless ? 20_000 : 60_000,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  log(`melding-functie: sleutel uit ${sleutel.bron} (${sleutel.vingerafdruk}), ${serverless ? 'zonder spool' : 'met spool'}`);
  return {
    sleutel: sleutel.armored,
    transport: transport as unknown as MeldingDeps['transport'],
    spoolMap: serverless ? null : join(dataMap(env), 'spool'),
    aan,
    van,
    powGeheim: powGeheim(env, serverless, log),
    perMinuut,
    snelWeg: regio.snelWeg,
    log,
    opruimen: () => transport.close(),
  };
}

export async function meldingAppUitOmgeving(env: NodeJS.ProcessEnv, regio: Regio, opties: OmgevingOpties = {}): Promise<MeldingApp> {
  return createMeldingApp(await meldingDepsUitOmgeving(env, regio, opties));
}
