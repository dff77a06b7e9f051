/**
 * Guard for the scripts in package.json: they must run on the project's own Node (devDependency `node`,
 * first on PATH under `npm run`), not on an older system Node that Astro and Vitest do not support.
 */
export function vereisNode(): void {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12)) {
    console.error(
      `Meldwijzer heeft Node 22.12 of nieuwer nodig; dit is Node ${process.versions.node}.\n` +
        'Start scripts met `npm run …` (dan komt Node uit node_modules/.bin) en draai eerst `npm install`.',
    );
    process.exit(1);
  }
}
