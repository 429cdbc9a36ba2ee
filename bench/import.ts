import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { usccCheckCharacter } from '@crm/domain';
import { startCluster } from '../test/fixtures/postgres-cluster';
import { median, processCpuMs } from './figures';
import { SERVER_ENTRY, startServer } from './server-process';

/**
 *   npm run bench:import -- [rows] [--runs N] [--engine sqlite|postgres] [--before DIR] [--profile DIR] [--no-probes]
 *
 * Import speed over HTTP on the built server (`dist/`, built when missing): a sheet of `rows`
 * enterprises (default 50,000, the most one file may hold) is previewed and committed into a fresh
 * database that already holds 10,000, a tenth of the sheet naming those (by USCC, by name in another
 * legal form). Each of `runs` (default 3) starts from a new database (a SQLite file, or a database of
 * a throwaway PostgreSQL cluster with fsync on). It prints rows per second for preview and commit,
 * by the clock and by the server process's CPU time (what the figure would be on an idle core: the
 * machine this runs on is shared), and, while the commit runs, the p99 of `/api/health`, of a point
 * read and of another user's single create, each asked over and over on a connection of its own
 * (issue 20: ≤ 50, 50 and 250 ms). `--before DIR` runs the same against the build in DIR (e.g. main's:
 * `git worktree add --detach /tmp/mainbuild main`, link node_modules, `npx nest build api` there) and
 * prints both side by side. `--profile DIR` has the server write CPU profiles there (node --cpu-prof).
 * `--no-probes` commits with nobody else asking: the probes cost the server CPU in proportion to how
 * often it answers them, so the commit's own cost (CPU rows/s) compares fairly between builds only without them.
 * Not a test: the figures depend on the machine.
 */
const argv = process.argv.slice(2);
const option = (name: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
const ROWS = Number(argv.find((arg, index) => /^\d+$/.test(arg) && !argv[index - 1]?.startsWith('--')) ?? 50_000);
const RUNS = Number(option('runs') ?? 3);
const ENGINE = option('engine') ?? 'sqlite';
const BEFORE = option('before');
const PROFILE = option('profile');
const PROBES = !argv.includes('--no-probes');

const uscc = (n: number) => {
  const first17 = `91310000MA${String(n).padStart(7, '0')}`;
  return first17 + usccCheckCharacter(first17);
};
const sheet = (from: number, count: number, pick: (n: number) => string[]) =>
  Buffer.from(
    ['企业名称,统一社会信用代码,城市,行业', ...Array.from({ length: count }, (_, i) => pick(from + i).join(','))].join(
      '\n',
    ),
  );

interface Timed {
  ms: number;
  cpuMs: number;
}

/** p99 of each probe while the commit ran, and how many answers each got. */
type Probes = Record<'health' | 'point' | 'create', { p99: number; count: number; failed: number }>;

interface Run {
  preview: Timed;
  commit: Timed;
  probes: Probes;
  counts: unknown;
}

const p99 = (values: number[]) =>
  values.length
    ? [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.99))]
    : NaN;

async function run(entry: string, env: Record<string, string>): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'crm-bench-import-'));
  const server = await startServer(join(dir, 'crm.sqlite'), {
    entry,
    env,
    nodeArgs: [
      ...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${resolve(PROFILE)}`] : []),
      ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
    ],
  });
  try {
    const auth = { Authorization: `Bearer ${server.token}` };
    const upload = async (file: Buffer) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(file)]), 'bench.csv');
      const answer = await fetch(`${server.url}/api/imports/enterprises`, {
        method: 'POST',
        headers: auth,
        body: form,
      });
      if (answer.status !== 201)
        throw new Error(`preview answered ${answer.status}: ${(await answer.text()).slice(0, 300)}`);
      return (await answer.json()) as { id: string; counts: unknown };
    };
    const commit = async (id: string) => {
      const answer = await fetch(`${server.url}/api/imports/${id}/commit`, { method: 'POST', headers: auth });
      if (answer.status !== 201)
        throw new Error(`commit answered ${answer.status}: ${(await answer.text()).slice(0, 300)}`);
    };
    const timed = async <T>(work: () => Promise<T>): Promise<Timed & { value: T }> => {
      const cpu = processCpuMs(server.child.pid!);
      const started = performance.now();
      const value = await work();
      return { value, ms: performance.now() - started, cpuMs: processCpuMs(server.child.pid!) - cpu };
    };

    await commit((await upload(sheet(0, 10_000, (n) => [`基准企业${n}有限公司`, uscc(n), '上海', '制造']))).id);
    // a tenth names stored enterprises (half by code, half by name in another legal form), the rest are new
    const file = sheet(9_000, ROWS, (n) =>
      n < 9_500
        ? [`基准企业${n}有限公司`, uscc(n), '', '']
        : n < 10_000
          ? [`基准企业${n}股份有限公司`, '', '', '']
          : [`基准企业${n}有限公司`, uscc(n), '杭州', '软件'],
    );
    const preview = await timed(() => upload(file));

    // each probe on its own loop, asking again as soon as it has its answer, until the commit is done
    let committing = PROBES;
    const probe = async (ask: (n: number) => Promise<Response>) => {
      const times: number[] = [];
      let failed = 0;
      for (let n = 0; committing; n++) {
        const started = performance.now();
        try {
          const answer = await ask(n);
          await answer.arrayBuffer();
          if (!answer.ok) failed++;
        } catch {
          // a connection the stalled server dropped: counted, and its wait is in the times too
          failed++;
        }
        times.push(performance.now() - started);
        await new Promise((wait) => setTimeout(wait, 10));
      }
      return { p99: p99(times), count: times.length, failed };
    };
    const json = { ...auth, 'content-type': 'application/json' };
    const probes = Promise.all([
      probe(() => fetch(`${server.url}/api/health`)),
      probe(() =>
        fetch(`${server.url}/api/enterprises?filter=${encodeURIComponent(JSON.stringify({ id: [42] }))}`, {
          headers: auth,
        }),
      ),
      probe((n) =>
        fetch(`${server.url}/api/enterprises`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ name: `另一用户新建${n}有限公司` }),
        }),
      ),
    ]);
    const committed = await timed(() => commit(preview.value.id)).finally(() => (committing = false));
    const [health, point, create] = await probes;
    return { preview, commit: committed, probes: { health, point, create }, counts: preview.value.counts };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const rate = (ms: number) => Math.round(ROWS / (ms / 1000)).toLocaleString('en');
const line = (label: string, t: Timed) =>
  `${label} ${t.ms.toFixed(0).padStart(6)} ms, ${rate(t.ms).padStart(7)} rows/s (CPU ${t.cpuMs.toFixed(0).padStart(6)} ms, ${rate(t.cpuMs).padStart(7)} rows/s)`;
const probeLine = (probes: Probes) =>
  (['health', 'point', 'create'] as const)
    .map(
      (name) =>
        `${name} p99 ${probes[name].p99.toFixed(0)} ms (${probes[name].count}${probes[name].failed ? `, ${probes[name].failed} failed` : ''})`,
    )
    .join(', ');

/** The runs of one build, each on a fresh database; their medians. */
async function measure(label: string, entry: string): Promise<{ preview: Timed; commit: Timed; probes: Probes }> {
  const cluster = ENGINE === 'postgres' ? await startCluster({ durable: true }) : undefined;
  const results: Run[] = [];
  try {
    for (let index = 0; index < RUNS; index++) {
      let env: Record<string, string> = {};
      if (cluster) {
        const client = new Client({ connectionString: cluster.url('postgres') });
        await client.connect();
        await client.query(`CREATE DATABASE "import_${index}"`);
        await client.end();
        env = { DATABASE_URL: cluster.url(`import_${index}`) };
      }
      const result = await run(entry, env);
      if (index === 0)
        console.log(
          `${label}: ${ROWS.toLocaleString('en')} rows into 10,000 stored enterprises on ${ENGINE}: ${JSON.stringify(result.counts)}`,
        );
      console.log(`  run ${index + 1}: ${line('preview', result.preview)} · ${line('commit', result.commit)}`);
      console.log(`         during the commit: ${probeLine(result.probes)}`);
      results.push(result);
    }
  } finally {
    cluster?.stop();
  }
  const middle = (part: 'preview' | 'commit'): Timed => ({
    ms: median(results.map((r) => r[part].ms)),
    cpuMs: median(results.map((r) => r[part].cpuMs)),
  });
  const probes = Object.fromEntries(
    (['health', 'point', 'create'] as const).map((name) => [
      name,
      {
        p99: median(results.map((r) => r.probes[name].p99)),
        count: median(results.map((r) => r.probes[name].count)),
        failed: median(results.map((r) => r.probes[name].failed)),
      },
    ]),
  ) as Probes;
  return { preview: middle('preview'), commit: middle('commit'), probes };
}

async function main() {
  const builds: [string, string][] = [
    ['this build', SERVER_ENTRY],
    ...(BEFORE ? [[`before (${BEFORE})`, resolve(BEFORE, 'dist/apps/api/main.js')] as [string, string]] : []),
  ];
  const figures: [string, Awaited<ReturnType<typeof measure>>][] = [];
  for (const [label, entry] of builds) figures.push([label, await measure(label, entry)]);
  console.log(`\nmedians of ${RUNS} on ${ENGINE}:`);
  for (const [label, figure] of figures)
    console.log(
      `${label.padEnd(28)} ${line('commit', figure.commit)} · ${line('preview', figure.preview)} · ${probeLine(figure.probes)}`,
    );
  console.log(
    `\nissue 20's goals during a ${ROWS.toLocaleString('en')}-row commit on ${ENGINE} (${figures.map(([label]) => label).join(' | ')}):`,
  );
  for (const goal of GOALS) {
    const cells = figures.map(([, figure]) => {
      const value = goal.of(figure);
      return `${goal.unit === 'rows/s' ? Math.round(value).toLocaleString('en') : value.toFixed(0)} ${goal.unit} ${goal.met(value) ? 'met' : 'missed'}`;
    });
    console.log(`  ${goal.name.padEnd(34)} ${cells.map((cell) => cell.padEnd(26)).join(' | ')}`);
  }
}

/** Issue 20's goals, each with how a build's medians meet it. */
const GOALS: {
  name: string;
  unit: string;
  of: (figure: Awaited<ReturnType<typeof measure>>) => number;
  met: (value: number) => boolean;
}[] = [
  {
    name: 'commit ≥ 20,000 rows/s (clock)',
    unit: 'rows/s',
    of: (figure) => ROWS / (figure.commit.ms / 1000),
    met: (value) => value >= 20_000,
  },
  { name: 'health p99 ≤ 50 ms', unit: 'ms', of: (figure) => figure.probes.health.p99, met: (value) => value <= 50 },
  { name: 'point read p99 ≤ 50 ms', unit: 'ms', of: (figure) => figure.probes.point.p99, met: (value) => value <= 50 },
  {
    name: "another user's create p99 ≤ 250 ms",
    unit: 'ms',
    of: (figure) => figure.probes.create.p99,
    met: (value) => value <= 250,
  },
];

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
