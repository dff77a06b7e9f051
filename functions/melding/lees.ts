/** The body was larger than allowed; thrown as soon as the limit is passed, the rest is never read. */
export class TeGroot extends Error {}

/**
 * Reads a request body up to `max` bytes. A Content-Length above the limit is refused before reading;
 * otherwise the stream is read chunk by chunk and cancelled the moment the total passes the limit, so an
 * oversized or endless body never sits in memory.
 */
export async function leesBody(request: Request, max: number): Promise<Uint8Array> {
  const lengte = request.headers.get('content-length');
  if (lengte !== null && Number(lengte) > max) {
    await request.body?.cancel().catch(() => {});
    throw new TeGroot();
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const delen: Uint8Array[] = [];
  let totaal = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    totaal += value.byteLength;
    if (totaal > max) {
      await reader.cancel().catch(() => {});
      throw new TeGroot();
    }
    delen.push(value);
  }
  const uit = new Uint8Array(totaal);
  let pos = 0;
  for (const d of delen) {
    uit.set(d, pos);
    pos += d.byteLength;
  }
  return uit;
}
