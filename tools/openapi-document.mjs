#!/usr/bin/env node
// Writes the OpenAPI document the built server publishes (dist/apps/api/main.js, built by
// `npm run build:api`, whose request bodies come from the Swagger plugin of the build) to the file
// named on the command line: the one document Spectral lints and the wire types are generated from.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const target = process.argv[2];
if (!target) {
  console.error('usage: node tools/openapi-document.mjs FILE');
  process.exit(2);
}

const port = await new Promise((done, fail) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => done(port));
  });
  probe.on('error', fail);
});
const dir = mkdtempSync(join(tmpdir(), 'crm-openapi-'));
const server = spawn(process.execPath, [join(ROOT, 'dist/apps/api/main.js')], {
  cwd: ROOT,
  env: {
    ...process.env,
    PORT: String(port),
    CRM_HOST: '127.0.0.1',
    DATABASE_PATH: join(dir, 'crm.sqlite'),
    DATABASE_URL: '',
    CRM_ADMIN_PASSWORD: 'openapi-document-only',
    CRM_DEMO_DATA: '0',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  let document;
  for (let attempt = 0; !document; attempt++) {
    if (server.exitCode !== null)
      throw new Error('The built server stopped before it answered (npm run build:api first?).');
    if (attempt > 300) throw new Error('The built server did not answer in 30 s.');
    try {
      const answer = await fetch(`http://127.0.0.1:${port}/api/docs-json`);
      if (answer.ok) document = await answer.json();
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
} finally {
  server.kill('SIGTERM');
  await new Promise((done) => (server.exitCode !== null ? done() : server.once('exit', done)));
  rmSync(dir, { recursive: true, force: true });
}
