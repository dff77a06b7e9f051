/**
 * The shared melding suite (tests/unit/server/ingangen.ts) through Netlify's own tooling:
 * `netlify functions:serve --offline` runs functions/melding/melding.ts as a Functions v2 handler.
 * netlify-cli is not a dependency (it is large); the test is skipped when it is absent. Install it once with
 * `npx -y netlify-cli@27 --version` (about 40 s), or point NETLIFY_CLI at its `netlify` binary.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe } from 'vitest';
import { laadRegio } from '../../../src/regio/laad.ts';
import { laadSleutel, lokaleSleutelPaden } from '../../../src/regio/sleutel.ts';
import { startSmtpSink, type SmtpSink } from '../../../src/dev/smtp-sink.ts';
import { maakSite } from '../../unit/server/hulp.ts';
import { ingangSuite } from '../../unit/server/ingangen.ts';

function vindNetlify(): string | null {
  if (process.env.NETLIFY_CLI && existsSync(process.env.NETLIFY_CLI)) return process.env.NETLIFY_CLI;
  const npx = join(homedir(), '.npm', '_npx');
  if (!existsSync(npx)) return null;
  for (const d of readdirSync(npx)) {
    const bin = join(npx, d, 'node_modules', '.bin', 'netlify');
    const pkg = join(npx, d, 'node_modules', 'netlify-cli', 'package.json');
    if (existsSync(bin) && existsSync(pkg) && /"version": "27\./.test(readFileSync(pkg, 'utf8'))) return bin;
  }
  return null;
}

const NETLIFY = vindNetlify();

function vrijePoort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => ok(p));
    });
  });
}

describe.skipIf(!NETLIFY)('Netlify entry via netlify-cli functions:serve --offline', () => {
  let site: { root: string; dist: string };
  let sink: SmtpSink;
  let kind: ChildProcess;
  let url = '';
  let sleutels = { publiek: '', prive: '' };

  beforeAll(async () => {
    site = maakSite();
    sink = await startSmtpSink({ map: join(site.root, 'post') });
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NETLIFY_TELEMETRY_DISABLED: '1',
      MELDWIJZER_REGIO: 'de-bilt',
      MELDWIJZER_DATA: join(site.root, 'data'),
      SMTP_URL: sink.url,
      MELDING_POW_SLEUTEL: 'netlify-cli-test',
      MELDING_PER_MINUUT: '1000',
    };
    delete env.MELDING_SLEUTEL;
    await laadSleutel(laadRegio('de-bilt'), env);
    const paden = lokaleSleutelPaden('de-bilt', env);
    sleutels = { publiek: readFileSync(paden.pub, 'utf8'), prive: readFileSync(paden.priv, 'utf8') };
    const poort = await vrijePoort();
    kind = spawn(NETLIFY!, ['functions:serve', '--offline', '--port', String(poort), '--functions', 'functions'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let uitvoer = '';
    kind.stdout!.on('data', (d) => (uitvoer += d));
    kind.stderr!.on('data', (d) => (uitvoer += d));
    url = `http://127.0.0.1:${poort}`;
    const eind = Date.now() + 90_000;
    for (;;) {
      try {
        if ((await fetch(`${url}/api/uitdaging`)).status === 200) break;
      } catch {
        /* not listening yet */
      }
      if (Date.now() > eind || kind.exitCode !== null) throw new Error(`netlify functions:serve startte niet:\n${uitvoer}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 120_000);

  afterAll(async () => {
    kind?.kill('SIGTERM');
    await sink?.close();
    rmSync(site.root, { recursive: true, force: true });
  });

  const mails = () => readdirSync(sink.map).filter((f) => f.endsWith('.eml')).map((f) => readFileSync(join(sink.map, f), 'utf8'));
  ingangSuite('netlify-cli', () => ({ fetch: (pad, init) => fetch(url + pad, init), mails, ...sleutels }), {
    host: 'netlify',
    // functions:serve starts the function anew per request; the sent codes live in netlify-cli's local Blobs
    // sandbox (its BlobsServer), so "the same melding twice gives one mail" holds here too.
  });
});
