/**
 * The node:http server with limits against slow and oversized clients. Each limit bounds what one client
 * can hold on to, so others keep being served: headers must arrive within `headersTimeoutMs`, the whole
 * request (body included) within `requestTimeoutMs`; larger headers get 431.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { maxBody } from '../melding/fotos.ts';

export interface Grenzen {
  /** Time for the request line and headers (slowloris). */
  headersTimeoutMs: number;
  /** Time for the whole request including its body (slow bodies). */
  requestTimeoutMs: number;
  /** Idle time of a kept-alive connection between requests. */
  keepAliveTimeoutMs: number;
  /** Largest total header size in bytes; larger gets 431. */
  maxHeaderSize: number;
  /** Largest /api body in bytes; larger gets 413. */
  maxBody: number;
  /** Open connections at most; more are refused by the kernel backlog, not queued in memory. */
  maxConnections: number;
  /** How long close() waits for running requests before it cuts them. */
  sluitTimeoutMs: number;
}

export const STANDAARD_GRENZEN: Grenzen = {
  headersTimeoutMs: 10_000,
  // A melding with 10 MB of photos is ~19 MB: about 80 s at 2 Mbit/s, the upload speed of a weak mobile signal.
  requestTimeoutMs: 120_000,
  keepAliveTimeoutMs: 5_000,
  maxHeaderSize: 16 * 1024,
  // The largest melding (photos included) with room for the JSON around it; the function checks the exact limit.
  maxBody: maxBody('zelf') + 64 * 1024,
  maxConnections: 4096,
  sluitTimeoutMs: 20_000,
};

const STATUSTEKST: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large', 501: 'Not Implemented' };

/** Answers a request Node could not parse (with the usual security headers), then closes the connection. */
function clientFout(err: NodeJS.ErrnoException, socket: Socket, headers: Record<string, string>): void {
  if (!socket.writable || err.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const status =
    err.code === 'HPE_HEADER_OVERFLOW' ? 431
    : err.code === 'HPE_INVALID_METHOD' ? 501
    : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' || err.code === 'HPE_HEADERS_TIMEOUT' ? 408
    : 400;
  const tekst = STATUSTEKST[status];
  const regels = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  socket.end(`HTTP/1.1 ${status} ${tekst}\r\n${regels}Content-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(tekst)}\r\nConnection: close\r\n\r\n${tekst}`);
}

export function maakHttpServer(
  verwerk: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  grenzen: Grenzen,
  /** Headers for answers to requests that could not be parsed (431, 501, 408, 400). */
  foutHeaders: Record<string, string>,
): Server {
  const server = createServer(
    {
      headersTimeout: grenzen.headersTimeoutMs,
      requestTimeout: grenzen.requestTimeoutMs,
      keepAliveTimeout: grenzen.keepAliveTimeoutMs,
      maxHeaderSize: grenzen.maxHeaderSize,
      // Node checks the two timeouts on this interval (default 30 s); check often enough to honour them.
      connectionsCheckingInterval: Math.max(250, Math.min(1000, grenzen.headersTimeoutMs / 4)),
      requireHostHeader: false,
    },
    (req, res) => {
      verwerk(req, res).catch((e: unknown) => {
        // A client that went away mid-response is normal; anything else is a bug worth one line (no request data).
        if ((e as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') console.error(`server: ${(e as Error).name}: ${(e as Error).message}`);
        if (!res.headersSent) res.writeHead(500).end();
        else res.destroy();
      });
    },
  );
  server.maxConnections = grenzen.maxConnections;
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => clientFout(err, socket, foutHeaders));
  return server;
}
