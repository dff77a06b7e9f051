/**
 * Serves a built site on 127.0.0.1 with a free port: through the production server (src/server/, export
 * `startServer`) once a file there exports it, otherwise through the harness's own static server.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT } from './bouw.ts';
import { startStatisch } from './statisch.ts';

export interface Site {
  /** Origin without trailing slash, e.g. http://127.0.0.1:40123 */
  url: string;
  close(): Promise<void>;
}

export interface SiteOpties {
  /** The melding app (functions/melding/app.ts) for the production server to mount under /api/. */
  app?: unknown;
  /** Force the harness's static server even when the production server exists. */
  statisch?: boolean;
}

type StartServer = (o: { dist: string; port: number; host: string; app?: unknown }) => Promise<Site> | Site;

/** The file in src/server/ that exports startServer, if there is one yet. */
export function productieServerBestand(): string | null {
  const map = join(PROJECT, 'src/server');
  if (!existsSync(map)) return null;
  for (const naam of readdirSync(map).sort()) {
    if (!naam.endsWith('.ts') || naam.endsWith('.test.ts')) continue;
    const tekst = readFileSync(join(map, naam), 'utf8');
    if (/export\s+(async\s+)?function\s+startServer\b|export\s+const\s+startServer\b|export\s*\{[^}]*\bstartServer\b/.test(tekst)) {
      return join(map, naam);
    }
  }
  return null;
}

export async function startSite(dist: string, opties: SiteOpties = {}): Promise<Site> {
  const bestand = opties.statisch ? null : productieServerBestand();
  if (!bestand) return startStatisch(dist);
  const mod = (await import(pathToFileURL(bestand).href)) as { startServer: StartServer };
  const site = await mod.startServer({ dist, port: 0, host: '127.0.0.1', app: opties.app });
  return { url: site.url.replace(/\/$/, ''), close: () => site.close() };
}
