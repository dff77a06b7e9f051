import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { regioSchema, type Regio } from './schema.ts';
import { formatFouten } from '../lib/zod-fouten.ts';
import { leesConfig } from '../config/lees.ts';
import { MET_WOORDENBOEK } from '../i18n/woordenboek.ts';
import { leesVertaling } from './vertaling.ts';

/** Folder with one JSON profile per region. Paths are relative to the project root (where npm runs). */
export const REGIO_MAP = resolve(process.cwd(), 'content/regios');

/** Thrown for an unknown id or an invalid profile; the message is meant for the person running the build. */
export class RegioFout extends Error {
  override name = 'RegioFout';
}

export function bekendeRegios(map = REGIO_MAP): string[] {
  return readdirSync(map)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** Parses one profile file; throws RegioFout with `path: message` lines when it is invalid. */
export function parseRegio(bestand: string, inhoud: string): Regio {
  let data: unknown;
  try {
    data = JSON.parse(inhoud);
  } catch (e) {
    throw new RegioFout(`${bestand} is geen geldige JSON: ${(e as Error).message}`);
  }
  const result = regioSchema.safeParse(data);
  if (!result.success) {
    throw new RegioFout(`Regioprofiel ${bestand} klopt niet:\n${formatFouten(result.error)}`);
  }
  return result.data;
}

export function laadRegio(id: string, map = REGIO_MAP): Regio {
  const ids = bekendeRegios(map);
  if (!ids.includes(id)) {
    throw new RegioFout(`Onbekende regio "${id}" in MELDWIJZER_REGIO. Bekende regio's: ${ids.join(', ')}.`);
  }
  const bestand = join(map, `${id}.json`);
  const regio = parseRegio(bestand, readFileSync(bestand, 'utf8'));
  if (regio.id !== id) {
    throw new RegioFout(`Regioprofiel ${bestand} klopt niet:\n  id: moet "${id}" zijn, gelijk aan de bestandsnaam`);
  }
  // A published language needs the interface texts and this region's own texts in it.
  const fouten = regio.talen.flatMap((taal) => {
    if (taal === 'nl') return [];
    if (!MET_WOORDENBOEK.includes(taal)) return [`  talen: "${taal}" heeft geen woordenboek (src/i18n/${taal}.ts)`];
    return leesVertaling(regio, taal, map).fouten.map((f) => `  talen: ${f}`);
  });
  if (fouten.length) throw new RegioFout(`Regioprofiel ${bestand} klopt niet:\n${fouten.join('\n')}`);
  return regio;
}

/** The region selected by MELDWIJZER_REGIO (default de-bilt). */
export function actieveRegioId(env: NodeJS.ProcessEnv = process.env): string {
  return leesConfig(env).MELDWIJZER_REGIO;
}

export function laadActieveRegio(env: NodeJS.ProcessEnv = process.env): Regio {
  const regio = laadRegio(actieveRegioId(env));
  const alleen = leesConfig(env).MELDWIJZER_TALEN?.split(',').map((t) => t.trim());
  if (!alleen) return regio;
  const onbekend = alleen.filter((t) => !(regio.talen as string[]).includes(t));
  if (onbekend.length) throw new RegioFout(`MELDWIJZER_TALEN: ${onbekend.join(', ')} publiceert regio ${regio.id} niet (wel: ${regio.talen.join(', ')})`);
  // A smaller build of the same site (a preview, the tests): Dutch stays, the order stays the profile's.
  return { ...regio, talen: regio.talen.filter((t) => t === 'nl' || alleen.includes(t)) };
}
