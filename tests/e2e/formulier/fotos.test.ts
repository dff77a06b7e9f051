/**
 * Photos with a melding, in Chromium: a phone-like JPEG and a PNG, tagged with exiftool (GPS, time, camera,
 * XMP, text chunks), go through the form; the mail decrypts with gpg to the exact text and two images of the
 * expected size in which exiftool finds none of that. Every refusal shows next to the field and sends nothing.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { simpleParser } from 'mailparser';
import { axeScan, beschrijfAxe, nieuwePagina, type Pagina } from '../harness.ts';
import { pgpUitEml } from './gnupg.ts';
import { startMeldOpzet, type MeldOpzet } from './opzet.ts';
import { png } from '../../unit/formulier/beelden.ts';
import { NL_FORMULIER } from '../../../src/i18n/formulier.ts';

let o: MeldOpzet;
let map: string;

beforeAll(async () => {
  o = await startMeldOpzet('curve25519');
  map = mkdtempSync(join(tmpdir(), 'meldwijzer-fotos-'));
});
afterAll(async () => {
  await o?.stop();
  if (map) rmSync(map, { recursive: true, force: true });
});

const exiftool = (args: string[]) => execFileSync('exiftool', args, { encoding: 'utf8' });

/** What exiftool reads in a file, as "Group:Tag" → value. */
function labels(pad: string): Record<string, unknown> {
  return JSON.parse(exiftool(['-j', '-a', '-G1', '-n', pad]))[0];
}

/** An image drawn by the browser's canvas (a gradient with a licence plate), as the bytes of a file. */
async function teken(page: Page, breedte: number, hoogte: number, type: string): Promise<Buffer> {
  const bytes = await page.evaluate(
    async ([w, h, t]) => {
      const c = document.createElement('canvas');
      c.width = w;
      c.height = h;
      const x = c.getContext('2d')!;
      const g = x.createLinearGradient(0, 0, w, h);
      g.addColorStop(0, '#a33');
      g.addColorStop(1, '#33a');
      x.fillStyle = g;
      x.fillRect(0, 0, w, h);
      x.fillStyle = '#fff';
      x.font = `${Math.round(h / 8)}px sans-serif`;
      x.fillText('XX-123-Y', w / 10, h / 2);
      const b: Blob = await new Promise((k) => c.toBlob((b) => k(b!), t, 0.92));
      return Array.from(new Uint8Array(await b.arrayBuffer()));
    },
    [breedte, hoogte, type] as const,
  );
  return Buffer.from(bytes);
}

async function openFormulier(): Promise<Pagina> {
  const p = await nieuwePagina(o.browser, { origin: o.site.url });
  await p.page.goto(`${o.site.url}/melden/`);
  await p.page.waitForSelector('astro-island:not([ssr])');
  await p.page.waitForSelector('#veld-fotos');
  return p;
}

/** Chooses files; the tests then wait (bounded) for the outcome they expect. */
const kies = (page: Page, bestanden: string[]) => page.setInputFiles('#veld-fotos', bestanden);
/** The messages next to the field, once there are any. */
const foutTekst = (page: Page) => page.locator('#veld-fotos-fout').innerText({ timeout: 100 }).catch(() => '');
const POLL = { timeout: 20_000 };

describe('/melden/ with photos', () => {
  test('a tagged JPEG and PNG arrive as one mail; after gpg the images have the expected size and no metadata', async () => {
    const p = await openFormulier();
    const api: string[] = [];
    p.page.on('request', (r) => r.url().includes('/api/melding') && api.push(r.postData() ?? ''));

    // A phone photo: 4000×3000, rotated by EXIF (orientation 6: turn 90° clockwise), with GPS, time, camera and XMP.
    const jpg = join(map, 'IMG_20261130_051200.jpg');
    writeFileSync(jpg, await teken(p.page, 4000, 3000, 'image/jpeg'));
    exiftool(['-q', '-overwrite_original', '-n', '-Orientation=6', '-GPSLatitude=52.1093', '-GPSLatitudeRef=N', '-GPSLongitude=5.1805', '-GPSLongitudeRef=E',
      '-DateTimeOriginal=2026:11:30 05:12:00', '-Make=Testmerk', '-Model=Testtelefoon 9', '-XMP-dc:Creator=Jan Jansen', '-XMP-dc:Description=bij het raam', jpg]);
    const schermafbeelding = join(map, 'Schermafbeelding.png');
    writeFileSync(schermafbeelding, await teken(p.page, 900, 1600, 'image/png'));
    exiftool(['-q', '-overwrite_original', '-PNG:Author=Jan Jansen', '-PNG:Comment=thuis, Dorpsstraat 1', schermafbeelding]);
    // The test files really carry what must go.
    const voor = { ...labels(jpg), ...labels(schermafbeelding) };
    for (const tag of ['GPS:GPSLatitude', 'ExifIFD:DateTimeOriginal', 'IFD0:Make', 'IFD0:Model', 'XMP-dc:Creator', 'PNG:Author', 'PNG:Comment']) expect(voor, tag).toHaveProperty([tag]);
    expect(readFileSync(schermafbeelding).includes('tEXt')).toBe(true);

    await kies(p.page, [jpg, schermafbeelding]);
    await expect.poll(() => p.page.locator('.fotos__foto').count(), POLL).toBe(2);
    await expect.poll(() => p.page.locator('.fotos__bezig').count(), POLL).toBe(0);
    const veld = await p.page.locator('.utrecht-form-field--fotos').innerText();
    expect(veld).toContain(NL_FORMULIER.fotos.schoon);
    expect(veld).toContain('1.920 × 2.560 pixels');
    expect(veld).toContain('900 × 1.600 pixels');
    expect(veld).not.toContain('IMG_2026'); // the file's own name goes nowhere, not even into the list
    expect(await p.page.locator('.fotos__voorbeeld').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth > 0 && (i as HTMLImageElement).alt))).toEqual(['Voorbeeld van foto 1', 'Voorbeeld van foto 2']);
    expect(beschrijfAxe(await axeScan(p.page))).toEqual([]);
    expect(api).toEqual([]);

    const wat = 'Busje om vijf uur ’s ochtends bij de kassen; kenteken staat op de foto 📷.';
    await p.page.fill('#veld-wat', wat);
    const voorMail = o.opgeslagen.length;
    await p.page.click('button[type=submit]');
    await p.page.waitForSelector('.bon', { timeout: 30_000 });
    const code = (await p.page.locator('.bon__code').innerText()).trim();
    expect(api).toHaveLength(1);
    for (const geheim of ['Jan Jansen', 'Testmerk', 'Dorpsstraat', wat]) expect(api[0]).not.toContain(geheim);
    expect(p.vreemd).toEqual([]);

    const eml = await o.wachtOpMail(voorMail + 1);
    expect(o.opgeslagen).toHaveLength(voorMail + 1);
    const mime = await simpleParser(o.gpg.ontsleutel(pgpUitEml(eml)));
    expect(mime.text).toContain(`Anonieme melding mensenhandel ${code}`);
    expect(mime.text).toContain(`Wat heeft de melder gezien of gehoord:\n${wat}\n`);
    expect(mime.attachments.map((a) => a.filename)).toEqual(['foto-1.jpg', 'foto-2.png']);

    const verwacht = [
      { naam: 'foto-1.jpg', breedte: 1920, hoogte: 2560 }, // turned upright, long side 2560
      { naam: 'foto-2.png', breedte: 900, hoogte: 1600 }, // a screenshot stays PNG at its own size
    ];
    for (const [i, a] of mime.attachments.entries()) {
      const pad = join(map, `uit-${a.filename}`);
      writeFileSync(pad, a.content);
      const na = labels(pad);
      expect(na['File:ImageWidth'] ?? na['PNG:ImageWidth'], a.filename).toBe(verwacht[i]!.breedte);
      expect(na['File:ImageHeight'] ?? na['PNG:ImageHeight'], a.filename).toBe(verwacht[i]!.hoogte);
      const tags = Object.keys(na);
      expect(tags.filter((t) => /^(GPS|ExifIFD|IFD0|IFD1|XMP|IPTC|ICC|MakerNotes|Photoshop)/.test(t) || /Author|Comment|DateTimeOriginal|Make|Model/.test(t)), a.filename).toEqual([]);
      for (const s of ['tEXt', 'iTXt', 'zTXt', 'eXIf', 'Exif', 'xmpmeta', 'Jan Jansen']) expect(a.content.includes(s), `${a.filename}: ${s}`).toBe(false);
    }
    await p.close();
  });

  test('refused: not an image, a bomb, a corrupt JPEG, HEIC this browser cannot open, a file over the limit, a sixth image', async () => {
    const p = await openFormulier();
    const api: string[] = [];
    p.page.on('request', (r) => r.url().includes('/api/') && api.push(r.url()));
    const wat = 'Mijn tekst blijft staan.';
    await p.page.fill('#veld-wat', wat);

    const bestand = (naam: string, data: Buffer | string) => {
      const pad = join(map, naam);
      writeFileSync(pad, data);
      return pad;
    };
    const bom = png(1, 1);
    bom.writeUInt32BE(40_000, 16); // IHDR: 40,000 × 40,000 pixels in a file of 70 bytes
    bom.writeUInt32BE(40_000, 20);
    const groot = bestand('groot.jpg', '');
    truncateSync(groot, 51_000_000); // larger than any phone photo: refused before it is read
    const fouten = {
      'brief.jpg': bestand('brief.jpg', 'Dit is geen foto maar een brief.'),
      'bom.png': bestand('bom.png', bom),
      'kapot.jpg': bestand('kapot.jpg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x10]), Buffer.alloc(200, 0x41)])),
      'iphone.heic': bestand('iphone.heic', Buffer.concat([Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(500, 3)])),
      'groot.jpg': groot,
    };
    await kies(p.page, Object.values(fouten));
    const F = NL_FORMULIER.fotos.fout;
    // One sentence per refused file, in the order chosen.
    await expect.poll(() => p.page.locator('#veld-fotos-fout p').count(), POLL).toBe(5);
    const melding = await foutTekst(p.page);
    expect(melding).toContain(F.geen_foto.replace('{naam}', 'brief.jpg'));
    expect(melding).toContain(F.te_veel_pixels.replace('{naam}', 'bom.png').replace('{megapixel}', '50'));
    expect(melding).toContain(F.kapot.replace('{naam}', 'kapot.jpg'));
    expect(melding).toContain(F.onleesbaar.replace('{naam}', 'iphone.heic'));
    expect(melding).toContain(F.bestand_te_groot.replace('{naam}', 'groot.jpg').replace('{grootte}', '50 MB'));
    expect(await p.page.locator('#veld-fotos').getAttribute('aria-describedby')).toContain('veld-fotos-fout');
    expect(await p.page.locator('.fotos__foto').count()).toBe(0);
    expect(beschrijfAxe(await axeScan(p.page))).toEqual([]);

    // Five small photos fit; the sixth is refused and the five stay.
    const klein = await teken(p.page, 64, 48, 'image/png');
    const zes = Array.from({ length: 6 }, (_, i) => bestand(`klein-${i + 1}.png`, klein));
    await kies(p.page, zes);
    await expect.poll(() => foutTekst(p.page), POLL).toContain(F.te_veel.replace('{max}', '5').replace('{naam}', 'klein-6.png'));
    expect(await p.page.locator('.fotos__foto').count()).toBe(5);
    expect(beschrijfAxe(await axeScan(p.page))).toEqual([]);

    // Removing one: its row goes, focus returns to the file input.
    await p.page.getByRole('button', { name: 'Verwijder foto 3' }).click();
    expect(await p.page.locator('.fotos__foto').count()).toBe(4);
    expect(await p.page.evaluate(() => document.activeElement?.id)).toBe('veld-fotos');

    expect(await p.page.inputValue('#veld-wat')).toBe(wat);
    expect(api).toEqual([]);
    await p.close();
  });

  test('without JavaScript the form says photos need JavaScript and takes no files', async () => {
    const p = await nieuwePagina(o.browser, { origin: o.site.url, javaScript: false });
    await p.page.goto(`${o.site.url}/melden/`);
    expect(await p.page.locator('input[type=file]').count()).toBe(0);
    expect(await p.page.locator('.utrecht-form-field--fotos').innerText()).toContain(NL_FORMULIER.fotos.zonderJs);
    expect(await p.page.locator('form.meldformulier').getAttribute('enctype')).toBeNull();
    await p.close();
  });
});
