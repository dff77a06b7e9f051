import { resolve } from 'node:path';
import { formatFouten } from '../lib/zod-fouten.ts';
import { configSchema, type Config } from './schema.ts';

/** A wrong environment variable; the message has one `VARIABLE: what is expected` line per problem. */
export class ConfigFout extends Error {
  override name = 'ConfigFout';
}

/**
 * Parses the environment once, at start. Every entry (npm start, npm run serve, the Netlify function, the
 * CLIs) calls this before it opens a port or touches a file, so a wrong value stops it with a clear message.
 */
export function leesConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const r = configSchema.safeParse(env);
  if (r.success) return r.data;
  throw new ConfigFout(`De instellingen kloppen niet:\n${formatFouten(r.error)}`);
}

/** Local state folder, absolute (MELDWIJZER_DATA is relative to the project root where npm runs). */
export function dataMapVan(config: Pick<Config, 'MELDWIJZER_DATA'>): string {
  return resolve(process.cwd(), config.MELDWIJZER_DATA);
}
