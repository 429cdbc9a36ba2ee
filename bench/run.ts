import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { ScaleName } from '../apps/api/src/demo/generator';
import { filledDatabase, RESULTS } from './fill';
import { freePort, ROOT, ServerProcess, startServer } from './server-process';

/**
 *   npm run bench                          large scale (100k enterprises) and medium (10k) for the growth ratio
 *   npm run bench -- --scale medium        one scale only; --scale demo for a smoke run
 *   npm run bench -- --rounds 1 --seconds 2 --connections 1,8
 *
 * Fills a fresh database with the deterministic generator, starts the built server and the
 * bare node:http baseline on it (loopback), checks that both answer the list queries alike, then
 * measures each endpoint with autocannon, baseline and API interleaved round by round. Prints a
 * table and writes bench/results/bench-<time>.json and bench/results/latest.json.
 */
interface Options {
  scales: ScaleName[];
  rounds: number;
  seconds: number;
  connections: number[];
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const scale = (value('scale') ?? 'large') as ScaleName;
  if (!['demo', 'medium', 'large'].includes(scale)) throw new Error(`--scale must be demo, medium or large, not ${scale}`);
  const growth = scale === 'large' && !argv.includes('--no-growth');
  const rounds = Math.min(9, Math.max(1, Number(value('rounds') ?? 3)));
  const seconds = Math.min(30, Math.max(1, Number(value('seconds') ?? 3)));
  const connections = (value('connections') ?? '1,16').split(',').map(Number).filter((n) => n >= 1 && n <= 256);
  return { scales: growth ? ['medium', 'large'] : [scale], rounds, seconds, connections };
}

const log = (line: string) => console.log(`[bench] ${line}`);

interface Sample {
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  failures: number;
}

interface Request {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: object;
}

/** One autocannon run; latencies from the per-response timings (autocannon's histogram rounds to whole ms). */
async function load(url: string, token: string | null, requests: Request[], connections: number, seconds: number): Promise<Sample> {
  const latencies: number[] = [];
  let failures = 0;
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    requests: requests.map((request) => ({ method: request.method, path: request.path, body: request.body ? JSON.stringify(request.body) : undefined })),
    // without a callback autocannon returns the running instance, which is also a promise of the result
  }) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>;
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    else failures++;
  });
  const result = await instance;
  failures += result.errors + result.timeouts;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] : NaN);
  return { p50: at(0.5), p99: at(0.99), rps: latencies.length / seconds, requests: latencies.length, failures };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

interface Endpoint {
  name: string;
  requests: Request[];
  /** The same list query on the baseline server. */
  baseline?: Request[];
  kind: 'list' | 'read' | 'write' | 'report';
}

interface Row {
  scale: ScaleName;
  endpoint: string;
  kind: Endpoint['kind'];
  connections: number;
  api: Sample;
  baseline?: Sample;
}

const q = (params: Record<string, unknown>) =>
  Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(JSON.stringify(value))}`)
    .join('&');

/** Ids the requests need, read straight from the filled file. */
function fixtures(databasePath: string) {
  const db = new Database(databasePath, { readonly: true });
  try {
    const ids = (sql: string) => (db.prepare(sql).all() as { id: number }[]).map((row) => row.id);
    const symposium = db.prepare('SELECT meetingId AS id, count(*) AS n FROM meeting_enterprises GROUP BY meetingId HAVING n = 28 ORDER BY meetingId LIMIT 1').get() as { id: number } | undefined;
    return {
      symposiumId: symposium?.id ?? ids('SELECT id FROM meetings LIMIT 1')[0],
      enterpriseIds: ids('SELECT id FROM enterprises WHERE deletedAt IS NULL ORDER BY id LIMIT 28'),
      staffIds: ids('SELECT id FROM staff WHERE deletedAt IS NULL ORDER BY id LIMIT 6'),
      contactIds: ids('SELECT id FROM contacts WHERE deletedAt IS NULL AND enterpriseId IS NOT NULL ORDER BY id LIMIT 10'),
      chamberId: ids('SELECT id FROM chambers ORDER BY id LIMIT 1')[0],
      outcomeId: ids("SELECT id FROM outcomes WHERE stage = 'negotiating' AND deletedAt IS NULL ORDER BY id LIMIT 1")[0],
    };
  } finally {
    db.close();
  }
}

function endpoints(f: ReturnType<typeof fixtures>, hasHome: boolean): Endpoint[] {
  const filtered = `/api/enterprises?${q({ filter: { city: '上海', tier: ['core', 'strategic'] }, sort: ['name', 'ASC'], range: [0, 24] })}`;
  const unfiltered = `/api/enterprises?${q({ sort: ['name', 'ASC'], range: [0, 24] })}`;
  const search = `/api/contacts?${q({ filter: { q: 'wang' }, sort: ['name', 'ASC'], range: [0, 24] })}`;
  const list = (path: string) => [{ method: 'GET' as const, path }];
  const meeting = {
    title: 'Symposium with member enterprises',
    kind: 'symposium',
    startsAt: '2025-05-20T06:00:00Z',
    endsAt: '2025-05-20T08:00:00Z',
    location: 'Zhongqiao campus',
    chairId: f.staffIds[1],
    topics: ['Internship positions', 'Joint lab'],
    minutes: 'Discussed internship bases, joint labs and talent cultivation.',
    staffIds: f.staffIds,
    contactIds: f.contactIds,
    enterpriseIds: f.enterpriseIds,
    chamberIds: [f.chamberId],
  };
  return [
    { name: 'enterprise list, filtered + sorted', kind: 'list', requests: list(filtered), baseline: list(filtered) },
    { name: 'enterprise list, unfiltered', kind: 'list', requests: list(unfiltered), baseline: list(unfiltered) },
    { name: 'contact search (q)', kind: 'list', requests: list(search), baseline: list(search) },
    { name: 'meeting show, 28 organisations', kind: 'read', requests: list(`/api/meetings/${f.symposiumId}`) },
    { name: 'create a 28-enterprise meeting', kind: 'write', requests: [{ method: 'POST', path: '/api/meetings', body: meeting }] },
    {
      name: 'kanban move',
      kind: 'write',
      requests: [
        { method: 'POST', path: `/api/outcomes/${f.outcomeId}/move`, body: { stage: 'signed', position: 0 } },
        { method: 'POST', path: `/api/outcomes/${f.outcomeId}/move`, body: { stage: 'negotiating', position: 3 } },
      ],
    },
    ...(hasHome ? [{ name: 'home dashboard figures', kind: 'report' as const, requests: list('/api/reports/home') }] : []),
  ];
}

async function startBaseline(databasePath: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(ROOT, 'bench/baseline.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATABASE_PATH: databasePath },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error('the baseline server did not start')), 60_000);
    child.stdout!.once('data', () => (clearTimeout(timer), ready()));
    child.once('exit', (code) => fail(new Error(`the baseline server exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((done) => (child.once('exit', () => done()), child.kill('SIGTERM'))) };
}

/** The API and the baseline must answer a list query with the same records and totals, or the comparison means nothing. */
async function assertSameAnswer(api: ServerProcess, baselineUrl: string, path: string): Promise<void> {
  const [mine, theirs] = await Promise.all([fetch(api.url + path, { headers: { authorization: `Bearer ${api.token}` } }), fetch(baselineUrl + path)]);
  const [mineBody, theirBody] = [await mine.json(), await theirs.json()];
  for (const header of ['content-range', 'x-total-count']) {
    if (mine.headers.get(header) !== theirs.headers.get(header)) throw new Error(`${path}: ${header} differs: API ${mine.headers.get(header)}, baseline ${theirs.headers.get(header)}`);
  }
  if (!isDeepStrictEqual(mineBody, theirBody)) {
    throw new Error(`${path}: the API and the baseline answer differently.\nAPI:      ${JSON.stringify(mineBody[0])}\nbaseline: ${JSON.stringify(theirBody[0])}`);
  }
}

async function benchScale(scale: ScaleName, options: Options): Promise<{ rows: Row[]; notes: string[] }> {
  const pristine = await filledDatabase(scale, log);
  const work = join(RESULTS, `work-${scale}.sqlite`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(work + suffix, { force: true });
  copyFileSync(pristine, work);
  const notes: string[] = [];
  const api = await startServer(work);
  const baseline = await startBaseline(work);
  try {
    const home = await fetch(`${api.url}/api/reports/home`, { headers: { authorization: `Bearer ${api.token}` } });
    if (home.status !== 200) notes.push(`GET /api/reports/home answered ${home.status}: the home dashboard figures were not measured.`);
    const list = endpoints(fixtures(work), home.status === 200);
    for (const endpoint of list) for (const request of endpoint.baseline ?? []) await assertSameAnswer(api, baseline.url, request.path);
    log(`${scale}: the API and the baseline answer the list queries identically`);

    const rows: Row[] = [];
    for (const endpoint of list) {
      for (const connections of options.connections) {
        // warm-up, not counted
        await load(api.url, api.token, endpoint.requests, connections, 1);
        if (endpoint.baseline) await load(baseline.url, null, endpoint.baseline, connections, 1);
        const apiSamples: Sample[] = [];
        const baselineSamples: Sample[] = [];
        for (let round = 0; round < options.rounds; round++) {
          apiSamples.push(await load(api.url, api.token, endpoint.requests, connections, options.seconds));
          if (endpoint.baseline) baselineSamples.push(await load(baseline.url, null, endpoint.baseline, connections, options.seconds));
        }
        const combine = (samples: Sample[]): Sample => ({
          p50: median(samples.map((s) => s.p50)),
          p99: median(samples.map((s) => s.p99)),
          rps: median(samples.map((s) => s.rps)),
          requests: samples.reduce((sum, s) => sum + s.requests, 0),
          failures: samples.reduce((sum, s) => sum + s.failures, 0),
        });
        const row: Row = { scale, endpoint: endpoint.name, kind: endpoint.kind, connections, api: combine(apiSamples), baseline: endpoint.baseline ? combine(baselineSamples) : undefined };
        if (row.api.failures) notes.push(`${scale} ${endpoint.name} c=${connections}: ${row.api.failures} requests failed or answered non-2xx`);
        rows.push(row);
        log(`${scale} ${endpoint.name} c=${connections}: p50 ${row.api.p50.toFixed(2)} ms, ${row.api.rps.toFixed(0)} req/s${row.baseline ? ` (baseline ${row.baseline.p50.toFixed(2)} ms, ${row.baseline.rps.toFixed(0)} req/s)` : ''}`);
      }
    }
    return { rows, notes };
  } finally {
    await baseline.stop();
    await api.stop();
    for (const suffix of ['', '-wal', '-shm']) rmSync(work + suffix, { force: true });
  }
}

/** The JS a browser loads before the first screen: the entry script and what it preloads, gzipped. */
function dashboardBundle(): { initialJsGzipBytes: number; files: string[] } | null {
  const dir = join(ROOT, 'dist/apps/dashboard');
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return null;
  const html = readFileSync(index, 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((match) => match[1].replace(/^\//, ''));
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file))).length, 0);
  return { initialJsGzipBytes: bytes, files };
}

const fmt = (n: number | undefined, digits = 2) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits));

function report(rows: Row[], options: Options, notes: string[]): object {
  const growth = rows
    .filter((row) => row.scale === 'large')
    .map((row) => {
      const small = rows.find((other) => other.scale === 'medium' && other.endpoint === row.endpoint && other.connections === row.connections);
      return { endpoint: row.endpoint, connections: row.connections, p50At10k: small?.api.p50, p50At100k: row.api.p50, ratio: small ? row.api.p50 / small.api.p50 : undefined };
    })
    .filter((entry) => entry.ratio !== undefined);

  const header = ['scale', 'endpoint', 'conn', 'p50 ms', 'p99 ms', 'req/s', 'base p50', 'base req/s', 'p50 ×base', 'req/s ×base'];
  const lines = rows.map((row) => [
    row.scale,
    row.endpoint,
    String(row.connections),
    fmt(row.api.p50),
    fmt(row.api.p99),
    fmt(row.api.rps, 0),
    fmt(row.baseline?.p50),
    fmt(row.baseline?.rps, 0),
    row.baseline ? fmt(row.api.p50 / row.baseline.p50) : '–',
    row.baseline ? fmt(row.api.rps / row.baseline.rps) : '–',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const print = (cells: string[]) => console.log(`| ${cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`);
  console.log('');
  print(header);
  console.log(`|${widths.map((width, column) => (column < 2 ? ` ${'-'.repeat(width)} ` : ` ${'-'.repeat(width - 1)}: `)).join('|')}|`);
  lines.forEach(print);
  if (growth.length) {
    console.log('\nGrowth from 10k to 100k enterprises (p50 at 100k / p50 at 10k):');
    for (const entry of growth) console.log(`  ${entry.endpoint} c=${entry.connections}: ${fmt(entry.p50At10k)} → ${fmt(entry.p50At100k)} ms, ×${fmt(entry.ratio)}`);
  }
  const bundle = dashboardBundle();
  console.log(bundle ? `\nDashboard initial JS (gzip): ${(bundle.initialJsGzipBytes / 1024).toFixed(1)} kB in ${bundle.files.length} files` : '\nDashboard bundle: dist/apps/dashboard not built (npm run build:dashboard); not measured.');
  for (const note of notes) console.log(`note: ${note}`);
  return { at: new Date().toISOString(), options, machine: { node: process.version, cpus: cpus().length }, rows, growth, dashboardBundle: bundle, notes };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  log(`scales ${options.scales.join(', ')}; ${options.rounds} rounds of ${options.seconds} s at ${options.connections.join(', ')} connections`);
  mkdirSync(RESULTS, { recursive: true });
  const rows: Row[] = [];
  const notes: string[] = [];
  for (const scale of options.scales) {
    const result = await benchScale(scale, options);
    rows.push(...result.rows);
    notes.push(...result.notes);
  }
  const summary = report(rows, options, [...new Set(notes)]);
  const file = join(RESULTS, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(summary, null, 2));
  writeFileSync(join(RESULTS, 'latest.json'), JSON.stringify(summary, null, 2));
  log(`results written to ${file}`);
  // keep the ten latest result files
  const old = readdirSync(RESULTS).filter((name) => /^bench-.*\.json$/.test(name)).sort().slice(0, -10);
  for (const name of old) rmSync(join(RESULTS, name));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
