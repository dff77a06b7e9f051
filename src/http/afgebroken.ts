import type { Context } from 'hono';

/**
 * The client went away or was cut off (e.g. 408 for sending too slowly): not a server fault, so neither
 * host logs it as one. Shared by the melding app's and the self-hosted site's error handlers.
 */
export function doorClientAfgebroken(c: Context, e: unknown): boolean {
  return c.req.raw.signal.aborted || (e as NodeJS.ErrnoException)?.code === 'ECONNRESET';
}
