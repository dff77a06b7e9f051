import { z } from 'astro/zod';
import { TALEN } from '../i18n/talen.ts';
import { maxBody } from './fotos.ts';

/** Melding code: 8 Crockford base32 characters as XXXX-XXXX; shown in the receipt and the mail subject. */
export const CODE_PATROON = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** Longest accepted ciphertext: photos included, on the host that takes the most (the body limit is per host). */
const MAX_VERSLEUTELD = maxBody('zelf');

/**
 * What the browser POSTs to /api/melding as JSON. The function accepts nothing else
 * (the no-JavaScript form post is the one exception, see functions/melding/). The plaintext never leaves the browser.
 */
export const payloadSchema = z.object({
  /** Melding code chosen by the browser; doubles as the idempotency key (the same code twice gives one mail). */
  code: z.string().regex(CODE_PATROON, 'code heeft niet de vorm XXXX-XXXX'),
  /** ASCII-armored OpenPGP message, encrypted to the region's key only. */
  versleuteld: z
    .string()
    .startsWith('-----BEGIN PGP MESSAGE-----', 'geen OpenPGP-bericht')
    .max(MAX_VERSLEUTELD, 'bericht te groot'),
  /** ALTCHA proof-of-work solution (base64 JSON), from GET /api/uitdaging. */
  pow: z.string().min(10, 'proof-of-work ontbreekt').max(2000),
  /** The page's language: the answer's sentences are in it, and the mail names it for the gemeente. */
  taal: z.enum(TALEN).optional(),
});

export type Payload = z.infer<typeof payloadSchema>;

/** Answer of the function: 202 on acceptance, else a short error that never echoes the input. */
export type Antwoord =
  | { status: 'ontvangen'; code: string }
  | { status: 'fout'; fout: string; bericht: string };
