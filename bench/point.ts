import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { ScaleName } from '../apps/api/src/demo/generator';
import { filledDatabase, RESULTS } from './fill';
import { ServerProcess, SERVER_ENTRY, startBaseline, startServer } from './server-process';
import { median, processCpuMs } from './figures';

/**
 *   npm run bench:point -- [--before DIR] [--scale medium | --database FILE] [--rounds 5] [--seconds 3] [--connections 4] [--profile] [--path /api/…]…
 *
 * Issue 12 goal 3 on its own: the point read (`filter={"id":n}`) and the show page of the same
 * enterprise, on the current build, optionally a kept earlier build (`--before`, a copy of `dist`),
 * and the bare baseline (bench/baseline.ts), rounds interleaved so the machine's load falls on all
 * alike. Per request it prints the server process's CPU time (user + system from /proc, all
 * threads: what the machine's load changes least) and the throughput; medians of the rounds, with
 * the load average when the run began and ended. `--profile` writes a CPU profile of the current
 * build's server (node --cpu-prof) into bench/results/profiles/. Each `--path` adds a request of
 * its own (a filter row of `npm run bench`, say), measured the same way and against the baseline.
 */
const argv = process.argv.slice(2);
const value = (name: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
const scale = (value('scale') ?? 'medium') as ScaleName;
const rounds = Number(value('rounds') ?? 5);
const seconds = Number(value('seconds') ?? 3);
const connections = Number(value('connections') ?? 4);
const before = value('before');
const log = (line: string) => console.log(`[point] ${line}`);

interface Target {
  name: string;
  url: string;
  pid: number;
  token?: string;
  stop: () => Promise<void>;
}

interface Sample {
  cpuUs: number;
  rps: number;
}

async function load(target: Target, path: string, duration: number): Promise<Sample> {
  const cpuBefore = processCpuMs(target.pid) * 1000;
  const result = await autocannon({
    url: target.url,
    connections,
    duration,
    headers: target.token ? { authorization: `Bearer ${target.token}` } : {},
    requests: [{ method: 'GET', path }],
  });
  const answered = result['2xx'];
  if (answered !== result.requests.total || result.errors || result.timeouts)
    throw new Error(`${target.name} ${path}: ${answered} of ${result.requests.total} answered 2xx`);
  return { cpuUs: (processCpuMs(target.pid) * 1000 - cpuBefore) / answered, rps: answered / duration };
}

const asTarget = (name: string, server: ServerProcess): Target => ({
  name,
  url: server.url,
  pid: server.child.pid!,
  token: server.token,
  stop: server.stop,
});

async function main(): Promise<void> {
  const pristine = value('database') ?? (await filledDatabase(scale, log));
  const db = new Database(pristine, { readonly: true });
  const { id } = db
    .prepare(
      'SELECT id FROM enterprises WHERE deletedAt IS NULL ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM enterprises WHERE deletedAt IS NULL)',
    )
    .get() as { id: number };
  db.close();
  const paths = {
    'point read': `/api/enterprises?filter=${encodeURIComponent(JSON.stringify({ id }))}`,
    'show page': `/api/enterprises/${id}`,
    ...Object.fromEntries(
      argv.flatMap((arg, at) => (arg === '--path' ? [[argv[at + 1], argv[at + 1]]] : [])) as [string, string][],
    ),
  };
  const builds = [
    ...(before ? [{ name: 'before', entry: resolve(before, 'apps/api/main.js') }] : []),
    { name: 'after', entry: SERVER_ENTRY },
  ];
  for (const build of builds) if (!existsSync(build.entry)) throw new Error(`No built server at ${build.entry}`);
  const profiles = join(RESULTS, 'profiles');
  mkdirSync(profiles, { recursive: true });
  const targets: Target[] = [];
  const loadAtStart = loadavg();
  try {
    for (const build of builds) {
      const work = join(RESULTS, `point-${build.name}.sqlite`);
      for (const suffix of ['', '-wal', '-shm']) rmSync(work + suffix, { force: true });
      copyFileSync(pristine, work);
      const nodeArgs =
        build.name === 'after' && argv.includes('--profile') ? ['--cpu-prof', `--cpu-prof-dir=${profiles}`] : [];
      targets.push(asTarget(build.name, await startServer(work, { entry: build.entry, nodeArgs })));
    }
    targets.push({ name: 'baseline', ...(await startBaseline(pristine)) });
    // warm every statement and the JIT before measuring
    for (const target of targets)
      for (const [what, path] of Object.entries(paths))
        if (target.name !== 'baseline' || what !== 'show page') await load(target, path, 1);
    const samples = new Map<string, Sample[]>();
    for (let round = 0; round < rounds; round++) {
      for (const [what, path] of Object.entries(paths)) {
        for (const target of targets) {
          // the baseline has no show page
          if (target.name === 'baseline' && what === 'show page') continue;
          const sample = await load(target, path, seconds);
          const key = `${what}|${target.name}`;
          samples.set(key, [...(samples.get(key) ?? []), sample]);
          log(
            `round ${round + 1} ${what} ${target.name}: ${sample.cpuUs.toFixed(0)} µs CPU/request, ${sample.rps.toFixed(0)} req/s`,
          );
        }
      }
    }
    const loadAtEnd = loadavg();
    console.log(
      `\n${scale}, ${seconds} s × ${rounds} rounds at c = ${connections}; load average ${loadAtStart.map((l) => l.toFixed(1)).join(' ')} at start, ${loadAtEnd.map((l) => l.toFixed(1)).join(' ')} at end\n`,
    );
    console.log(
      '| request | server | CPU µs/request (median) | req/s (median) | CPU ratio to baseline | req/s ratio |',
    );
    console.log('| --- | --- | ---: | ---: | ---: | ---: |');
    for (const [key, runs] of samples) {
      const [what, name] = key.split('|');
      const cpu = median(runs.map((s) => s.cpuUs));
      const rps = median(runs.map((s) => s.rps));
      // a show page against the baseline's point read of the same record: the baseline has no show page
      const baseline = samples.get(`${what === 'show page' ? 'point read' : what}|baseline`)!;
      const baseCpu = median(baseline.map((s) => s.cpuUs));
      const baseRps = median(baseline.map((s) => s.rps));
      console.log(
        `| ${what} | ${name} | ${cpu.toFixed(0)} | ${rps.toFixed(0)} | ${(baseCpu / cpu).toFixed(2)} | ${(rps / baseRps).toFixed(2)} |`,
      );
    }
  } finally {
    for (const target of targets) await target.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
