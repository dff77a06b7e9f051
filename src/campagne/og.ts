import type { Campagne } from './schema.ts';
import { toolkitPad } from './toolkit/bestanden.ts';

/**
 * The Open Graph image of a campaign's pages: its landscape image for inwoners (1200×630, the size link
 * previews use), served from the toolkit so it is made once per build.
 */
export function ogPad(c: Pick<Campagne, 'jaar'>): string {
  return toolkitPad(c, 'sociaal-inwoners-1200x630.png');
}
