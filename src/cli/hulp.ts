/** `--help` / `-h` for every CLI: prints the usage text and exits 0 before anything else runs. */
export function hulpBijVraag(tekst: string, args = process.argv.slice(2)): void {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(tekst.trim());
    process.exit(0);
  }
}
