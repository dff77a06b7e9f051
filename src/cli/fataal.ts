import { ConfigFout } from '../config/lees.ts';
import { RegioFout } from '../regio/laad.ts';
import { SleutelFout } from '../regio/sleutel.ts';
import { ProductieFout } from '../../functions/melding/omgeving.ts';

/** Ends a CLI or server start with a message for the person who ran it: ours in full, others by message. */
export function fataal(e: unknown): never {
  if (e instanceof ConfigFout || e instanceof RegioFout || e instanceof SleutelFout || e instanceof ProductieFout) console.error(e.message);
  else console.error(`Meldwijzer kon niet starten: ${(e as Error)?.message ?? e}`);
  process.exit(1);
}
