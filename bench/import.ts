import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { usccCheckCharacter } from '@crm/domain';
import { createApp } from '../apps/api/src/app';
import { loadConfig } from '../apps/api/src/config/config';
import { startCluster } from '../test/fixtures/postgres-cluster';

/**
 *   npm run bench:import -- [rows] [--runs N] [--engine sqlite|postgres] [--profile FILE]
 *
 * Import speed over HTTP on the real server: a sheet of `rows` enterprises (default 50,000, the most
 * one file may hold) is previewed and committed into a fresh database that already holds 10,000, a
 * tenth of the sheet naming those (by USCC, by name in another legal form). Each of `runs` (default 3)
 * starts from a new database (a SQLite file, or a database of a throwaway PostgreSQL cluster with
 * fsync on); it prints rows per second for preview and commit per run and their medians, by the
 * clock and by the process's CPU time (what the figure would be on an idle core: the machine this is
 * run on is shared). `--profile FILE` writes a CPU profile of the last run's commit. Not a test: the
 * figure depends on the machine.
 */
const argv = process.argv.slice(2);
const option = (name: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
const ROWS = Number(argv.find((arg, index) => /^\d+$/.test(arg) && !argv[index - 1]?.startsWith('--')) ?? 50_000);
const RUNS = Number(option('runs') ?? 3);
const ENGINE = option('engine') ?? 'sqlite';
const PROFILE = option('profile');

const uscc = (n: number) => {
  const first17 = `91310000MA${String(n).padStart(7, '0')}`;
  return first17 + usccCheckCharacter(first17);
};
const sheet = (from: number, count: number, pick: (n: number) => string[]) =>
  Buffer.from(['企业名称,统一社会信用代码,城市,行业', ...Array.from({ length: count }, (_, i) => pick(from + i).join(','))].join('\n'));

interface Timed {
  ms: number;
  cpuMs: number;
}

async function timed<T>(work: () => Promise<T>): Promise<Timed & { value: T }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

async function run(env: Record<string, string>, profile: boolean): Promise<{ preview: Timed; commit: Timed; counts: unknown }> {
  const app = await createApp(loadConfig({ ...env, CRM_ADMIN_PASSWORD: 'bench-password' }), false);
  await app.init();
  try {
    const server = app.getHttpServer();
    const token = (await request(server).post('/api/auth/login').send({ username: 'admin', password: 'bench-password' })).body.token;
    const upload = (file: Buffer) => request(server).post('/api/imports/enterprises').set('Authorization', `Bearer ${token}`).attach('file', file, 'bench.csv');
    const commit = (id: string) => request(server).post(`/api/imports/${id}/commit`).set('Authorization', `Bearer ${token}`);

    const first = await upload(sheet(0, 10_000, (n) => [`基准企业${n}有限公司`, uscc(n), '上海', '制造']));
    await commit(first.body.id);

    // a tenth names stored enterprises (half by code, half by name in another legal form), the rest are new
    const file = sheet(9_000, ROWS, (n) => (n < 9_500 ? [`基准企业${n}有限公司`, uscc(n), '', ''] : n < 10_000 ? [`基准企业${n}股份有限公司`, '', '', ''] : [`基准企业${n}有限公司`, uscc(n), '杭州', '软件']));
    const preview = await timed(() => upload(file));
    if (preview.value.status !== 201) throw new Error(`preview answered ${preview.value.status}: ${JSON.stringify(preview.value.body).slice(0, 300)}`);
    const session = new Session();
    if (profile) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    const committed = await timed(() => commit(preview.value.body.id));
    if (profile) {
      writeFileSync(PROFILE!, JSON.stringify((await session.post('Profiler.stop')).profile));
      session.disconnect();
    }
    if (committed.value.status !== 201) throw new Error(`commit answered ${committed.value.status}: ${JSON.stringify(committed.value.body).slice(0, 300)}`);
    return { preview, commit: committed, counts: preview.value.body.counts };
  } finally {
    await app.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rate = (ms: number) => Math.round(ROWS / (ms / 1000)).toLocaleString('en');
const line = (label: string, t: Timed) => `${label} ${t.ms.toFixed(0).padStart(6)} ms, ${rate(t.ms).padStart(7)} rows/s (CPU ${t.cpuMs.toFixed(0).padStart(6)} ms, ${rate(t.cpuMs).padStart(7)} rows/s)`;

async function main() {
  const cluster = ENGINE === 'postgres' ? await startCluster({ durable: true }) : undefined;
  const results: { preview: Timed; commit: Timed }[] = [];
  try {
    for (let index = 0; index < RUNS; index++) {
      const dir = mkdtempSync(join(tmpdir(), 'crm-bench-import-'));
      let env: Record<string, string> = { DATABASE_PATH: join(dir, 'crm.sqlite') };
      if (cluster) {
        const client = new Client({ connectionString: cluster.url('postgres') });
        await client.connect();
        await client.query(`CREATE DATABASE "import_${index}"`);
        await client.end();
        env = { DATABASE_URL: cluster.url(`import_${index}`) };
      }
      try {
        const result = await run(env, Boolean(PROFILE) && index === RUNS - 1);
        if (index === 0) console.log(`${ROWS.toLocaleString('en')} rows into 10,000 stored enterprises on ${ENGINE}: ${JSON.stringify(result.counts)}`);
        console.log(`run ${index + 1}: ${line('preview', result.preview)} · ${line('commit', result.commit)}`);
        results.push(result);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    cluster?.stop();
  }
  const middle = (part: 'preview' | 'commit'): Timed => ({ ms: median(results.map((r) => r[part].ms)), cpuMs: median(results.map((r) => r[part].cpuMs)) });
  console.log(`median of ${RUNS}: ${line('preview', middle('preview'))} · ${line('commit', middle('commit'))}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
