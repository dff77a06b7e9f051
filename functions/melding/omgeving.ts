/**
 * Builds the melding app from the configuration (src/config/schema.ts) and the region profile, for the
 * self-hosted server, `npm start` and the Netlify entry. With MELDWIJZER_PRODUCTIE=1 it refuses to start on
 * exactly the problems `npm run controle` reports (src/config/productie.ts), so the two always agree.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import nodemailer from 'nodemailer';
import { dataMapVan, leesConfig } from '../../src/config/lees.ts';
import { controleerGereedheid, meldingAdressen } from '../../src/config/productie.ts';
import type { Config } from '../../src/config/schema.ts';
import type { Regio } from '../../src/regio/schema.ts';
import { laadSleutel } from '../../src/regio/sleutel.ts';
import { createMeldingApp, type MeldingApp, type MeldingDeps } from './app.ts';
import type { Opslag } from './opslag/opslag.ts';
import { blobsOpslag } from './opslag/blobs.ts';
import { sqliteOpslag } from './opslag/sqlite.ts';

export interface OmgevingOpties {
  /** SMTP URL to use when SMTP_URL is unset, e.g. the embedded sink's. */
  smtpUrl?: string;
  /** Serverless: no spool; 202 only after the relay accepted, else 503. */
  serverless?: boolean;
  log?: (regel: string) => void;
  /** The store to use instead of the host's own (tests: instances sharing one BlobsServer). */
  opslag?: Opslag;
}

/** Serverless: Netlify Blobs from the function's own context (Netlify and netlify-cli provide it). */
async function netlifyOpslag(log: (r: string) => void): Promise<Opslag> {
  const { getStore } = await import('@netlify/blobs');
  try {
    return blobsOpslag(getStore({ name: 'meldwijzer-melding', consistency: 'strong' }));
  } catch (e) {
    // No Blobs context: every melding then gets 503 (nothing is sent that could be sent twice).
    log(`let op: Netlify Blobs is niet beschikbaar (${(e as Error).name}); meldingen worden geweigerd tot dat is opgelost`);
    const weg = async (): Promise<never> => {
      throw e;
    };
    return { nieuw: weg, lees: weg, vervang: weg, wis: weg, opruimen: weg, sluit: async () => {} };
  }
}

/** MELDWIJZER_PRODUCTIE=1 and the region is not ready: one line per reason, as `npm run controle` says it. */
export class ProductieFout extends Error {
  override name = 'ProductieFout';
}

/** The proof-of-work HMAC secret: MELDING_POW_SLEUTEL, else one generated once into the data folder. */
function powGeheim(config: Config, serverless: boolean, log: (r: string) => void): string {
  if (config.MELDING_POW_SLEUTEL) return config.MELDING_POW_SLEUTEL;
  if (serverless) {
    log('let op: MELDING_POW_SLEUTEL is niet gezet; elke functie-instantie maakt een eigen geheim');
    return randomBytes(32).toString('hex');
  }
  const pad = join(dataMapVan(config), 'pow.sleutel');
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

export async function meldingDepsUitOmgeving(env: NodeJS.ProcessEnv, regio: Regio, opties: OmgevingOpties = {}): Promise<MeldingDeps> {
  const config = leesConfig(env);
  const log = opties.log ?? ((regel: string) => console.log(`${new Date().toISOString()} ${regel}`));
  if (config.MELDWIJZER_PRODUCTIE) {
    const { fouten } = await controleerGereedheid({ regio, env });
    if (fouten.length) throw new ProductieFout(`MELDWIJZER_PRODUCTIE=1, maar ${regio.id} is niet klaar:\n${fouten.map((f) => `  - ${f}`).join('\n')}`);
  }
  const sleutel = await laadSleutel(regio, env);
  const smtpUrl = config.SMTP_URL ?? opties.smtpUrl;
  if (!smtpUrl) throw new Error('SMTP_URL is niet gezet en er is geen lokale SMTP-sink: de melding kan nergens heen.');
  const { aan, van } = meldingAdressen(regio, config);
  const serverless = opties.serverless ?? false;
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    // Self-hosted: one pooled connection drains a backlog quickly after an outage (no greeting per mail).
    pool: !serverless,
    maxConnections: 1,
    // Serverless waits for the relay while the reporter waits: fail fast there.
    connectionTimeout: serverless ? 10_000 : 30_000,
    greetingTimeout: serverless ? 10_000 : 30_000,
    socketTimeout: serverless ? 20_000 : 60_000,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  log(`melding-functie: sleutel uit ${sleutel.bron} (${sleutel.vingerafdruk}), ${serverless ? 'zonder spool' : 'met spool'}`);
  return {
    sleutel: sleutel.armored,
    transport: transport as unknown as MeldingDeps['transport'],
    spoolMap: serverless ? null : join(dataMapVan(config), 'spool'),
    aan,
    van,
    powGeheim: powGeheim(config, serverless, log),
    perMinuut: config.MELDING_PER_MINUUT,
    origines: [regio.url],
    snelWeg: regio.snelWeg,
    // The only serverless entry is Netlify's: its 6 MB request limit sets the photo limit there.
    host: serverless ? 'netlify' : 'zelf',
    opslag: opties.opslag ?? (serverless ? await netlifyOpslag(log) : sqliteOpslag(join(dataMapVan(config), 'melding.sqlite'))),
    log,
    opruimen: () => transport.close(),
  };
}

export async function meldingAppUitOmgeving(env: NodeJS.ProcessEnv, regio: Regio, opties: OmgevingOpties = {}): Promise<MeldingApp> {
  return createMeldingApp(await meldingDepsUitOmgeving(env, regio, opties));
}
