/**
 * `npm run serve`: the self-hosted production server. Serves the built site (MELDWIJZER_DIST or dist/) with
 * the security headers, runs the melding function with its spool worker, and needs only an SMTP relay
 * (SMTP_URL). Listens on HOST:PORT (default 127.0.0.1:4321); put nginx or Caddy with TLS in front
 * (docs/deploy.md). MELDWIJZER_HTTPS=1 when it is served over https (adds upgrade-insecure-requests).
 */
import { vereisNode } from '../cli/runtime.ts';
import { laadActieveRegio, RegioFout } from '../regio/laad.ts';
import { SleutelFout } from '../regio/sleutel.ts';
import { meldingAppUitOmgeving } from '../../functions/melding/app.ts';
import { startServer } from './app.ts';
import { stopBijSignaal } from './levensloop.ts';

vereisNode();

try {
  const env = process.env;
  const regio = laadActieveRegio(env);
  const dist = env.MELDWIJZER_DIST?.trim() || 'dist';
  const app = await meldingAppUitOmgeving(env, regio);
  await app.start();
  const server = await startServer({
    dist,
    port: Number(env.PORT ?? 4321),
    host: env.HOST?.trim() || '127.0.0.1',
    app,
    https: env.MELDWIJZER_HTTPS === '1',
  });
  console.log(`Meldwijzer ${regio.id}: ${dist} op ${server.url}`);
  stopBijSignaal([
    { naam: 'de webserver', stop: () => server.close() },
    { naam: 'de bezorging', stop: () => app.stop() },
  ]);
} catch (e) {
  if (e instanceof RegioFout || e instanceof SleutelFout) {
    console.error(e.message);
    process.exit(1);
  }
  console.error(`Meldwijzer kon niet starten: ${(e as Error).message}`);
  process.exit(1);
}
