import react from '@vitejs/plugin-react';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  resolve: { alias: { '@crm/domain': resolve(root, '../../libs/domain/src') } },
  // The API serves this directory at / (DASHBOARD_DIR in apps/api/src/app.module.ts).
  build: { outDir: resolve(root, '../../dist/apps/dashboard'), emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
