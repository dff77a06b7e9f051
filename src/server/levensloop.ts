/**
 * Clean shutdown on SIGTERM (systemd, Docker) and SIGINT (Ctrl-C): stop accepting, let running requests
 * finish, stop the spool worker (the spool stays on disk), then exit 0. A second signal exits at once.
 */
export interface Stap {
  naam: string;
  stop(): Promise<void>;
}

export function stopBijSignaal(stappen: Stap[], log: (regel: string) => void = console.log): void {
  let bezig = false;
  const stop = (signaal: NodeJS.Signals) => {
    if (bezig) {
      log(`${signaal} opnieuw: nu stoppen zonder te wachten.`);
      process.exit(1);
    }
    bezig = true;
    log(`${signaal}: stoppen. Lopende verzoeken worden afgemaakt; de spool blijft bewaard.`);
    void (async () => {
      let code = 0;
      for (const s of stappen) {
        try {
          await s.stop();
        } catch (e) {
          code = 1;
          log(`stoppen van ${s.naam} mislukte: ${(e as Error).message}`);
        }
      }
      log('gestopt.');
      process.exit(code);
    })();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
