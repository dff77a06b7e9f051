import { readFileSync } from 'node:fs';

/**
 * A passphrase from --wachtwoord-bestand <file> (first line), or typed at the terminal without echo.
 * Shared by `npm run sleutel` and `npm run ontsleutel`.
 */
export function argument(args: string[], naam: string): string | undefined {
  const i = args.indexOf(naam);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function vraagVerborgen(vraag: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) throw new Error('Geen terminal om een wachtwoord te typen. Gebruik --wachtwoord-bestand <bestand>.');
  process.stdout.write(vraag);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((klaar, mis) => {
    let invoer = '';
    const op = (tekens: string) => {
      for (const t of tekens) {
        if (t === '\r' || t === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', op);
          process.stdout.write('\n');
          return klaar(invoer);
        }
        if (t === '\u0003') {
          stdin.setRawMode(false);
          return mis(new Error('afgebroken'));
        }
        if (t === '\u007f' || t === '\b') invoer = invoer.slice(0, -1);
        else invoer += t;
      }
    };
    stdin.on('data', op);
  });
}

export async function wachtwoord(args: string[], vraag: string, tweeKeer = false): Promise<string> {
  const bestand = argument(args, '--wachtwoord-bestand');
  if (bestand) return readFileSync(bestand, 'utf8').split(/\r?\n/)[0]!;
  const een = await vraagVerborgen(vraag);
  if (tweeKeer && (await vraagVerborgen('Typ het wachtwoord nog een keer: ')) !== een) throw new Error('De twee wachtwoorden zijn niet gelijk.');
  return een;
}
