import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ConfigFout, leesConfig } from '../../../src/config/lees.ts';
import { CONFIG_VARIABELEN } from '../../../src/config/schema.ts';

function fout(env: Record<string, string>): string {
  try {
    leesConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigFout);
    return (e as Error).message;
  }
  throw new Error('geen fout');
}

describe('the configuration schema', () => {
  test('defaults in one place; an empty value counts as unset', () => {
    const c = leesConfig({ PORT: '', MELDING_PER_MINUUT: ' ' });
    expect(c).toMatchObject({ MELDWIJZER_REGIO: 'de-bilt', MELDWIJZER_DIST: 'dist', MELDWIJZER_DATA: '.meldwijzer', PORT: 4321, HOST: '127.0.0.1', MELDING_PER_MINUUT: 30, MELDWIJZER_PRODUCTIE: false });
    expect(leesConfig({ PORT: '8080', MELDING_PER_MINUUT: '5', MELDWIJZER_PRODUCTIE: '1' })).toMatchObject({ PORT: 8080, MELDING_PER_MINUUT: 5, MELDWIJZER_PRODUCTIE: true });
  });

  test('a wrong value gives VARIABLE: what is expected, one line each', () => {
    expect(fout({ PORT: 'abc', MELDING_PER_MINUUT: 'abc', MELDING_TO: 'x@', MELDWIJZER_PRODUCTIE: 'ja', SMTP_URL: 'http://relay', MELDWIJZER_VANDAAG: '18-10-2026', MELDING_POW_SLEUTEL: 'kort' })).toMatchInlineSnapshot(`
      "De instellingen kloppen niet:
        MELDWIJZER_PRODUCTIE: 0 of 1 (1 = productie)
        MELDWIJZER_VANDAAG: een datum als 2026-10-18
        SMTP_URL: een adres als smtp://gebruiker:wachtwoord@host:587 of smtps://host:465
        MELDING_TO: een e-mailadres zoals aandachtsfunctionaris@gemeente.nl
        PORT: een geheel getal van 0 tot en met 65535, zoals 4321
        MELDING_POW_SLEUTEL: minstens 16 tekens (maak er een met: openssl rand -hex 32)
        MELDING_PER_MINUUT: een geheel getal van 1 tot en met 100000, zoals 30"
    `);
    expect(fout({ PORT: '70000' })).toContain('PORT: een geheel getal van 0 tot en met 65535');
    expect(fout({ MELDING_PER_MINUUT: '0' })).toContain('MELDING_PER_MINUUT:');
    expect(fout({ MELDWIJZER_REGIO: 'De Bilt' })).toContain('MELDWIJZER_REGIO:');
  });

  test("README's settings table lists exactly the variables of the schema (MELDWIJZER_DIST and MELDWIJZER_HTTPS in docs)", () => {
    const readme = readFileSync('README.md', 'utf8');
    const tabel = readme.slice(readme.indexOf('## Settings'), readme.indexOf('## Other commands'));
    const inReadme = [...tabel.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]).sort();
    expect(inReadme).toEqual([...CONFIG_VARIABELEN].sort());
  });
});

describe('a wrong variable stops the start before anything opens', () => {
  const serve = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['src/server/main.ts'], { env: { ...process.env, MELDWIJZER_DIST: 'bestaat-niet', ...env }, encoding: 'utf8', timeout: 30_000 });
  test.each([
    [{ PORT: 'abc' }, /PORT: een geheel getal/],
    [{ MELDING_PER_MINUUT: 'abc' }, /MELDING_PER_MINUUT: een geheel getal/],
    [{ MELDWIJZER_PRODUCTIE: '1', MELDING_TO: 'af@gemeente.test' }, /Mailbox af@gemeente\.test \(MELDING_TO\) is een voorbeeldadres/],
  ])('npm run serve with %o', (env, melding) => {
    const r = serve(env);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(melding);
    expect(r.stdout).not.toMatch(/ op http:/);
  });

  test('npm run controle refuses the same address as serve', () => {
    const r = spawnSync(process.execPath, ['src/cli/controle.ts'], { env: { ...process.env, MELDING_TO: 'af@gemeente.test' }, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Mailbox af@gemeente\.test \(MELDING_TO\) is een voorbeeldadres/);
  });
});
