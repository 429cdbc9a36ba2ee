import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/** The real, built server (`npm run build:api`) as a child process on loopback: what production runs. */
export const ROOT = resolve(__dirname, '..');
export const SERVER_ENTRY = resolve(ROOT, 'dist/apps/api/main.js');
export const ADMIN_PASSWORD = 'bench-admin-password';
const TOKEN_SECRET = 'bench-token-secret-that-is-long-enough-0123456789';

export function ensureBuilt(): void {
  if (existsSync(SERVER_ENTRY)) return;
  const build = spawnSync('npm', ['run', '-s', 'build:api'], { cwd: ROOT, stdio: 'inherit', timeout: 300_000 });
  if (build.status !== 0 || !existsSync(SERVER_ENTRY))
    throw new Error('npm run build:api failed; the built server is needed.');
}

/** A port nothing listens on right now, on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  token: string;
  /** From spawning the process to its first answer to /api/health (migrations, checks, opening the file). */
  startedInMs: number;
  /** The process's peak resident memory so far (VmHWM; worker threads included), in MB; NaN where /proc is missing. */
  peakRssMb: () => number;
  /** Everything the server printed, for a failure message. */
  output: () => string;
  /** SIGTERM and wait for the exit. */
  stop: () => Promise<void>;
  /** SIGKILL: no shutdown hook runs, as in a power cut of the process. */
  kill: () => Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((done) =>
    child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', () => done()),
  );
}

/** Starts the built server on `databasePath`, waits until it answers (bounded) and logs in as admin. */
export async function startServer(
  databasePath: string,
  options: { timeoutMs?: number; env?: Record<string, string>; entry?: string; nodeArgs?: string[] } = {},
): Promise<ServerProcess> {
  if (!options.entry) ensureBuilt();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const began = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.entry ?? SERVER_ENTRY], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_PATH: databasePath,
      CRM_ADMIN_PASSWORD: ADMIN_PASSWORD,
      CRM_TOKEN_SECRET: TOKEN_SECRET,
      CRM_DEMO_DATA: '0',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited at start:\n${output}`);
    try {
      const health = await fetch(`${url}/api/health`);
      if (health.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not answer in time:\n${output}`);
    }
    await new Promise((wait) => setTimeout(wait, 20));
  }
  const startedInMs = performance.now() - began;
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  });
  if (!login.ok) throw new Error(`Login failed: ${login.status} ${await login.text()}`);
  const { token } = (await login.json()) as { token: string };
  return {
    child,
    url,
    token,
    startedInMs,
    peakRssMb: () => {
      try {
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        return match ? Number(match[1]) / 1024 : NaN;
      } catch {
        return NaN;
      }
    },
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
  };
}

/**
 * Waits for the server's daily agreements run at start (it lapses agreements ended before today and
 * writes renewal tasks, in the background) to finish, so that what is measured, and compared with the
 * baseline, is the settled database. The generated history ends before today, so that run always has
 * work and always says so in its log line; a run that says nothing within the bound is reported.
 */
export async function dailyRunDone(server: ServerProcess, timeoutMs = 600_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (/agreements ended without renewal|daily agreements run failed/.test(server.output())) return true;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return false;
}

/** The bare baseline (bench/baseline.ts) reading `databasePath`, on loopback: its url, its process id (for its CPU time), and a stop. */
export async function startBaseline(
  databasePath: string,
): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', resolve(ROOT, 'bench/baseline.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATABASE_PATH: databasePath },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error('the baseline server did not start')), 60_000);
    child.stdout!.once('data', () => (clearTimeout(timer), ready()));
    child.once('exit', (code) => fail(new Error(`the baseline server exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: () => new Promise((done) => (child.once('exit', () => done()), child.kill('SIGTERM'))),
  };
}
