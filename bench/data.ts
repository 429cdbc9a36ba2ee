import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../apps/api/src/app';
import { loadConfig } from '../apps/api/src/config/config';
import type { ScaleName } from '../apps/api/src/demo/generator';
import { DataSource } from 'typeorm';
import { fillAnnualFigures } from '../apps/api/src/annual-report/demo-figures';
import { dataSourceOptions } from '../apps/api/src/database/data-source';
import { ENTITIES } from '../apps/api/src/resources';
import { filledDatabase } from './fill';

/**
 *   npx ts-node --transpile-only -r tsconfig-paths/register bench/data.ts [scale] [database file]
 *
 * Time of the data-in-and-out reads on the generated database (default: large, 100,000
 * enterprises and 300,000 contacts): the annual report (JSON and XLSX), the duplicate pairs, the
 * form's twin check, a whole-list export. Medians of a few runs over HTTP, in process. Prints; not a test.
 */
const scale = (process.argv[2] ?? 'large') as ScaleName;
const RUNS = 5;

async function main() {
  const source = process.argv[3] ?? (await filledDatabase(scale, (line) => console.log(line)));
  const dir = mkdtempSync(join(tmpdir(), 'crm-bench-data-'));
  const path = join(dir, 'crm.sqlite');
  copyFileSync(source, path);
  // a file generated before the report's figures existed gets them now (on the copy)
  const dataSource = await new DataSource(dataSourceOptions(path, ENTITIES)).initialize();
  const [{ withMajor }] = await dataSource.query(
    `SELECT COUNT(*) AS "withMajor" FROM "outcomes" WHERE "majorId" IS NOT NULL`,
  );
  if (Number(withMajor) === 0) await fillAnnualFigures(dataSource);
  await dataSource.destroy();
  const app = await createApp(loadConfig({ DATABASE_PATH: path, CRM_ADMIN_PASSWORD: 'bench-password' }), false);
  await app.init();
  const server = app.getHttpServer();
  const login = await request(server).post('/api/auth/login').send({ username: 'admin', password: 'bench-password' });
  if (login.status !== 200)
    throw new Error(`login answered ${login.status}: the admin account is made at start with CRM_ADMIN_PASSWORD`);
  const token = login.body.token as string;
  const get = (url: string) =>
    request(server).get(url).set('Authorization', `Bearer ${token}`).set('Accept-Language', 'zh-CN').buffer(true);

  const measure = async (label: string, url: string, describe: (body: any, response: request.Response) => string) => {
    const times: number[] = [];
    let last: request.Response | undefined;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      last = await get(url);
      times.push(performance.now() - started);
      if (last.status !== 200)
        throw new Error(`${url} answered ${last.status}: ${JSON.stringify(last.body).slice(0, 200)}`);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${label.padEnd(40)} median ${times[Math.floor(RUNS / 2)].toFixed(0).padStart(6)} ms  (min ${times[0].toFixed(0)}, max ${times[RUNS - 1].toFixed(0)})  ${describe(last!.body, last!)}`,
    );
  };

  await measure(
    'annual report 2024-2025, JSON',
    '/api/reports/annual?academicYear=2024-2025',
    (body) => `${body.majors.length} majors, ${body.bases.length} base × major rows`,
  );
  await measure(
    'annual report 2024-2025, XLSX',
    '/api/reports/annual?academicYear=2024-2025&format=xlsx',
    (_, response) => `${(Number(response.headers['content-length'] ?? 0) / 1024).toFixed(0)} kB`,
  );
  await measure('enterprise duplicate pairs', '/api/enterprises/duplicates', (body) => `${body.length} pairs`);
  await measure('contact duplicate pairs', '/api/contacts/duplicates', (body) => `${body.length} pairs`);
  await measure(
    'twin check of a new enterprise name',
    `/api/enterprises/similar?name=${encodeURIComponent('上海江朗科技股份有限公司')}`,
    (body) => `${body.length} found`,
  );
  await measure(
    'twin check of a new contact',
    `/api/contacts/similar?name=${encodeURIComponent('王伟')}&phone=13800138000&enterpriseId=1`,
    (body) => `${body.length} found`,
  );
  await measure(
    'export of every enterprise, CSV',
    '/api/enterprises/export?format=csv',
    (_, response) => `${(Number(response.headers['content-length'] ?? 0) / 1024 / 1024).toFixed(1)} MB`,
  );
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
