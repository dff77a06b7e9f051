/**
 * `npm run serve`: the self-hosted production server. Serves the built site (MELDWIJZER_DIST or dist/) with
 * the security headers, runs the melding function with its spool worker, and needs only an SMTP relay
 * (SMTP_URL). Listens on HOST:PORT (default 127.0.0.1:4321); put nginx or Caddy with TLS in front
 * (docs/deploy.md). MELDWIJZER_HTTPS=1 when it is served over https (adds upgrade-insecure-requests).
 */
import { vereisNode } from '../cli/runtime.ts';
import { hulpBijVraag } from '../cli/hulp.ts';
import { fataal } from '../cli/fataal.ts';
import { leesConfig } from '../config/lees.ts';
import { laadRegio } from '../regio/laad.ts';
import { meldingAppUitOmgeving } from '../../functions/melding/omgeving.ts';
import { startServer } from './server.ts';
import { stopBijSignaal } from './levensloop.ts';

vereisNode();
hulpBijVraag(`
npm run serve
  De productieserver: de gebouwde site (MELDWIJZER_DIST, standaard dist/) met de beveiligingsheaders en de
  meldfunctie met spool, op HOST:PORT (standaard 127.0.0.1:4321). Mail gaat naar SMTP_URL. Instellingen:
  zie README; een verkeerde waarde stopt de start. Stoppen: SIGTERM of Ctrl-C.
`);

try {
  // Everything is checked before a port is opened or the spool is touched.
  const config = leesConfig(process.env);
  const regio = laadRegio(config.MELDWIJZER_REGIO);
  const app = await meldingAppUitOmgeving(process.env, regio);
  const server = await startServer({ dist: config.MELDWIJZER_DIST, port: config.PORT, host: config.HOST, app, https: config.MELDWIJZER_HTTPS });
  await app.start();
  console.log(`Meldwijzer ${regio.id}: ${config.MELDWIJZER_DIST} op ${server.url}`);
  stopBijSignaal([
    { naam: 'de webserver', stop: () => server.close() },
    { naam: 'de bezorging', stop: () => app.stop() },
  ]);
} catch (e) {
  fataal(e);
}
