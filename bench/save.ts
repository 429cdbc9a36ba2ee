import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { startCluster } from '../test/fixtures/postgres-cluster';
import type { ScaleName } from '../apps/api/src/demo/generator';
import { filledDatabase, filledPostgres, RESULTS } from './fill';
import { ServerProcess, SERVER_ENTRY, startServer } from './server-process';
import { median, processCpuMs } from './figures';

/**
 *   npm run bench:save -- --before DIR [--scale medium] [--engine postgres] [--rounds 3] [--seconds 4] [--connections 1,16] [--profile]
 *
 * Issue 12 goal 6 on its own: a 28-enterprise meeting save (the bench's row) against two builds of
 * the server side by side, each on its own copy of the same database, rounds interleaved (before,
 * after, before, after…) so that the machine's load falls on both alike; medians of the rounds.
 * `--before` is a kept `dist` of an earlier build (e.g. `cp -r dist bench/results/before/`); without
 * it, only the current build is measured. `--profile` writes a CPU profile of the current build's
 * server (node --cpu-prof) into bench/results/profiles/.
 */
const argv = process.argv.slice(2);
const value = (name: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
const scale = (value('scale') ?? 'medium') as ScaleName;
const engine = value('engine') ?? 'sqlite';
const rounds = Number(value('rounds') ?? 3);
const seconds = Number(value('seconds') ?? 4);
const connections = (value('connections') ?? '1,16').split(',').map(Number);
const before = value('before');
const log = (line: string) => console.log(`[save] ${line}`);

interface Sample {
  p50: number;
  p99: number;
  rps: number;
  failures: number;
  /** The server process's CPU time (user + system, all threads) per save: what the machine's load does not change much. */
  cpuMs: number;
}

async function load(server: ServerProcess, body: object, connections: number): Promise<Sample> {
  const latencies: number[] = [];
  let failures = 0;
  const cpuBefore = processCpuMs(server.child.pid!);
  const instance = autocannon({
    url: server.url,
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
    requests: [{ method: 'POST', path: '/api/meetings', body: JSON.stringify(body) }],
  }) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>;
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode === 201 || statusCode === 200) latencies.push(responseTime);
    else failures++;
  });
  const result = await instance;
  const cpuMs = (processCpuMs(server.child.pid!) - cpuBefore) / Math.max(1, latencies.length);
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] : NaN;
  return {
    p50: at(0.5),
    p99: at(0.99),
    rps: latencies.length / seconds,
    failures: failures + result.errors + result.timeouts,
    cpuMs,
  };
}

/** The bench's 28-enterprise meeting (bench/run.ts), with ids read from the filled file. */
function meetingBody(path: string): object {
  const db = new Database(path, { readonly: true });
  try {
    const ids = (sql: string) => (db.prepare(sql).all() as { id: number }[]).map((row) => row.id);
    const staffIds = ids('SELECT id FROM staff WHERE deletedAt IS NULL ORDER BY id LIMIT 6');
    return {
      title: 'Symposium with member enterprises',
      kind: 'symposium',
      startsAt: '2025-05-20T06:00:00Z',
      endsAt: '2025-05-20T08:00:00Z',
      location: 'Zhongqiao campus',
      chairId: staffIds[1],
      topics: ['Internship positions', 'Joint lab'],
      minutes: 'Discussed internship bases, joint labs and talent cultivation.',
      staffIds,
      contactIds: ids(
        'SELECT id FROM contacts WHERE deletedAt IS NULL AND enterpriseId IS NOT NULL ORDER BY id LIMIT 10',
      ),
      enterpriseIds: ids('SELECT id FROM enterprises WHERE deletedAt IS NULL ORDER BY id LIMIT 28'),
      chamberIds: ids('SELECT id FROM chambers ORDER BY id LIMIT 1'),
    };
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  const pristine = await filledDatabase(scale, log);
  const body = meetingBody(pristine);
  const builds = [
    ...(before ? [{ name: 'before', entry: resolve(before, 'apps/api/main.js') }] : []),
    { name: 'after', entry: SERVER_ENTRY },
  ];
  for (const build of builds) if (!existsSync(build.entry)) throw new Error(`No built server at ${build.entry}`);
  const cluster = engine === 'postgres' ? await startCluster({ durable: true }) : undefined;
  const profiles = join(RESULTS, 'profiles');
  mkdirSync(profiles, { recursive: true });
  const servers: ServerProcess[] = [];
  let filled = false;
  try {
    for (const build of builds) {
      const work = join(RESULTS, `save-${build.name}.sqlite`);
      for (const suffix of ['', '-wal', '-shm']) rmSync(work + suffix, { force: true });
      copyFileSync(pristine, work);
      const env: Record<string, string> = {};
      if (cluster) {
        // filled once by the generator; every build gets a copy of it (before any server writes to it)
        const name = `save_${build.name}`;
        const client = new Client({ connectionString: cluster.url('postgres') });
        await client.connect();
        if (!filled) await client.query(`CREATE DATABASE "save_filled"`);
        if (!filled) await filledPostgres(scale, cluster.url('save_filled'), log);
        filled = true;
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "save_filled"`);
        await client.end();
        env.DATABASE_URL = cluster.url(name);
        env.CRM_DB_POOL_SIZE = '20';
      }
      const nodeArgs =
        build.name === 'after'
          ? [
              ...(argv.includes('--profile') ? ['--cpu-prof', `--cpu-prof-dir=${profiles}`] : []),
              ...(value('require') ? ['-r', value('require')!] : []),
            ]
          : [];
      servers.push(await startServer(work, { entry: build.entry, env, nodeArgs }));
      log(`${build.name}: ${build.entry} on ${cluster ? 'PostgreSQL' : work}`);
    }
    // a first save each: the server's first write warms its statements
    for (const server of servers) await load(server, body, 1);
    const samples = new Map<string, Sample[]>();
    for (let round = 0; round < rounds; round++) {
      for (const c of connections) {
        for (const [index, server] of servers.entries()) {
          const sample = await load(server, body, c);
          const key = `${builds[index].name}|${c}`;
          samples.set(key, [...(samples.get(key) ?? []), sample]);
          log(
            `round ${round + 1} ${builds[index].name} c=${c}: p50 ${sample.p50.toFixed(1)} ms, p99 ${sample.p99.toFixed(1)} ms, ${sample.rps.toFixed(0)}/s, CPU ${sample.cpuMs.toFixed(1)} ms/save${sample.failures ? `, ${sample.failures} failed` : ''}`,
          );
        }
      }
    }
    console.log(`\n${engine}, ${scale}, ${rounds} rounds of ${seconds} s, medians\n`);
    console.log('| build  | conn | p50 ms | p99 ms | saves/s | CPU ms/save | failed |');
    console.log('| ------ | ---: | -----: | -----: | ------: | ----------: | -----: |');
    for (const c of connections) {
      for (const build of builds) {
        const runs = samples.get(`${build.name}|${c}`)!;
        const cell = (pick: (sample: Sample) => number, digits: number) =>
          median(runs.map(pick)).toFixed(digits).padStart(6);
        console.log(
          `| ${build.name.padEnd(6)} | ${String(c).padStart(4)} | ${cell((s) => s.p50, 1)} | ${cell((s) => s.p99, 1)} | ${cell((s) => s.rps, 0).padStart(7)} | ${cell((s) => s.cpuMs, 1).padStart(11)} | ${String(runs.reduce((sum, s) => sum + s.failures, 0)).padStart(6)} |`,
        );
      }
    }
  } finally {
    for (const server of servers) await server.stop();
    cluster?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
