import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { usccCheckCharacter } from '@crm/domain';
import { createApp } from '../apps/api/src/app';
import { loadConfig } from '../apps/api/src/config/config';

/**
 *   npx ts-node --transpile-only -r tsconfig-paths/register bench/import.ts [rows]
 *
 * Import speed over HTTP on the real server and a fresh SQLite file: a sheet of `rows` enterprises
 * (default 50,000, the most one file may hold) is previewed and committed into a database that
 * already holds 10,000, a tenth of the sheet naming those (by USCC, by name in another legal form).
 * Prints rows per second for preview and commit. Not a test: the figure depends on the machine.
 */
const ROWS = Number(process.argv[2] ?? 50_000);
const uscc = (n: number) => {
  const first17 = `91310000MA${String(n).padStart(7, '0')}`;
  return first17 + usccCheckCharacter(first17);
};
const sheet = (from: number, count: number, pick: (n: number) => string[]) =>
  Buffer.from(['企业名称,统一社会信用代码,城市,行业', ...Array.from({ length: count }, (_, i) => pick(from + i).join(','))].join('\n'));

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'crm-bench-import-'));
  const app = await createApp(loadConfig({ DATABASE_PATH: join(dir, 'crm.sqlite'), CRM_ADMIN_PASSWORD: 'bench-password' }), false);
  await app.init();
  const server = app.getHttpServer();
  const token = (await request(server).post('/api/auth/login').send({ username: 'admin', password: 'bench-password' })).body.token;
  const upload = (file: Buffer) => request(server).post('/api/imports/enterprises').set('Authorization', `Bearer ${token}`).attach('file', file, 'bench.csv');
  const commit = (id: string) => request(server).post(`/api/imports/${id}/commit`).set('Authorization', `Bearer ${token}`);

  const first = await upload(sheet(0, 10_000, (n) => [`基准企业${n}有限公司`, uscc(n), '上海', '制造']));
  await commit(first.body.id);

  // a tenth names stored enterprises (half by code, half by name in another legal form), the rest are new
  const file = sheet(9_000, ROWS, (n) => (n < 9_500 ? [`基准企业${n}有限公司`, uscc(n), '', ''] : n < 10_000 ? [`基准企业${n}股份有限公司`, '', '', ''] : [`基准企业${n}有限公司`, uscc(n), '杭州', '软件']));
  let started = performance.now();
  const preview = await upload(file);
  const previewMs = performance.now() - started;
  if (preview.status !== 201) throw new Error(`preview answered ${preview.status}: ${JSON.stringify(preview.body).slice(0, 300)}`);
  started = performance.now();
  const committed = await commit(preview.body.id);
  const commitMs = performance.now() - started;
  if (committed.status !== 201) throw new Error(`commit answered ${committed.status}: ${JSON.stringify(committed.body).slice(0, 300)}`);

  const rate = (ms: number) => Math.round(ROWS / (ms / 1000)).toLocaleString('en');
  console.log(`${ROWS.toLocaleString('en')} rows (${(file.length / 1024 / 1024).toFixed(1)} MB) into 10,000 stored enterprises: ${JSON.stringify(preview.body.counts)}`);
  console.log(`preview: ${previewMs.toFixed(0)} ms, ${rate(previewMs)} rows/s`);
  console.log(`commit:  ${commitMs.toFixed(0)} ms, ${rate(commitMs)} rows/s (${committed.body.created.enterprises} enterprises and as many audit events written)`);
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
