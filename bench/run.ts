import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { ScaleName } from '../apps/api/src/demo/generator';
import { Client } from 'pg';
import { startCluster } from '../test/fixtures/postgres-cluster';
import { alignWriteTimes, filledDatabase, filledPostgres, RESULTS } from './fill';
import { filterQueries } from './list-specs';
import { chromiumMissing, FIRST_LIST, HOME_CHARTS, launchChromium, loggedIn, timeNavigation } from './browser';
import { ROOT, dailyRunDone, ServerProcess, startBaseline, startServer } from './server-process';
import { median } from './figures';

/**
 *   npm run bench                          large scale (100k enterprises) and medium (10k) for the growth ratio
 *   npm run bench -- --scale medium        one scale only; --scale demo for a smoke run
 *   npm run bench -- --rounds 1 --seconds 2 --connections 1,8 --filter-seconds 1 --no-browser
 *   npm run bench -- --engine postgres     the API on PostgreSQL (a throwaway cluster, as the tests start
 *                                          one), the same rows; the baseline still reads the SQLite file
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
  /** Measure the dashboard in Chromium (large scale, or the only scale). */
  browser: boolean;
  /** Seconds of each generated filter row (one round, c = 1). */
  filterSeconds: number;
  /** The database the API runs on. */
  engine: 'sqlite' | 'postgres';
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const scale = (value('scale') ?? 'large') as ScaleName;
  if (!['demo', 'medium', 'large'].includes(scale))
    throw new Error(`--scale must be demo, medium or large, not ${scale}`);
  const growth = scale === 'large' && !argv.includes('--no-growth');
  const rounds = Math.min(9, Math.max(1, Number(value('rounds') ?? 3)));
  const seconds = Math.min(30, Math.max(1, Number(value('seconds') ?? 3)));
  const connections = (value('connections') ?? '1,16,64')
    .split(',')
    .map(Number)
    .filter((n) => n >= 1 && n <= 256);
  const engine = value('engine') ?? 'sqlite';
  if (engine !== 'sqlite' && engine !== 'postgres')
    throw new Error(`--engine must be sqlite or postgres, not ${engine}`);
  return {
    scales: growth ? ['medium', 'large'] : [scale],
    rounds,
    seconds,
    connections,
    browser: !argv.includes('--no-browser'),
    filterSeconds: Math.min(10, Math.max(1, Number(value('filter-seconds') ?? 2))),
    engine,
  };
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
async function load(
  url: string,
  token: string | null,
  requests: Request[],
  connections: number,
  seconds: number,
): Promise<Sample> {
  const latencies: number[] = [];
  let failures = 0;
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    requests: requests.map((request) => ({
      method: request.method,
      path: request.path,
      body: request.body ? JSON.stringify(request.body) : undefined,
    })),
    // without a callback autocannon returns the running instance, which is also a promise of the result
  }) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>;
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    else failures++;
  });
  const result = await instance;
  failures += result.errors + result.timeouts;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] : NaN;
  return { p50: at(0.5), p99: at(0.99), rps: latencies.length / seconds, requests: latencies.length, failures };
}

/**
 * Waits until a server answers a trivial request at once again. autocannon stops sending when its
 * time is up, but a server still works through what it had received: the single-threaded baseline
 * took ~10 s after 16 connections of 0.6 s contact searches at 100k, and the next rows' baseline
 * got no answer at all. Any status counts (the baseline has no health route).
 */
async function settled(url: string): Promise<void> {
  const until = performance.now() + 60_000;
  while (performance.now() < until) {
    const started = performance.now();
    await fetch(`${url}/api/health`).then(
      (answer) => answer.arrayBuffer(),
      () => undefined,
    );
    if (performance.now() - started < 100) return;
  }
}

interface Endpoint {
  name: string;
  requests: Request[];
  /** The same list query on the baseline server. */
  baseline?: Request[];
  kind: 'list' | 'read' | 'write' | 'report' | 'search' | 'filter';
  /** Only at these connection counts (a scan at 64 connections would only time out). */
  only?: number[];
  /** Goal 4: the search text's length and script, for the goals table. */
  search?: string;
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
    const symposium = db
      .prepare(
        'SELECT meetingId AS id, count(*) AS n FROM meeting_enterprises GROUP BY meetingId HAVING n = 28 ORDER BY meetingId LIMIT 1',
      )
      .get() as { id: number } | undefined;
    return {
      symposiumId: symposium?.id ?? ids('SELECT id FROM meetings LIMIT 1')[0],
      enterpriseIds: ids('SELECT id FROM enterprises WHERE deletedAt IS NULL ORDER BY id LIMIT 28'),
      staffIds: ids('SELECT id FROM staff WHERE deletedAt IS NULL ORDER BY id LIMIT 6'),
      contactIds: ids(
        'SELECT id FROM contacts WHERE deletedAt IS NULL AND enterpriseId IS NOT NULL ORDER BY id LIMIT 10',
      ),
      chamberId: ids('SELECT id FROM chambers ORDER BY id LIMIT 1')[0],
      outcomeId: ids(
        "SELECT id FROM outcomes WHERE stage = 'negotiating' AND deletedAt IS NULL ORDER BY id LIMIT 1",
      )[0],
      // the issue's point read: an enterprise in the middle of the table
      enterpriseId: ids(
        'SELECT id FROM enterprises WHERE deletedAt IS NULL ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM enterprises WHERE deletedAt IS NULL)',
      )[0],
    };
  } finally {
    db.close();
  }
}

function endpoints(f: ReturnType<typeof fixtures>, hasHome: boolean, campaignId?: number): Endpoint[] {
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
  const pointRead = `/api/enterprises?${q({ filter: { id: f.enterpriseId } })}`;
  const searchRow = (resource: string, text: string, what: string): Endpoint => {
    const path = `/api/${resource}?${q({ filter: { q: text }, sort: ['name', 'ASC'], range: [0, 24] })}`;
    return {
      name: `${resource === 'contacts' ? 'contact' : 'enterprise'} search q=${text} (${what})`,
      kind: 'search',
      search: what,
      requests: list(path),
      baseline: list(path),
      only: [1],
    };
  };
  return [
    { name: 'enterprise list, filtered + sorted', kind: 'list', requests: list(filtered), baseline: list(filtered) },
    { name: 'enterprise list, unfiltered', kind: 'list', requests: list(unfiltered), baseline: list(unfiltered) },
    { name: 'contact search (q)', kind: 'list', requests: list(search), baseline: list(search), only: [1, 16] },
    // goal 4: one, two and three or more characters, Chinese (enterprise aliases) and Latin (contact names)
    searchRow('enterprises', '科', '1 CJK'),
    searchRow('enterprises', '科技', '2 CJK'),
    searchRow('enterprises', '人工智能', '4 CJK'),
    searchRow('contacts', 'w', '1 Latin'),
    searchRow('contacts', 'wa', '2 Latin'),
    searchRow('contacts', 'wang', '4 Latin'),
    { name: 'enterprise point read (filter id)', kind: 'read', requests: list(pointRead), baseline: list(pointRead) },
    { name: 'enterprise show page', kind: 'read', requests: list(`/api/enterprises/${f.enterpriseId}`) },
    { name: 'meeting show, 28 organisations', kind: 'read', requests: list(`/api/meetings/${f.symposiumId}`) },
    {
      name: 'create a 28-enterprise meeting',
      kind: 'write',
      requests: [{ method: 'POST', path: '/api/meetings', body: meeting }],
    },
    {
      name: 'kanban move',
      kind: 'write',
      requests: [
        { method: 'POST', path: `/api/outcomes/${f.outcomeId}/move`, body: { stage: 'signed', position: 0 } },
        { method: 'POST', path: `/api/outcomes/${f.outcomeId}/move`, body: { stage: 'negotiating', position: 3 } },
      ],
    },
    ...(hasHome
      ? [
          { name: 'home dashboard figures', kind: 'report' as const, requests: list('/api/reports/home') },
          // goal 5: the other reports leadership and the offices open, once each at c = 1
          { name: 'funnel report', kind: 'report' as const, requests: list('/api/reports/funnel'), only: [1] },
          { name: 'chamber report', kind: 'report' as const, requests: list('/api/reports/chambers'), only: [1] },
          {
            name: 'internship report (a year)',
            kind: 'report' as const,
            requests: list('/api/reports/internships?academicYear=2024-2025'),
            only: [1],
          },
          {
            name: 'intake totals (a year)',
            kind: 'report' as const,
            requests: list('/api/reports/intake-totals?academicYear=2024-2025'),
            only: [1],
          },
          {
            name: 'year-over-year report',
            kind: 'report' as const,
            requests: list('/api/reports/year?academicYear=2024-2025'),
            only: [1],
          },
        ]
      : []),
    ...(campaignId
      ? [
          {
            name: 'campaign report (a year of visits)',
            kind: 'report' as const,
            requests: list(`/api/reports/campaign?campaignId=${campaignId}`),
            only: [1],
          },
        ]
      : []),
  ];
}

/**
 * fetch, tried again once when the server closed a pooled keep-alive connection just as it was
 * reused (after a slow check, the connection can sit idle past the server's keep-alive timeout).
 */
async function get(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

/** The API and the baseline must answer a list query with the same records and totals, or the comparison means nothing. */
async function assertSameAnswer(api: ServerProcess, baselineUrl: string, path: string): Promise<void> {
  const [mine, theirs] = await Promise.all([
    get(api.url + path, { headers: { authorization: `Bearer ${api.token}` } }),
    get(baselineUrl + path),
  ]);
  const [mineBody, theirBody] = [await mine.json(), await theirs.json()];
  for (const header of ['content-range', 'x-total-count']) {
    if (mine.headers.get(header) !== theirs.headers.get(header))
      throw new Error(
        `${path}: ${header} differs: API ${mine.headers.get(header)}, baseline ${theirs.headers.get(header)}`,
      );
  }
  if (!isDeepStrictEqual(mineBody, theirBody)) {
    const index = Math.max(
      0,
      (mineBody as unknown[]).findIndex((record, at) => !isDeepStrictEqual(record, (theirBody as unknown[])[at])),
    );
    throw new Error(
      `${path}: the API and the baseline answer differently, first at record ${index}.\nAPI:      ${JSON.stringify(mineBody[index])}\nbaseline: ${JSON.stringify(theirBody[index])}`,
    );
  }
}

/** Same records (by id, in order) and the same total: for the generated filter rows, where the baseline sends rows as stored. */
async function assertSameIds(api: ServerProcess, baselineUrl: string, path: string): Promise<void> {
  const [mine, theirs] = await Promise.all([
    get(api.url + path, { headers: { authorization: `Bearer ${api.token}` } }),
    get(baselineUrl + path),
  ]);
  if (mine.status !== 200 || theirs.status !== 200)
    throw new Error(`${path}: API ${mine.status}, baseline ${theirs.status}`);
  const ids = async (response: Response) => ((await response.json()) as { id: number }[]).map((row) => row.id);
  const [mineIds, theirIds] = [await ids(mine), await ids(theirs)];
  if (
    mine.headers.get('x-total-count') !== theirs.headers.get('x-total-count') ||
    !isDeepStrictEqual(mineIds, theirIds)
  ) {
    throw new Error(
      `${path}: the API and the baseline answer differently (totals ${mine.headers.get('x-total-count')} / ${theirs.headers.get('x-total-count')}; ids ${mineIds.slice(0, 5)} / ${theirIds.slice(0, 5)})`,
    );
  }
}

const combine = (samples: Sample[]): Sample => ({
  p50: median(samples.map((s) => s.p50)),
  p99: median(samples.map((s) => s.p99)),
  rps: median(samples.map((s) => s.rps)),
  requests: samples.reduce((sum, s) => sum + s.requests, 0),
  failures: samples.reduce((sum, s) => sum + s.failures, 0),
});

export interface Stall {
  /** What ran in the background. */
  load: string;
  health: Sample;
  pointRead: Sample;
  /** The same two, idle, just before. */
  idleHealth: Sample;
  idlePointRead: Sample;
}

/**
 * Goal 1: while 8 connections run the worst search the API allows and 8 ask for the home report,
 * /api/health and a point read, each on its own connection, must keep answering. One Chinese
 * character (the issue's q=王) is now read from the gram index; the worst search left is one Latin
 * letter over every contact, which still scans.
 */
async function measureStall(api: ServerProcess, f: ReturnType<typeof fixtures>, seconds: number): Promise<Stall> {
  const worstSearch = `/api/contacts?${q({ filter: { q: 'w' }, sort: ['name', 'ASC'], range: [0, 24] })}`;
  const point = `/api/enterprises/${f.enterpriseId}`;
  const idleHealth = await load(api.url, null, [{ method: 'GET', path: '/api/health' }], 1, 2);
  const idlePointRead = await load(api.url, api.token, [{ method: 'GET', path: point }], 1, 2);
  const duration = Math.max(5, seconds * 2);
  const [, , health, pointRead] = await Promise.all([
    load(api.url, api.token, [{ method: 'GET', path: worstSearch }], 8, duration + 1),
    load(api.url, api.token, [{ method: 'GET', path: '/api/reports/home' }], 8, duration + 1),
    new Promise<void>((started) => setTimeout(started, 500)).then(() =>
      load(api.url, null, [{ method: 'GET', path: '/api/health' }], 1, duration - 1),
    ),
    new Promise<void>((started) => setTimeout(started, 500)).then(() =>
      load(api.url, api.token, [{ method: 'GET', path: point }], 1, duration - 1),
    ),
  ]);
  return { load: '8 × contact search q=w (a scan), 8 × home report', health, pointRead, idleHealth, idlePointRead };
}

export interface BrowserTimes {
  firstListMs: number;
  homeChartsMs: number;
}

/** Goal 7: the dashboard in Debian's Chromium, cold cache, logged in: the enterprise list's first row, and the home page's charts (`npm run bench:home` alone: medians, profile). */
async function measureBrowser(api: ServerProcess, notes: string[]): Promise<BrowserTimes | undefined> {
  const missing =
    chromiumMissing() ??
    (existsSync(join(ROOT, 'dist/apps/dashboard/index.html'))
      ? undefined
      : 'dist/apps/dashboard is not built (npm run build:dashboard)');
  if (missing) {
    notes.push(`dashboard timings not measured: ${missing}`);
    return undefined;
  }
  const browser = await launchChromium();
  try {
    const state = await loggedIn(browser, api.url);
    const firstList = await timeNavigation(browser, api.url, state, FIRST_LIST);
    const homeCharts = await timeNavigation(browser, api.url, state, HOME_CHARTS);
    return { firstListMs: firstList.ms, homeChartsMs: homeCharts.ms };
  } catch (error) {
    notes.push(`dashboard timings failed: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  } finally {
    await browser.close();
  }
}

export interface ScaleResult {
  rows: Row[];
  notes: string[];
  stall?: Stall;
  coldStartMs: number;
  peakRssMb: number;
  browser?: BrowserTimes;
}

async function benchScale(scale: ScaleName, options: Options, last: boolean): Promise<ScaleResult> {
  const pristine = await filledDatabase(scale, log);
  const work = join(RESULTS, `work-${scale}.sqlite`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(work + suffix, { force: true });
  copyFileSync(pristine, work);
  const notes: string[] = [];
  const env: Record<string, string> = {};
  if (options.engine === 'postgres') {
    const name = `bench_${scale}_${Date.now()}`;
    await cluster!.create(name);
    env.DATABASE_URL = cluster!.url(name);
    env.CRM_DB_POOL_SIZE = '20';
    await filledPostgres(scale, env.DATABASE_URL, log);
  }
  // cold start: the file just copied (or the database just filled), the server's first start on it
  const api = await startServer(work, { env });
  log(`${scale}: the server answered ${api.startedInMs.toFixed(0)} ms after it was started`);
  if (!(await dailyRunDone(api)))
    notes.push(`${scale}: the server's daily agreements run at start did not finish in time; measured while it ran.`);
  if (options.engine === 'postgres') {
    // the baseline reads the SQLite file: let the same day's run settle it too, so both hold the same records
    const twin = await startServer(work);
    const settled = await dailyRunDone(twin);
    await twin.stop();
    if (!settled)
      throw new Error(`The daily agreements run on the baseline's SQLite file did not finish:\n${twin.output()}`);
    log(
      `${scale}: ${await alignWriteTimes(env.DATABASE_URL, work)} records written at start take the API's times in the baseline's file`,
    );
  }
  const baseline = await startBaseline(work);
  try {
    const home = await fetch(`${api.url}/api/reports/home`, { headers: { authorization: `Bearer ${api.token}` } });
    if (home.status !== 200)
      notes.push(`GET /api/reports/home answered ${home.status}: the home dashboard figures were not measured.`);
    const f = fixtures(work);
    // the generator makes no campaign: one over the academic year the other reports read, its visits the year's
    const campaign = await fetch(`${api.url}/api/campaigns`, {
      method: 'POST',
      headers: { authorization: `Bearer ${api.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: '2024–2025 访企拓岗', startsOn: '2024-09-01', endsOn: '2025-08-31' }),
    });
    if (campaign.status !== 201)
      notes.push(`POST /api/campaigns answered ${campaign.status}: the campaign report was not measured.`);
    const campaignId = campaign.status === 201 ? ((await campaign.json()) as { id: number }).id : undefined;
    const list = endpoints(f, home.status === 200, campaignId);
    for (const endpoint of list)
      for (const request of endpoint.baseline ?? []) await assertSameAnswer(api, baseline.url, request.path);
    // goal 2's rows, from the list specs; measured at the large scale (or the only one)
    const filters: Endpoint[] = last
      ? filterQueries(work).map((query) => {
          const path = `/api/${query.resource}?${q(query.params)}`;
          return {
            name: `${query.resource} by ${query.filter}`,
            kind: 'filter' as const,
            requests: [{ method: 'GET' as const, path }],
            baseline: [{ method: 'GET' as const, path }],
            only: [1],
          };
        })
      : [];
    for (const endpoint of filters) await assertSameIds(api, baseline.url, endpoint.requests[0].path);
    log(
      `${scale}: the API and the baseline answer the list queries identically (${list.length} endpoints, ${filters.length} filter rows)`,
    );

    const rows: Row[] = [];
    const measure = async (endpoint: Endpoint, connections: number, rounds: number, seconds: number) => {
      // warm-up, not counted
      // each run begins once both servers have worked through what the one before left them
      const run = async (server: string, token: string | null, requests: Request[], duration: number) => {
        await Promise.all([settled(api.url), settled(baseline.url)]);
        return load(server, token, requests, connections, duration);
      };
      await run(api.url, api.token, endpoint.requests, 1);
      if (endpoint.baseline) await run(baseline.url, null, endpoint.baseline, 1);
      const apiSamples: Sample[] = [];
      const baselineSamples: Sample[] = [];
      for (let round = 0; round < rounds; round++) {
        apiSamples.push(await run(api.url, api.token, endpoint.requests, seconds));
        if (endpoint.baseline) baselineSamples.push(await run(baseline.url, null, endpoint.baseline, seconds));
      }
      const row: Row = {
        scale,
        endpoint: endpoint.name,
        kind: endpoint.kind,
        connections,
        api: combine(apiSamples),
        baseline: endpoint.baseline ? combine(baselineSamples) : undefined,
      };
      if (row.api.failures)
        notes.push(
          `${scale} ${endpoint.name} c=${connections}: ${row.api.failures} requests failed or answered non-2xx`,
        );
      rows.push(row);
      log(
        `${scale} ${endpoint.name} c=${connections}: p50 ${row.api.p50.toFixed(2)} ms, ${row.api.rps.toFixed(0)} req/s${row.baseline ? ` (baseline ${row.baseline.p50.toFixed(2)} ms, ${row.baseline.rps.toFixed(0)} req/s)` : ''}`,
      );
    };
    for (const endpoint of list) {
      for (const connections of options.connections)
        if (!endpoint.only || endpoint.only.includes(connections))
          await measure(endpoint, connections, options.rounds, options.seconds);
    }
    // one short round each: there are about seventy
    for (const endpoint of filters) await measure(endpoint, 1, 1, options.filterSeconds);

    const stall = home.status === 200 ? await measureStall(api, f, options.seconds) : undefined;
    if (stall)
      log(
        `${scale} while ${stall.load}: /api/health p99 ${stall.health.p99.toFixed(1)} ms, point read p99 ${stall.pointRead.p99.toFixed(1)} ms`,
      );
    const browser = last && options.browser ? await measureBrowser(api, notes) : undefined;
    if (browser)
      log(
        `${scale} dashboard: first list ${browser.firstListMs.toFixed(0)} ms, home charts ${browser.homeChartsMs.toFixed(0)} ms`,
      );
    return { rows, notes, stall, coldStartMs: api.startedInMs, peakRssMb: api.peakRssMb(), browser };
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
  const files = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map(
    (match) => match[1].replace(/^\//, ''),
  );
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file))).length, 0);
  return { initialJsGzipBytes: bytes, files };
}

const fmt = (n: number | undefined, digits = 2) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits));

function report(rows: Row[], options: Options, notes: string[], scales: Map<ScaleName, ScaleResult>): object {
  const growth = rows
    .filter((row) => row.scale === 'large')
    .map((row) => {
      const small = rows.find(
        (other) => other.scale === 'medium' && other.endpoint === row.endpoint && other.connections === row.connections,
      );
      return {
        endpoint: row.endpoint,
        connections: row.connections,
        p50At10k: small?.api.p50,
        p50At100k: row.api.p50,
        ratio: small ? row.api.p50 / small.api.p50 : undefined,
      };
    })
    .filter((entry) => entry.ratio !== undefined);

  const header = [
    'scale',
    'endpoint',
    'conn',
    'p50 ms',
    'p99 ms',
    'req/s',
    'base p50',
    'base req/s',
    'p50 ×base',
    'req/s ×base',
  ];
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
  const print = (cells: string[]) =>
    console.log(
      `| ${cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`,
    );
  console.log('');
  print(header);
  console.log(
    `|${widths.map((width, column) => (column < 2 ? ` ${'-'.repeat(width)} ` : ` ${'-'.repeat(width - 1)}: `)).join('|')}|`,
  );
  lines.forEach(print);
  if (growth.length) {
    console.log('\nGrowth from 10k to 100k enterprises (p50 at 100k / p50 at 10k):');
    for (const entry of growth)
      console.log(
        `  ${entry.endpoint} c=${entry.connections}: ${fmt(entry.p50At10k)} → ${fmt(entry.p50At100k)} ms, ×${fmt(entry.ratio)}`,
      );
  }
  const bundle = dashboardBundle();
  console.log(
    bundle
      ? `\nDashboard initial JS (gzip): ${(bundle.initialJsGzipBytes / 1024).toFixed(1)} kB in ${bundle.files.length} files`
      : '\nDashboard bundle: dist/apps/dashboard not built (npm run build:dashboard); not measured.',
  );
  for (const [scale, result] of scales) {
    console.log(
      `\n${scale}: cold start ${fmt(result.coldStartMs, 0)} ms; server peak RSS ${fmt(result.peakRssMb, 0)} MB` +
        (result.browser
          ? `; dashboard first list ${fmt(result.browser.firstListMs, 0)} ms, home charts ${fmt(result.browser.homeChartsMs, 0)} ms`
          : ''),
    );
    if (result.stall) {
      const { stall } = result;
      console.log(
        `  while ${stall.load}: /api/health p50 ${fmt(stall.health.p50)} / p99 ${fmt(stall.health.p99)} ms (idle p99 ${fmt(stall.idleHealth.p99)}), point read p50 ${fmt(stall.pointRead.p50)} / p99 ${fmt(stall.pointRead.p99)} ms (idle p99 ${fmt(stall.idlePointRead.p99)})`,
      );
    }
  }
  const goals = goalRows(rows, growth, scales);
  console.log('\nGoals of issue 12 (at the largest scale measured):');
  const goalWidths = [0, 1, 2].map((column) =>
    Math.max(...goals.map((goal) => [goal.goal, goal.target, goal.measured][column].length)),
  );
  for (const goal of goals)
    console.log(
      `| ${goal.goal.padEnd(goalWidths[0])} | ${goal.target.padEnd(goalWidths[1])} | ${goal.measured.padEnd(goalWidths[2])} | ${goal.met === undefined ? 'not measured' : goal.met ? 'met' : 'MISSED'} |`,
    );
  const top = [...scales.keys()].pop();
  const missedFilters = rows.filter(
    (row) =>
      row.scale === top &&
      row.kind === 'filter' &&
      row.baseline &&
      !(row.api.p50 <= 2 * row.baseline.p50 && row.api.rps >= 0.5 * row.baseline.rps),
  );
  if (missedFilters.length) {
    console.log('\nFilter rows that miss goal 2 (p50 ×baseline / req/s share of it):');
    for (const row of missedFilters)
      console.log(
        `  ${row.endpoint}: ${fmt(row.api.p50)} vs ${fmt(row.baseline!.p50)} ms (${fmt(row.api.p50 / row.baseline!.p50)}×), ${fmt(row.api.rps, 0)} vs ${fmt(row.baseline!.rps, 0)} req/s (${fmt((100 * row.api.rps) / row.baseline!.rps, 0)} %)`,
      );
  }
  for (const note of notes) console.log(`note: ${note}`);
  return {
    at: new Date().toISOString(),
    options,
    machine: { node: process.version, cpus: cpus().length },
    rows,
    growth,
    scales: Object.fromEntries(scales),
    goals,
    dashboardBundle: bundle,
    notes,
  };
}

interface Goal {
  goal: string;
  target: string;
  measured: string;
  met: boolean | undefined;
}

/** Every goal of issue 12 as a row: target, what was measured, met or missed. */
function goalRows(
  rows: Row[],
  growth: { endpoint: string; connections: number; ratio?: number }[],
  scales: Map<ScaleName, ScaleResult>,
): Goal[] {
  const top = [...scales.keys()].pop()!;
  const result = scales.get(top)!;
  const at = rows.filter((row) => row.scale === top);
  const find = (endpoint: string, connections: number) =>
    at.find((row) => row.endpoint === endpoint && row.connections === connections);
  const goals: Goal[] = [];
  const stall = result.stall;
  goals.push({
    goal: '1 no request stalls another',
    target: 'health and point read p99 ≤ 50 ms under 8 searches + 8 reports',
    measured: stall ? `health p99 ${fmt(stall.health.p99)} ms, point read p99 ${fmt(stall.pointRead.p99)} ms` : '–',
    met: stall ? stall.health.p99 <= 50 && stall.pointRead.p99 <= 50 : undefined,
  });
  const filters = at.filter((row) => row.kind === 'filter' && row.baseline);
  const filterMet = (row: Row) => row.api.p50 <= 2 * row.baseline!.p50 && row.api.rps >= 0.5 * row.baseline!.rps;
  const missed = filters.filter((row) => !filterMet(row));
  goals.push({
    goal: '2 every filter of every list',
    target: 'p50 ≤ 2× baseline, req/s ≥ 50 % (each field alone, default sort)',
    measured: filters.length
      ? `${filters.length - missed.length} of ${filters.length} met${missed.length ? ' (the missed ones are listed below)' : ''}`
      : '–',
    met: filters.length ? missed.length === 0 : undefined,
  });
  for (const name of ['enterprise point read (filter id)', 'enterprise show page']) {
    const reference = find('enterprise point read (filter id)', 1)?.baseline;
    const measuredAt = options()
      .connections.map((c) => find(name, c))
      .filter((row): row is Row => !!row);
    goals.push({
      goal: `3 ${name}`,
      target: 'req/s ≥ 50 % of the baseline point read',
      measured:
        measuredAt
          .map(
            (row) =>
              `c=${row.connections} ${fmt(row.api.rps, 0)}/${fmt((row.baseline ?? find('enterprise point read (filter id)', row.connections)?.baseline)?.rps, 0)} req/s`,
          )
          .join(', ') || '–',
      // a baseline that answered nothing in its window (still busy with a scan queued before) judges nothing
      met:
        measuredAt.length && reference?.rps
          ? measuredAt.every(
              (row) =>
                row.api.rps >=
                0.5 *
                  (row.baseline ?? find('enterprise point read (filter id)', row.connections)?.baseline ?? reference)
                    .rps,
            )
          : undefined,
    });
  }
  for (const row of at.filter((row) => row.kind === 'search')) {
    const ratio = growth.find(
      (entry) => entry.endpoint === row.endpoint && entry.connections === row.connections,
    )?.ratio;
    goals.push({
      goal: `4 ${row.endpoint}`,
      target: 'p50 ≤ 20 ms, growth ≤ 1.5×',
      measured: `p50 ${fmt(row.api.p50)} ms${ratio !== undefined ? `, ×${fmt(ratio)}` : ''}`,
      met: row.api.p50 <= 20 && (ratio === undefined || ratio <= 1.5),
    });
  }
  for (const row of at.filter((row) => row.kind === 'report' && row.connections === 1)) {
    const ratio = growth.find((entry) => entry.endpoint === row.endpoint && entry.connections === 1)?.ratio;
    goals.push({
      goal: `5 ${row.endpoint}`,
      target: 'p50 ≤ 50 ms, growth ≤ 1.5×',
      measured: `p50 ${fmt(row.api.p50)} ms${ratio !== undefined ? `, ×${fmt(ratio)}` : ''}`,
      met: row.api.p50 <= 50 && (ratio === undefined || ratio <= 1.5),
    });
  }
  const save = find('create a 28-enterprise meeting', 16);
  goals.push({
    goal: '6 writes keep up',
    target: '28-enterprise meeting save p99 ≤ 100 ms at c=16, synchronous=FULL',
    measured: save ? `p99 ${fmt(save.api.p99)} ms, ${fmt(save.api.rps, 0)}/s` : '–',
    met: save ? save.api.p99 <= 100 : undefined,
  });
  goals.push({
    goal: '7 cold start, peak RSS',
    target: 'printed',
    measured: `${fmt(result.coldStartMs, 0)} ms, ${fmt(result.peakRssMb, 0)} MB`,
    met: true,
  });
  goals.push({
    goal: '7 dashboard in Chromium',
    target: 'home charts ≤ 1.5 s (first list printed)',
    measured: result.browser
      ? `first list ${fmt(result.browser.firstListMs, 0)} ms, home charts ${fmt(result.browser.homeChartsMs, 0)} ms`
      : '–',
    met: result.browser ? result.browser.homeChartsMs <= 1500 : undefined,
  });
  return goals;
}

/** The PostgreSQL cluster of `--engine postgres`, for the whole run. */
let cluster:
  { url: (database: string) => string; create: (database: string) => Promise<void>; stop: () => void } | undefined;

async function startPostgres(): Promise<void> {
  const started = await startCluster({ durable: true });
  cluster = {
    url: started.url,
    stop: started.stop,
    create: async (database) => {
      const client = new Client({ connectionString: started.url('postgres') });
      await client.connect();
      await client.query(`CREATE DATABASE "${database}"`);
      await client.end();
    },
  };
}

let parsedOptions: Options;
const options = () => parsedOptions;

async function main(): Promise<void> {
  const options = (parsedOptions = parseOptions(process.argv.slice(2)));
  log(
    `scales ${options.scales.join(', ')}; ${options.rounds} rounds of ${options.seconds} s at ${options.connections.join(', ')} connections; the API on ${options.engine}`,
  );
  mkdirSync(RESULTS, { recursive: true });
  const rows: Row[] = [];
  const notes: string[] = [];
  const scales = new Map<ScaleName, ScaleResult>();
  if (options.engine === 'postgres') await startPostgres();
  try {
    for (const scale of options.scales) {
      const result = await benchScale(scale, options, scale === options.scales[options.scales.length - 1]);
      rows.push(...result.rows);
      notes.push(...result.notes);
      scales.set(scale, result);
    }
  } finally {
    cluster?.stop();
  }
  console.log(
    `\nThe API on ${options.engine === 'postgres' ? 'PostgreSQL 15 (fsync and synchronous_commit on, the pool at 20 connections)' : 'SQLite (synchronous=FULL)'}; the baseline reads the SQLite file.`,
  );
  const summary = report(rows, options, [...new Set(notes)], scales);
  const file = join(RESULTS, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(summary, null, 2));
  writeFileSync(join(RESULTS, 'latest.json'), JSON.stringify(summary, null, 2));
  log(`results written to ${file}`);
  // keep the ten latest result files
  const old = readdirSync(RESULTS)
    .filter((name) => /^bench-.*\.json$/.test(name))
    .sort()
    .slice(0, -10);
  for (const name of old) rmSync(join(RESULTS, name));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
