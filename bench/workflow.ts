import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScaleName } from '../apps/api/src/demo/generator';
import { filledDatabase } from './fill';
import { startServer } from './server-process';

/**
 * Latencies of the offices' reports (issue 10) on a filled database, one request at a time:
 * `npx ts-node --transpile-only -r tsconfig-paths/register bench/workflow.ts [demo|medium|large]`
 * (after `npm run build:api`). Prints p50 and p95 of 20 requests after 3 to warm up, and the size of each answer.
 */
async function main(): Promise<void> {
  const scale = (process.argv[2] ?? 'demo') as ScaleName;
  const log = (line: string) => console.log(line);
  const pristine = await filledDatabase(scale, log);
  const dir = mkdtempSync(join(tmpdir(), 'crm-bench-workflow-'));
  const work = join(dir, 'crm.sqlite');
  copyFileSync(pristine, work);
  const started = Date.now();
  const server = await startServer(work, { timeoutMs: 600_000 });
  log(`server up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // the agreements' first daily run goes on in the background after the start: measure it, then the reports without it
  while (!/\[Agreements\]/.test(server.output()) && Date.now() - started < 1_800_000)
    await new Promise((wait) => setTimeout(wait, 500));
  log(
    `agreements' first run over ${scale} history done ${((Date.now() - started) / 1000).toFixed(1)} s after the start: ${/\[Agreements\][^\n]*?(\d+ agreements[^\n]*)/.exec(server.output())?.[1] ?? 'nothing to do'}`,
  );
  const get = async (path: string) => {
    const response = await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${server.token}` } });
    const body = await response.text();
    if (!response.ok) throw new Error(`${path}: ${response.status} ${body.slice(0, 200)}`);
    return body;
  };
  try {
    const symposia = JSON.parse(
      await get(
        `/api/meetings?filter=${encodeURIComponent(JSON.stringify({ kind: 'symposium', startsAt_gte: '2024-03-21T00:00:00Z', startsAt_lte: '2024-03-21T15:59:59Z' }))}`,
      ),
    ) as { id: number }[];
    const calendar = new URL((JSON.parse(await get('/api/calendar/link')) as { url: string }).url).pathname;
    const year = '2024-2025';
    const paths = [
      `/api/reports/internships?academicYear=${year}`,
      // a page as the dashboard asks for it, sorted by a sum (the costliest sort)
      `/api/reports/internships?academicYear=${year}&sort=${encodeURIComponent('["placed","DESC"]')}&range=${encodeURIComponent('[0,24]')}`,
      `/api/reports/intake-totals?academicYear=${year}`,
      '/api/reports/expiring',
      `/api/reports/expiring?range=${encodeURIComponent('[0,24]')}`,
      '/api/reports/funnel',
      '/api/reports/stale-partners',
      '/api/reports/chambers',
      `/api/reports/chambers?academicYear=${year}`,
      `/api/reports/year?academicYear=${year}`,
      `/api/meetings/${symposia[0].id}/news?locale=zh-CN`,
      calendar,
    ];
    console.log(
      `\n${scale} scale, c = 1, 20 requests each\n| endpoint | p50 ms | p95 ms | answer |\n| --- | ---: | ---: | ---: |`,
    );
    for (const path of paths) {
      for (let i = 0; i < 3; i++) await get(path);
      const times: number[] = [];
      let size = 0;
      for (let i = 0; i < 20; i++) {
        const start = process.hrtime.bigint();
        size = (await get(path)).length;
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      times.sort((a, b) => a - b);
      const shown = path.startsWith('/api/calendar/') ? '/api/calendar/{secret}.ics' : decodeURIComponent(path);
      console.log(`| ${shown} | ${times[9].toFixed(1)} | ${times[18].toFixed(1)} | ${(size / 1024).toFixed(1)} kB |`);
    }
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
