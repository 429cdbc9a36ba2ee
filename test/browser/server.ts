import { ChildProcess, execSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
export const ADMIN_PASSWORD = 'browser-admin-password';

/** A port nobody listens on now, for one test file's server. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
    probe.on('error', fail);
  });
}

/** The newest modification time of any file under the given folders. */
function newest(paths: string[]): number {
  let latest = 0;
  const visit = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else latest = Math.max(latest, stat.mtimeMs);
  };
  for (const path of paths) if (existsSync(path)) visit(join(ROOT, path));
  return latest;
}

function builtAt(file: string): number {
  const path = join(ROOT, file);
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

/**
 * The tests drive what `npm start` serves: the built API and dashboard. Rebuild whichever is
 * missing or older than its sources, so a test never passes against yesterday's bundle.
 */
export function ensureBuilt(): void {
  // jest sets NODE_ENV=test, which would give a development bundle
  const run = (script: string) =>
    execSync(`npm run --silent ${script}`, {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
  if (builtAt('dist/apps/api/main.js') < newest(['apps/api/src', 'libs/domain/src'])) run('build:api');
  if (builtAt('dist/apps/dashboard/index.html') < newest(['apps/dashboard', 'libs/domain/src'])) run('build:dashboard');
}

export interface Server {
  url: string;
  /** Calls the API as the admin, for setting up data and checking what the browser did. */
  api: <T = any>(method: string, path: string, body?: unknown) => Promise<T>;
  /**
   * An account the admin makes with an initial password, and its owner's first login choosing
   * `password` (nothing else answers until they do): its id and the owner's token.
   */
  account: (
    staff: Record<string, unknown> & { username: string },
    password: string,
  ) => Promise<{ id: number; token: string }>;
  stop: () => Promise<void>;
}

/** `node dist/apps/api/main.js` on a free port with a new SQLite file in a temporary folder (`env` adds to its environment, e.g. the demo data). */
export async function startServer(port: number, env: Record<string, string> = {}): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'crm-browser-'));
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'dist/apps/api/main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_PATH: join(dir, 'crm.sqlite'),
      CRM_ADMIN_PASSWORD: ADMIN_PASSWORD,
      CRM_DEMO_DATA: '0',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk) => (errors += chunk));
  const url = `http://127.0.0.1:${port}`;
  // the demo data is generated before the server listens
  const attempts = env.CRM_DEMO_DATA === '1' ? 600 : 150;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`The server stopped: ${errors}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > attempts) throw new Error(`The server did not start in ${attempts / 10} s: ${errors}`);
    await new Promise((done) => setTimeout(done, 100));
  }
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  });
  const { token } = (await login.json()) as { token: string };
  const call = async (method: string, path: string, body?: unknown, bearer = token) => {
    const response = await fetch(`${url}/api${path}`, {
      method,
      headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = await response.json();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(answer)}`);
    return answer;
  };
  return {
    url,
    api: (method, path, body) => call(method, path, body),
    account: async (staff, password) => {
      const initial = `initial ${password}`;
      const { id } = await call('POST', '/staff', { ...staff, password: initial });
      const first = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: staff.username, password: initial }),
      });
      const changed = await call(
        'POST',
        '/auth/password',
        { currentPassword: initial, newPassword: password },
        ((await first.json()) as { token: string }).token,
      );
      return { id, token: changed.token };
    },
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((done) => (child.exitCode !== null ? done(null) : child.once('exit', done)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
