import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { AgreementsJob } from '../apps/api/src/agreements/agreements.job';
import { createApp } from '../apps/api/src/app';
import { loadConfig } from '../apps/api/src/config/config';
import type { ScaleName } from '../apps/api/src/demo/generator';
import { filledDatabase } from './fill';

/**
 *   npm run bench:search -- [scale] [database file]
 *
 * Latency of the search box (GET /api/search) and of the lists' `q` (the goal rows of `npm run bench`,
 * first page and total) on the generated database (default: large, 100,000 enterprises, 300,000
 * contacts, 50,000 meetings, 100,000 outcomes): Chinese of one, two and three or more characters,
 * Latin text and pinyin. Medians of a few runs over HTTP, in process, after one warm-up. A file made
 * before the newest search index gets it from its migration (on a copy). Prints; not a test.
 */
const scale = (process.argv[2] ?? 'large') as ScaleName;
const RUNS = 7;
const SEARCHES: [label: string, q: string][] = [
  ['Chinese, 1 character (a surname)', '王'],
  ['Chinese, 1 character (rare)', '鹭'],
  ['Chinese, 2 characters (a given name)', '小明'],
  ['Chinese, 2 characters (a city, in many rows)', '上海'],
  ['Chinese, 3 characters', '浙江商'],
  ['Chinese, 4+ characters', '智能制造'],
  ['Latin, 3+ characters', 'tech'],
  ['pinyin, full', 'wangwei'],
  ['pinyin, initials', 'shzj'],
];
/** The lists' search rows of `npm run bench` (goal 3 of issue 24): the first page by name, and its total. */
const LIST_SEARCHES: [resource: string, q: string][] = [
  ['enterprises', '科'],
  ['enterprises', '科技'],
  ['enterprises', '人工智能'],
  ['contacts', 'w'],
  ['contacts', 'wa'],
  ['contacts', 'wang'],
  ['contacts', '13'],
];

async function main() {
  const source = process.argv[3] ?? (await filledDatabase(scale, (line) => console.log(line)));
  const dir = mkdtempSync(join(tmpdir(), 'crm-bench-search-'));
  const path = join(dir, 'crm.sqlite');
  copyFileSync(source, path);
  let started = performance.now();
  const app = await createApp(loadConfig({ DATABASE_PATH: path, CRM_ADMIN_PASSWORD: 'bench-password' }), false);
  await app.init();
  console.log(`start (with any migration the copy needed): ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // the first daily agreements run writes on the event loop for a while on a generated file (its history ends in
  // 2025): searches timed during it measure that run
  started = performance.now();
  await app.get(AgreementsJob).firstRun;
  console.log(
    `the first daily agreements run took ${((performance.now() - started) / 1000).toFixed(1)} s; searching after it`,
  );
  const server = app.getHttpServer();
  const login = await request(server).post('/api/auth/login').send({ username: 'admin', password: 'bench-password' });
  if (login.status !== 200)
    throw new Error(`login answered ${login.status}: the admin account is made at start with CRM_ADMIN_PASSWORD`);
  const token = login.body.token as string;

  const timed = async (url: string) => {
    const times: number[] = [];
    let last: request.Response | undefined;
    for (let run = 0; run <= RUNS; run++) {
      started = performance.now();
      last = await request(server).get(url).set('Authorization', `Bearer ${token}`);
      if (run > 0) times.push(performance.now() - started);
      if (last.status !== 200)
        throw new Error(`${url} answered ${last.status}: ${JSON.stringify(last.body).slice(0, 200)}`);
    }
    times.sort((a, b) => a - b);
    return { times, last: last! };
  };
  for (const [resource, q] of LIST_SEARCHES) {
    const filter = encodeURIComponent(JSON.stringify({ q }));
    const { times, last } = await timed(`/api/${resource}?filter=${filter}&sort=["name","ASC"]&range=[0,24]`);
    console.log(
      `list ${resource} q=${q}`.padEnd(32) +
        ` median ${times[Math.floor(RUNS / 2)].toFixed(1).padStart(6)} ms  (min ${times[0].toFixed(1)}, max ${times[RUNS - 1].toFixed(1)})  ${last.headers['content-range']}`,
    );
  }
  for (const [label, q] of SEARCHES) {
    const { times, last } = await timed(`/api/search?q=${encodeURIComponent(q)}`);
    const groups = new Map<string, number>();
    for (const result of last.body as { resource: string }[])
      groups.set(result.resource, (groups.get(result.resource) ?? 0) + 1);
    const found = [...groups].map(([resource, count]) => `${count} ${resource}`).join(', ') || 'nothing';
    console.log(
      `${label.padEnd(46)} ${q.padEnd(8)} median ${times[Math.floor(RUNS / 2)].toFixed(0).padStart(5)} ms  (min ${times[0].toFixed(0)}, max ${times[RUNS - 1].toFixed(0)})  ${found}`,
    );
  }
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
