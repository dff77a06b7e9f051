/**
 * Hands /api/* requests to the melding function as web Requests and streams its Response back.
 * The function sees no client address and no user agent: they are not copied into the Request at all.
 * Nothing here logs a request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

/** What the server needs from the melding app (functions/melding/app.ts, createMeldingApp). */
export interface MeldingHandler {
  handle(request: Request): Promise<Response>;
}

/** Request headers the function may need; everything else (IP, forwarded-for, user agent, cookies) stays out. */
const DOOR = ['accept', 'accept-language', 'content-type', 'content-length', 'origin', 'sec-fetch-site', 'sec-fetch-mode', 'sec-fetch-dest'];

class TeGroot extends Error {}

/** Body of `req` as a web stream that errors once more than `max` bytes arrive (and stops reading). */
function begrensdeBody(req: IncomingMessage, max: number, staat: { teGroot: boolean }): ReadableStream<Uint8Array> {
  let totaal = 0;
  const iterator = req[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) return controller.close();
      const stuk = value as Buffer;
      totaal += stuk.length;
      if (totaal > max) {
        staat.teGroot = true;
        controller.error(new TeGroot());
        req.pause();
        return;
      }
      controller.enqueue(new Uint8Array(stuk.buffer, stuk.byteOffset, stuk.length));
    },
    cancel() {
      req.pause();
    },
  });
}

export function naarWebRequest(req: IncomingMessage, origin: string, pad: string, max: number, staat = { teGroot: false }): Request {
  const headers = new Headers();
  for (const naam of DOOR) {
    const waarde = req.headers[naam];
    if (typeof waarde === 'string') headers.set(naam, waarde);
  }
  const metBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(new URL(pad, origin), {
    method: req.method,
    headers,
    body: metBody ? begrensdeBody(req, max, staat) : null,
    // @ts-expect-error Node's fetch needs duplex for a streamed request body; the DOM types lack it.
    duplex: 'half',
  });
}

function json(res: ServerResponse, status: number, fout: string, bericht: string, headers: Record<string, string>): void {
  const body = JSON.stringify({ status: 'fout', fout, bericht });
  res.setHeaders(new Map(Object.entries(headers)));
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), Connection: 'close' });
  res.end(body);
}

/**
 * Runs one API request. Bodies over `max` bytes get 413 without being read into memory: at once when
 * Content-Length says so, else as soon as the count passes `max`. The connection is then closed.
 */
export async function behandelApi(
  req: IncomingMessage,
  res: ServerResponse,
  app: MeldingHandler | undefined,
  opties: { origin: string; pad: string; max: number; headers: Record<string, string> },
): Promise<void> {
  const { headers, max } = opties;
  if (!app) {
    json(res, 503, 'niet_beschikbaar', 'Melden kan hier nu niet. Probeer het later opnieuw.', headers);
    return;
  }
  const lengte = Number(req.headers['content-length']);
  if (Number.isFinite(lengte) && lengte > max) {
    json(res, 413, 'te_groot', 'Uw melding is te groot om te versturen.', headers);
    req.resume();
    return;
  }
  let antwoord: Response;
  // The function may catch the stream error itself and answer 400; the size limit is ours to report.
  const staat = { teGroot: false };
  try {
    antwoord = await app.handle(naarWebRequest(req, opties.origin, opties.pad, max, staat));
    if (staat.teGroot) throw new TeGroot();
  } catch (e) {
    if (staat.teGroot) {
      json(res, 413, 'te_groot', 'Uw melding is te groot om te versturen.', headers);
    } else if (req.destroyed) {
      return; // the client went away or was cut off (request timeout); nobody to answer
    } else {
      console.error(`api: interne fout (${(e as Error).name})`);
      json(res, 500, 'intern', 'Er ging iets mis. Uw melding is NIET verstuurd. Probeer het opnieuw.', headers);
    }
    return;
  }
  // The function's own content headers, then ours: security and cache headers always win.
  antwoord.headers.forEach((waarde, naam) => {
    if (naam !== 'set-cookie' && naam !== 'content-length') res.setHeader(naam, waarde);
  });
  res.setHeaders(new Map(Object.entries(headers)));
  res.writeHead(antwoord.status);
  if (!antwoord.body || req.method === 'HEAD') {
    res.end();
    return;
  }
  await pipeline(Readable.fromWeb(antwoord.body as WebReadableStream<Uint8Array>), res);
}
