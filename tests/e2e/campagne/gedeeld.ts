/** What the campaign e2e tests share: region data, the campaign years, PDF/QR tools, a temporary project copy. */
import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT } from '../harness.ts';

const exec = promisify(execFile);

export interface RegioData {
  id: string;
  naam: string;
  url: string;
}

export function regioData(id: string): RegioData {
  return JSON.parse(readFileSync(join(PROJECT, 'content/regios', `${id}.json`), 'utf8')) as RegioData;
}

/** Exactly what every QR code must hold. */
export const meldUrl = (r: RegioData) => `${r.url}/melden/`;

/** Campaign years with a file in content/campagnes/. */
export function campagneJaren(map = join(PROJECT, 'content/campagnes')): string[] {
  return readdirSync(map).map((f) => /^(\d{4})\.mdx?$/.exec(f)?.[1]).filter((j): j is string => !!j).sort();
}

/** Renders page 1 of a PDF with pdftoppm and returns the PNG path. */
export async function pdfNaarPng(pdf: string, uit: string, dpi = 100): Promise<string> {
  await exec('pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', '-png', pdf, uit]);
  return `${uit}.png`;
}

/** Every QR code zbarimg finds in an image, raw text. zbarimg exits 4 when it finds none. */
export async function qrInhoud(png: string): Promise<string[]> {
  try {
    const { stdout } = await exec('zbarimg', ['-q', '--raw', png]);
    return stdout.split('\n').filter(Boolean);
  } catch (e) {
    if ((e as { code?: number }).code === 4) return [];
    throw e;
  }
}

/** The PDF's text as pdftotext reads it; `layout` keeps columns side by side (numbers next to labels). */
export async function pdfTekst(pdf: string, layout = true): Promise<string> {
  const { stdout } = await exec('pdftotext', [...(layout ? ['-layout'] : []), pdf, '-']);
  return stdout;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngMaat(b: Buffer): [number, number] {
  if (b.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('geen PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

/**
 * A copy of the project (sources, content, config; node_modules linked) in a temp folder, so a test can
 * change content without touching the shared work tree. `pas` edits the copy before it is returned.
 */
export function projectKopie(pas: (map: string) => void): string {
  const map = mkdtempSync(join(tmpdir(), 'meldwijzer-campagne-'));
  for (const naam of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'functions']) {
    if (existsSync(join(PROJECT, naam))) cpSync(join(PROJECT, naam), join(map, naam), { recursive: true });
  }
  symlinkSync(join(PROJECT, 'node_modules'), join(map, 'node_modules'), 'dir');
  pas(map);
  return map;
}

/** Replaces `oud` by `nieuw` in a file of the copy; fails when `oud` is not there (the test would prove nothing). */
export function vervang(bestand: string, oud: string, nieuw: string): void {
  const tekst = readFileSync(bestand, 'utf8');
  if (!tekst.includes(oud)) throw new Error(`${bestand} bevat "${oud}" niet`);
  writeFileSync(bestand, tekst.replace(oud, nieuw));
}

/** `npm run build` in `map` into `map/dist`; resolves with exit code and output (never rejects on failure). */
export function bouwIn(map: string, env: Record<string, string> = {}): Promise<{ code: number | null; uitvoer: string; dist: string }> {
  const dist = join(map, 'dist');
  return new Promise((klaar, mis) => {
    let uitvoer = '';
    const kind = spawn('npm', ['run', 'build'], {
      cwd: map,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', MELDWIJZER_REGIO: 'de-bilt', ...env, MELDWIJZER_DIST: dist },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    kind.stdout.on('data', (d) => (uitvoer += d));
    kind.stderr.on('data', (d) => (uitvoer += d));
    kind.on('error', mis);
    // Astro colours its error output when CI=true; compare plain text.
    kind.on('close', (code) => klaar({ code, uitvoer: uitvoer.replace(/\x1b\[[0-9;]*m/g, ''), dist }));
  });
}
