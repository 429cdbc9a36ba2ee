import react from '@vitejs/plugin-react';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import workbox from 'workbox-build';

const root = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(root, '../../dist/apps/dashboard');

/**
 * public/early.js in the page's head, and the home charts' chunk name (hashed) in a meta tag before
 * it: on a load of the home page, that script asks for the figures and preloads the chunk while the
 * bundle downloads. Other pages never load the chunk.
 */
function homeChartsEarly(): Plugin {
  return {
    name: 'crm-home-charts-early',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        // the public pages (guest.html) are not the dashboard: no home figures to ask for
        if (context.filename.endsWith('guest.html')) return [];
        const chunk = Object.values(context.bundle ?? {}).find(
          (file) => file.type === 'chunk' && file.name === 'HomeCharts',
        );
        return [
          ...(chunk
            ? [
                {
                  tag: 'meta',
                  attrs: { name: 'crm-home-charts', content: `/${chunk.fileName}` },
                  injectTo: 'head-prepend' as const,
                },
              ]
            : []),
          // not async: it runs before the bundle, which is deferred, so its answer is there for Home;
          // first in the head, so that it is asked for before the bundle's twenty files, which would
          // otherwise hold Chromium's six connections to the server while the parser waits for it
          { tag: 'script', attrs: { src: '/early.js' }, injectTo: 'head-prepend' as const },
        ];
      },
    },
  };
}

/**
 * The service worker of the installable app (sw.js beside index.html), generated once the bundle is
 * written: it keeps the app shell (the page, its scripts, styles, icons and manifest) so a reload
 * with no network still opens the app, and sends every page navigation to the kept index.html. The
 * API is never cached: a visit logged offline waits in IndexedDB (src/visits/outbox.ts) instead.
 * Its runtime is inlined, so it is one script from this origin, as the CSP asks.
 */
function serviceWorker(): Plugin {
  return {
    name: 'crm-service-worker',
    apply: 'build',
    async closeBundle() {
      await workbox.generateSW({
        globDirectory: outDir,
        globPatterns: ['**/*.{html,js,css,png,svg,webmanifest,woff2}'],
        swDest: resolve(outDir, 'sw.js'),
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        inlineWorkboxRuntime: true,
        clientsClaim: true,
        skipWaiting: true,
        cleanupOutdatedCaches: true,
        // the bundle's largest chunk (react-admin and MUI) is over workbox's 2 MB default
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        sourcemap: false,
        mode: 'production',
      });
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), homeChartsEarly(), serviceWorker()],
  resolve: { alias: { '@crm/domain': resolve(root, '../../libs/domain/src') } },
  // The API serves this directory at / (DASHBOARD_DIR in apps/api/src/app.module.ts).
  // two entries: the dashboard, and the public pages (guest.html), which load none of react-admin or its login
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: { input: { main: resolve(root, 'index.html'), guest: resolve(root, 'guest.html') } },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
