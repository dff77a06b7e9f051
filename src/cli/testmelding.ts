/**
 * `npm run testmelding`: sends one test melding through the configured path, exactly as the form would
 * (key from MELDING_SLEUTEL / profile / local test key, proof of work, the function's checks) to SMTP_URL,
 * or to the local SMTP sink in ${MELDWIJZER_DATA}/post/ when SMTP_URL is unset. Success means the relay
 * answered 250 (the function runs without spool here, so nothing is left waiting).
 */
import { join, relative } from 'node:path';
import * as openpgp from 'openpgp';
import { vereisNode } from './runtime.ts';
import { hulpBijVraag } from './hulp.ts';
import { dataMapVan, leesConfig } from '../config/lees.ts';
import { laadRegio } from '../regio/laad.ts';
import { groepeer, laadSleutel } from '../regio/sleutel.ts';
import { meldingMime, nieuweCode } from '../melding/tekst.ts';
import { veldenSchema } from '../melding/velden.ts';
import { meldingAppUitOmgeving } from '../../functions/melding/omgeving.ts';
// One melding, sent at once: nothing to remember afterwards.
import { geheugenOpslag } from '../../functions/melding/opslag/opslag.ts';
import { losOp } from '../../functions/melding/pow.ts';
import { startSmtpSink, type SmtpSink } from '../dev/smtp-sink.ts';

vereisNode();
hulpBijVraag(`
npm run testmelding
  Stuurt één testmelding zoals het formulier dat doet (sleutel, controle tegen misbruik, versleuteling)
  naar SMTP_URL, of naar de lokale SMTP-sink in MELDWIJZER_DATA/post/ als SMTP_URL niet gezet is.
  Regio: MELDWIJZER_REGIO (standaard de-bilt). Geen opties.
`);
const env = process.env;
let sink: SmtpSink | undefined;
const toon = (p: string) => (relative(process.cwd(), p).startsWith('..') ? p : relative(process.cwd(), p));

try {
  const config = leesConfig(env);
  const regio = laadRegio(config.MELDWIJZER_REGIO);
  const sleutel = await laadSleutel(regio, env);
  console.log(`Regio ${regio.id}; sleutel ${groepeer(sleutel.vingerafdruk)} (${sleutel.bron}).`);
  if (!config.SMTP_URL) sink = await startSmtpSink({ map: join(dataMapVan(config), 'post') });
  const app = await meldingAppUitOmgeving(env, regio, { smtpUrl: sink?.url, serverless: true, opslag: geheugenOpslag(), log: (r: string) => console.log(`  ${r}`) });
  const code = nieuweCode();
  const velden = veldenSchema.parse({ wat: `Dit is een TESTMELDING van Meldwijzer (${new Date().toISOString()}). Er is niets aan de hand. Tekens: é ë ï ü 🚨 שלום.` });
  const versleuteld = (await openpgp.encrypt({
    message: await openpgp.createMessage({ text: meldingMime(velden, code) }),
    encryptionKeys: await openpgp.readKey({ armoredKey: sleutel.armored }),
    format: 'armored',
  })) as string;
  const uitdaging = await (await app.handle(new Request('http://127.0.0.1/api/uitdaging'))).json();
  const pow = await losOp(uitdaging);
  const r = await app.handle(
    new Request('http://127.0.0.1/api/melding', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, versleuteld, pow }) }),
  );
  const antwoord = (await r.json()) as { status: string; bericht?: string };
  await app.stop();
  if (r.status !== 202) throw new Error(`Testmelding ${code} NIET verstuurd: ${r.status} ${antwoord.bericht ?? ''}`);
  const waar = sink ? `de lokale SMTP-sink (${toon(sink.map)}/)` : 'de SMTP-server uit SMTP_URL';
  console.log(`Gelukt: testmelding ${code} is aangenomen door ${waar}.`);
  console.log(`Onderwerp in de mailbox: "Anonieme melding mensenhandel ${code}".`);
  if (sink) console.log(`Lezen: npm run ontsleutel -- ${toon(sink.map)}/<nieuwste>.eml`);
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
} finally {
  await sink?.close();
}
