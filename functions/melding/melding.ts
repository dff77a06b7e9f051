/**
 * Netlify Functions (v2) entry: the same Hono app as the self-hosted server, as `fetch`. Serverless: there is
 * no disk to spool to, so the reporter gets 202 only after the relay accepted the mail, and 503 otherwise
 * (the browser keeps the ciphertext and offers a retry). Needs SMTP_URL and MELDING_POW_SLEUTEL in the
 * site's environment, and the region's key file bundled (netlify.toml: included_files = ["content/regios/**"]).
 */
import { leesConfig } from '../../src/config/lees.ts';
import { functieHeaders } from '../../src/http/headers.ts';
import { laadRegio } from '../../src/regio/laad.ts';
import type { MeldingApp } from './app.ts';
import { meldingAppUitOmgeving } from './omgeving.ts';

let app: Promise<MeldingApp> | null = null;

function maakApp(): Promise<MeldingApp> {
  const config = leesConfig(process.env);
  return meldingAppUitOmgeving(process.env, laadRegio(config.MELDWIJZER_REGIO), { serverless: true });
}

export default async function handler(request: Request): Promise<Response> {
  const wordt = (app ??= maakApp().catch((e: unknown) => {
    app = null; // try again on the next request instead of failing forever
    throw e;
  }));
  const antwoord = await (await wordt).handle(request);
  // Netlify applies dist/_headers to static files only, so the function adds the same security headers itself.
  const headers = new Headers(antwoord.headers);
  for (const [naam, waarde] of Object.entries(functieHeaders())) if (!headers.has(naam)) headers.set(naam, waarde);
  return new Response(antwoord.body, { status: antwoord.status, statusText: antwoord.statusText, headers });
}

export const config = { path: ['/api/melding', '/api/uitdaging'] };
