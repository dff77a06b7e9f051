/**
 * The Debian packages the tests need (Chromium for Playwright, GnuPG to decrypt mails, poppler and zbar to
 * check the posters). On a fresh machine of this kind they are missing; as root we install them, so the
 * README's single test command works as it stands. Elsewhere we say what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NODIG: { pakket: string; bestand: string }[] = [
  { pakket: 'chromium', bestand: '/usr/bin/chromium' },
  { pakket: 'gnupg', bestand: '/usr/bin/gpg' },
  { pakket: 'poppler-utils', bestand: '/usr/bin/pdftoppm' },
  { pakket: 'zbar-tools', bestand: '/usr/bin/zbarimg' },
];

export function ontbrekendePakketten(): string[] {
  return NODIG.filter((n) => !existsSync(n.bestand)).map((n) => n.pakket);
}

export function installeerSysteemPakketten(): void {
  const ontbreekt = ontbrekendePakketten();
  if (!ontbreekt.length) return;
  const isRoot = process.getuid?.() === 0;
  const heeftApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !heeftApt) {
    console.error(`Voor de tests zijn deze pakketten nodig: ${ontbreekt.join(', ')}.\nInstalleer ze, bijvoorbeeld: sudo apt-get install -y ${ontbreekt.join(' ')}`);
    process.exit(1);
  }
  console.log(`Systeempakketten installeren: ${ontbreekt.join(', ')} …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...ontbreekt], { stdio: 'inherit', env });
}
