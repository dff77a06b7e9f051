/** What a browser can lack; the dictionary (`t.formulier.mislukt.ontbreekt`) says each in words. */
export type Ontbreekt = 'https' | 'crypto' | 'bigint' | 'tekstcodering' | 'fetch';

/**
 * What the browser must offer before we encrypt (fail closed, as Hush Line does): a secure context,
 * Web Crypto with random numbers, BigInt (OpenPGP.js) and TextEncoder. Returns what is missing, as codes.
 */
export function ontbrekend(g: {
  isSecureContext?: boolean;
  location?: { hostname: string };
  crypto?: { subtle?: unknown; getRandomValues?: unknown };
  BigInt?: unknown;
  TextEncoder?: unknown;
  fetch?: unknown;
}): Ontbreekt[] {
  const mist: Ontbreekt[] = [];
  const lokaal = ['localhost', '127.0.0.1', '[::1]', '::1'].includes(g.location?.hostname ?? '');
  if (!g.isSecureContext && !lokaal) mist.push('https');
  if (!g.crypto?.subtle || typeof g.crypto.getRandomValues !== 'function') mist.push('crypto');
  if (typeof g.BigInt !== 'function') mist.push('bigint');
  if (typeof g.TextEncoder !== 'function') mist.push('tekstcodering');
  if (typeof g.fetch !== 'function') mist.push('fetch');
  return mist;
}
