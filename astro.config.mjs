// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { laadActieveRegio } from './src/regio/laad.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { uitklapPlugin } from './src/markdown/uitklap.ts';
import { ongebruikteNldsStijl } from './src/bouw/ongebruikte-stijl.ts';

// The region (MELDWIJZER_REGIO, default de-bilt) decides the site URL; an invalid profile stops here.
const regio = laadActieveRegio();

export default defineConfig({
  site: regio.url,
  // Tests build several regions side by side; everything else uses dist/.
  outDir: process.env.MELDWIJZER_DIST || 'dist',
  // One cache per output folder, so builds of several regions at once do not share a content store.
  cacheDir: process.env.MELDWIJZER_DIST ? `${process.env.MELDWIJZER_DIST}-cache` : './node_modules/.astro',
  trailingSlash: 'always',
  // The signs per form fold into <details> (src/markdown/uitklap.ts); MDX inherits this processor.
  markdown: { processor: satteri({ hastPlugins: [uitklapPlugin] }) },
  integrations: [mdx(), preact(), sitemap({ filter: (page) => !page.includes('/404') })],
  build: {
    format: 'directory',
    // The CSP allows no inline styles: every stylesheet is a file.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: Number(process.env.PORT) || 4321 },
  vite: {
    build: { assetsInlineLimit: 0 },
    // Only the rules of the NL Design System packages that our pages use (src/bouw/ongebruikte-stijl.ts).
    css: { postcss: { plugins: [ongebruikteNldsStijl()] } },
    resolve: {
      alias: [
        {
          // openpgp/lightweight is only exported under the browser condition; point at the file itself.
          find: /^openpgp\/lightweight$/,
          replacement: fileURLToPath(new URL('./node_modules/openpgp/dist/lightweight/openpgp.min.mjs', import.meta.url)),
        },
      ],
    },
  },
});
