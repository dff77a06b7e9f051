import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { SMTPConnection } from 'smtp-server/lib/smtp-connection.js';

/**
 * A local SMTP server that stores every message it accepts as an .eml file, for `npm start` without
 * SMTP_URL and as the stub relay in tests. Folder: ${MELDWIJZER_DATA:-.meldwijzer}/post/ (or `map`).
 * Only on 127.0.0.1; no authentication, no TLS: it never leaves the machine.
 */
export interface SmtpSink {
  /** nodemailer connection URL, smtp://127.0.0.1:PORT */
  url: string;
  poort: number;
  map: string;
  /** 'aan': accept; 'weiger': answer 421 (relay down, try later); 'fout': answer 550 to each message. */
  modus: 'aan' | 'weiger' | 'fout';
  /** Number of messages stored since start. */
  readonly aantal: number;
  /** Number of SMTP connections accepted since start. */
  readonly verbindingen: number;
  close(): Promise<void>;
}

export interface SinkOpties {
  map: string;
  poort?: number;
  /**
   * Called after a message was received, before it is stored and acknowledged (tests use it to hold the
   * 250 and kill the sender meanwhile). A message whose sender disconnected meanwhile is not stored.
   */
  voorOpslaan?: (raw: Buffer) => Promise<void>;
  /** Called after a message was stored, with its file path. */
  opgeslagen?: (pad: string) => void;
}

// smtp-server waits a fixed 100 ms before its greeting to catch clients that talk too early (spam
// defence). For a loopback sink that only costs time per message (see MACHINE.md), so greet at once.
const proto = SMTPConnection.prototype as unknown as { init(): void; _setListeners(cb: () => void): void; connectionReady(): void };
proto.init = function (this: typeof proto) {
  this._setListeners(() => this.connectionReady());
};

export async function startSmtpSink(opties: SinkOpties): Promise<SmtpSink> {
  const map = opties.map;
  mkdirSync(map, { recursive: true, mode: 0o700 });
  const gesloten = new WeakSet<object>();
  let aantal = 0;
  let verbindingen = 0;
  const sink = {
    url: '',
    poort: 0,
    map,
    modus: 'aan' as SmtpSink['modus'],
    get aantal() {
      return aantal;
    },
    get verbindingen() {
      return verbindingen;
    },
    close: async () => {},
  };
  const fout = (code: number, tekst: string) => Object.assign(new Error(tekst), { responseCode: code });
  const server = new SMTPServer({
    logger: false,
    secure: false,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    disableReverseLookup: true,
    banner: 'Meldwijzer lokale SMTP-sink',
    // A melding with 10 MB of photos is a mail of about 20 MB.
    size: 32 * 1024 * 1024,
    onConnect(_session, cb) {
      if (sink.modus === 'weiger') return cb(fout(421, 'Tijdelijk niet beschikbaar'));
      verbindingen++;
      cb();
    },
    onClose(session: SMTPServerSession) {
      gesloten.add(session);
    },
    onData(stream, session, cb) {
      const delen: Buffer[] = [];
      stream.on('data', (d: Buffer) => delen.push(d));
      stream.on('error', (e) => cb(e));
      stream.on('end', () => {
        void (async () => {
          const raw = Buffer.concat(delen);
          if (sink.modus === 'fout') return cb(fout(550, 'Geweigerd'));
          if (sink.modus === 'weiger') return cb(fout(451, 'Tijdelijk niet beschikbaar'));
          if (opties.voorOpslaan) await opties.voorOpslaan(raw);
          if (gesloten.has(session)) return cb(fout(451, 'Afzender verdwenen'));
          const naam = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
          const pad = join(map, naam);
          writeFileSync(`${pad}.tmp`, raw, { mode: 0o600 });
          renameSync(`${pad}.tmp`, pad);
          aantal++;
          opties.opgeslagen?.(pad);
          cb(null, 'Opgeslagen');
        })().catch((e: Error) => cb(e));
      });
    },
  });
  await new Promise<void>((klaar, mis) => {
    server.once('error', mis);
    server.listen(opties.poort ?? 0, '127.0.0.1', () => klaar());
  });
  const adres = server.server.address();
  sink.poort = typeof adres === 'object' && adres ? adres.port : 0;
  sink.url = `smtp://127.0.0.1:${sink.poort}`;
  sink.close = () => new Promise<void>((klaar) => server.close(() => klaar()));
  return sink;
}
