import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../apps/api/src/app';
import { loadConfig } from '../apps/api/src/config/config';
import { OutboxWorker } from '../apps/api/src/notifications/outbox.worker';
import { median } from './figures';

/**
 *   npm run bench:notify -- [--rounds 7] [--writes 100]
 *
 * Issue 23's goal: a write that notifies is no slower than one that does not (≤ 10 %). One server
 * on a new SQLite file with mail and a WeChat Work robot configured (nothing listens there: the
 * outbox is not sent during the run, as the worker is stopped), logged in as the admin; each round
 * creates `writes` tasks one after another assigned to the admin itself (notifications off: the
 * listener finds nothing to tell) and as many assigned to another account with an e-mail address
 * (on: a notification and two outbox rows in the same transaction), the two interleaved round by
 * round. Prints the median time per task create of each, and the difference.
 */
const argv = process.argv.slice(2);
const value = (name: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
const rounds = Number(value('rounds') ?? 7);
const writes = Number(value('writes') ?? 100);
const PASSWORD = 'bench-admin-password';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'crm-bench-notify-'));
  const app = await createApp(
    loadConfig({
      DATABASE_PATH: join(dir, 'crm.sqlite'),
      CRM_ADMIN_PASSWORD: PASSWORD,
      CRM_SMTP_URL: 'smtp://127.0.0.1:9',
      CRM_WECOM_WEBHOOK: 'http://127.0.0.1:9/robot?key=bench',
    }),
    false,
  );
  await app.listen(0, '127.0.0.1');
  app.get(OutboxWorker).stop();
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api`;
  const call = async (method: string, path: string, token: string | null, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<{ id: number; token: string; user: { id: number } }>;
  };
  try {
    const login = await call('POST', '/auth/login', null, { username: 'admin', password: PASSWORD });
    const admin = login.user.id;
    const other = (
      await call('POST', '/staff', login.token, {
        name: '王老师',
        username: 'wang',
        email: 'wang@school.edu.cn',
        phone: '13800138000',
      })
    ).id;
    const enterpriseId = (await call('POST', '/enterprises', login.token, { name: '上海江朗科技有限公司' })).id;
    const cpu = { off: [] as number[], on: [] as number[] };
    /** Wall time per write; the process's CPU time per write (client and server, alike on both sides) goes to `cpu`. */
    const timePerWrite = async (assigneeId: number, round: number) => {
      const start = process.hrtime.bigint();
      const cpuStart = process.cpuUsage();
      for (let index = 0; index < writes; index++)
        await call('POST', '/tasks', login.token, {
          title: `回访 ${round}-${index}`,
          assigneeId,
          enterpriseId,
          dueDate: '2026-12-31',
        });
      const used = process.cpuUsage(cpuStart);
      cpu[assigneeId === admin ? 'off' : 'on'].push((used.user + used.system) / 1000 / writes);
      return Number(process.hrtime.bigint() - start) / 1e6 / writes;
    };
    // warm-up: the first statements of each path are prepared
    await timePerWrite(admin, -1);
    await timePerWrite(other, -1);
    cpu.off.length = cpu.on.length = 0;
    const off: number[] = [];
    const on: number[] = [];
    for (let round = 0; round < rounds; round++) {
      // alternate which goes first, so a slow moment of the machine falls on both
      if (round % 2) {
        on.push(await timePerWrite(other, round));
        off.push(await timePerWrite(admin, round));
      } else {
        off.push(await timePerWrite(admin, round));
        on.push(await timePerWrite(other, round));
      }
    }
    const [offMs, onMs] = [median(off), median(on)];
    console.log(`[notify] task create, median of ${rounds} rounds × ${writes} writes (SQLite):`);
    console.log(`[notify]   notifications off (self-assigned): ${offMs.toFixed(2)} ms`);
    console.log(
      `[notify]   notifications on (another user, in-app + e-mail + WeChat Work outbox rows): ${onMs.toFixed(2)} ms`,
    );
    console.log(`[notify]   difference: ${(((onMs - offMs) / offMs) * 100).toFixed(1)} %`);
    const [offCpu, onCpu] = [median(cpu.off), median(cpu.on)];
    console.log(
      `[notify] CPU time per write (this process: client and server): off ${offCpu.toFixed(2)} ms, on ${onCpu.toFixed(2)} ms, difference ${(((onCpu - offCpu) / offCpu) * 100).toFixed(1)} %`,
    );
    console.log(
      `[notify] load average ${loadavg()
        .map((load) => load.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
