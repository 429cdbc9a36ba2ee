import react from '@vitejs/plugin-react';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));

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
        const chunk = Object.values(context.bundle ?? {}).find((file) => file.type === 'chunk' && file.name === 'HomeCharts');
        return [
          ...(chunk ? [{ tag: 'meta', attrs: { name: 'crm-home-charts', content: `/${chunk.fileName}` }, injectTo: 'head-prepend' as const }] : []),
          // not async: it runs before the bundle, which is deferred, so its answer is there for Home;
          // first in the head, so that it is asked for before the bundle's twenty files, which would
          // otherwise hold Chromium's six connections to the server while the parser waits for it
          { tag: 'script', attrs: { src: '/early.js' }, injectTo: 'head-prepend' as const },
        ];
      },
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), homeChartsEarly()],
  resolve: { alias: { '@crm/domain': resolve(root, '../../libs/domain/src') } },
  // The API serves this directory at / (DASHBOARD_DIR in apps/api/src/app.module.ts).
  // two entries: the dashboard, and the public pages (guest.html), which load none of react-admin or its login
  build: {
    outDir: resolve(root, '../../dist/apps/dashboard'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: { input: { main: resolve(root, 'index.html'), guest: resolve(root, 'guest.html') } },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
