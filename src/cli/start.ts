/**
 * `npm start`: one command for the whole thing on this machine. Builds the site for MELDWIJZER_REGIO, makes
 * a local test key on first run, starts an SMTP sink on 127.0.0.1 (unless SMTP_URL is set) and the
 * production server with the melding function on http://127.0.0.1:${PORT:-4321}. Ctrl-C stops it all.
 */
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { vereisNode } from './runtime.ts';
import { fataal } from './fataal.ts';
import { hulpBijVraag } from './hulp.ts';
import { dataMapVan, leesConfig } from '../config/lees.ts';
import { laadRegio } from '../regio/laad.ts';
import { groepeer, laadSleutel, lokaleSleutelPaden } from '../regio/sleutel.ts';
import { meldingAppUitOmgeving } from '../../functions/melding/omgeving.ts';
import { startSmtpSink } from '../dev/smtp-sink.ts';
import { startServer } from '../server/server.ts';
import { stopBijSignaal, type Stap } from '../server/levensloop.ts';

vereisNode();
hulpBijVraag(`
npm start
  Bouwt de site voor MELDWIJZER_REGIO (standaard de-bilt), maakt de eerste keer een lokale testsleutel,
  start een SMTP-sink op 127.0.0.1 (tenzij SMTP_URL gezet is) en de server met de meldfunctie op
  http://HOST:PORT (standaard 127.0.0.1:4321). Instellingen: zie README. Stoppen: Ctrl-C.
`);
const env = process.env;
env.ASTRO_TELEMETRY_DISABLED = '1';

try {
  const config = leesConfig(env);
  const regio = laadRegio(config.MELDWIJZER_REGIO);
  const dist = config.MELDWIJZER_DIST;

  // The key first: the build embeds it in /melden/, so build and function must see the same one.
  const sleutel = await laadSleutel(regio, env);
  const herkomst =
    sleutel.bron === 'omgeving' ? `MELDING_SLEUTEL (${env.MELDING_SLEUTEL})`
    : sleutel.bron === 'profiel' ? `regioprofiel ${regio.id}`
    : `lokale testsleutel (${relative(process.cwd(), lokaleSleutelPaden(regio.id, env).priv)}, alleen voor testen)`;
  console.log(`Sleutel: ${groepeer(sleutel.vingerafdruk)} uit ${herkomst}`);

  // Always build: it takes seconds, and a stale build with another key or region would be worse.
  console.log(`Site bouwen voor ${regio.naam} in ${dist}/ …`);
  const bouw = spawnSync(process.execPath, ['src/cli/build.ts'], { stdio: 'inherit', env });
  if (bouw.status !== 0) process.exit(bouw.status ?? 1);

  const sink = config.SMTP_URL ? undefined : await startSmtpSink({ map: join(dataMapVan(config), 'post'), poort: 0 });
  const postMap = sink?.map;
  const app = await meldingAppUitOmgeving(env, regio, { smtpUrl: sink?.url });
  const server = await startServer({ dist, port: config.PORT, host: config.HOST, app });
  await app.start();
  // Order matters: no new requests, then no new deliveries, then the sink the deliveries go to.
  const stappen: Stap[] = [
    { naam: 'de webserver', stop: () => server.close() },
    { naam: 'de bezorging', stop: () => app.stop() },
  ];
  if (sink) stappen.push({ naam: 'de SMTP-sink', stop: () => sink.close() });

  const post = postMap ? (relative(process.cwd(), postMap).startsWith('..') ? postMap : relative(process.cwd(), postMap)) : undefined;
  console.log(
    [
      '',
      `Meldwijzer ${regio.korteNaam} draait: open ${server.url}/`,
      post
        ? `Meldingen komen als .eml-bestand in ${post}/ (lokale SMTP-sink, er gaat geen mail naar buiten).`
        : `Meldingen gaan naar de SMTP-server uit SMTP_URL.`,
      post ? `Lezen met de lokale testsleutel: npm run ontsleutel -- ${post}/<bestand>.eml` : '',
      'Stoppen: Ctrl-C.',
      '',
    ]
      .filter((r) => r !== '')
      .join('\n'),
  );
  stopBijSignaal(stappen);
} catch (e) {
  fataal(e);
}
