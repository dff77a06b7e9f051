/**
 * What the browser must offer before we encrypt (fail closed, as Hush Line does): a secure context,
 * Web Crypto with random numbers, BigInt (OpenPGP.js) and TextEncoder. Returns what is missing, in plain Dutch.
 */
export function ontbrekend(g: {
  isSecureContext?: boolean;
  location?: { hostname: string };
  crypto?: { subtle?: unknown; getRandomValues?: unknown };
  BigInt?: unknown;
  TextEncoder?: unknown;
  fetch?: unknown;
}): string[] {
  const mist: string[] = [];
  const lokaal = ['localhost', '127.0.0.1', '[::1]', '::1'].includes(g.location?.hostname ?? '');
  if (!g.isSecureContext && !lokaal) mist.push('een beveiligde verbinding (https)');
  if (!g.crypto?.subtle || typeof g.crypto.getRandomValues !== 'function') mist.push('versleuteling (Web Crypto)');
  if (typeof g.BigInt !== 'function') mist.push('grote getallen (BigInt)');
  if (typeof g.TextEncoder !== 'function') mist.push('tekstcodering (TextEncoder)');
  if (typeof g.fetch !== 'function') mist.push('versturen (fetch)');
  return mist;
}
