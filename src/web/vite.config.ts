// Vite build of the web app: src/web → dist/web (git-ignored), served by `sitrep serve` under
// /static/. Everything is bundled (MapLibre included): the page loads nothing from elsewhere.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * The app's chunk (./main.ts, with MapLibre) as a module preload in the page: the browser fetches
 * and compiles it from the start, while ./boot.ts evaluates it only after the static first view
 * has been painted (evaluating it takes the main thread for hundreds of ms). Its styles are linked
 * at once too (MapLibre's), else they would be asked for only when it is imported.
 */
const preloadApp: Plugin = {
  name: 'sitrep-preload-app',
  transformIndexHtml: {
    order: 'post',
    handler(_html, ctx) {
      const app = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.name === 'main');
      if (app?.type !== 'chunk') return [];
      const css = [...(app.viteMetadata?.importedCss ?? [])].map((f) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `/static/${f}` }, injectTo: 'head' as const }));
      return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/static/${app.fileName}` }, injectTo: 'head' as const }, ...css];
    },
  },
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/static/',
  plugins: [preloadApp],
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
