// Vite build of the web app: src/web → dist/web (git-ignored), served by `sitrep serve` under
// /static/. Everything is bundled (MapLibre included): the page loads nothing from elsewhere.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/static/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/web/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // MapLibre alone is ~1 MB minified; one chunk per load is fine for a local, cached app.
    chunkSizeWarningLimit: 1500,
    // The CSP forbids inline scripts and styles, so nothing may be inlined as data: URLs.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
