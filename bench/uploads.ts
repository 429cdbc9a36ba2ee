import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { startServer, type ServerProcess } from './server-process';

/**
 * `npm run bench:uploads [-- --entry path/to/main.js]`: what issue 20 measured of uploads, on the
 * built server (or another build, to compare): /api/health's p99 and the server's peak RSS while
 * (1) three 18 MB CSVs of 10,000 columns are parsed at once and (2) eight 208 kB XLSX files that
 * inflate to 199 MB each are uploaded together; and what each upload was answered.
 */

/** One-entry zip, honest about its sizes: `size` zeros as the workbook's sheet. About 1/1000 of `size` on the wire. */
function inflatingXlsx(size: number): Buffer {
  const data = deflateRawSync(Buffer.alloc(size), { level: 9 });
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const header = (signature: number, length: number) => {
    const part = Buffer.alloc(length);
    part.writeUInt32LE(signature, 0);
    return part;
  };
  const local = header(0x04034b50, 30);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = header(0x02014b50, 46);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = header(0x06054b50, 22);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

/** 10,000 columns a line, lines until `bytes`. */
function wideCsv(bytes: number): Buffer {
  const line = `${Array.from({ length: 10_000 }, (_, column) => `c${column}`).join(',')}\n`;
  return Buffer.from(line.repeat(Math.ceil(bytes / line.length)));
}

const p99 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.99))] ?? NaN;

/**
 * Asks /api/health every 25 ms from a process of its own (this one is busy sending the uploads,
 * and its own event loop would be measured instead), until told to stop; the latencies in ms.
 */
function watchHealth(url: string): { stop: () => Promise<number[]> } {
  const watcher = spawn(
    process.execPath,
    [
      '-e',
      `const times = []; let done = false;
       process.stdin.on('data', () => (done = true));
       (async () => {
         while (!done) {
           const at = performance.now();
           await fetch(${JSON.stringify(`${url}/api/health`)}).then((answer) => answer.arrayBuffer());
           times.push(performance.now() - at);
           await new Promise((wait) => setTimeout(wait, 25));
         }
         process.stdout.write(JSON.stringify(times), () => process.exit(0));
       })();`,
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  let output = '';
  watcher.stdout.on('data', (chunk) => (output += chunk));
  return {
    stop: () =>
      new Promise((done) => {
        watcher.once('exit', () => done(JSON.parse(output || '[]') as number[]));
        watcher.stdin.write('stop');
      }),
  };
}

/** Uploads the files at once while /api/health is asked from another process. */
async function during(
  server: ServerProcess,
  files: { bytes: Buffer; name: string }[],
): Promise<{
  healthP99: number;
  healthMax: number;
  checks: number;
  statuses: Record<number, number>;
  seconds: number;
}> {
  const began = performance.now();
  const watcher = watchHealth(server.url);
  const answers = await Promise.all(
    files.map(async ({ bytes, name }) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)]), name);
      const answer = await fetch(`${server.url}/api/imports/enterprises`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${server.token}` },
        body: form,
      });
      await answer.arrayBuffer();
      return answer.status;
    }),
  );
  const health = await watcher.stop();
  const statuses: Record<number, number> = {};
  for (const status of answers) statuses[status] = (statuses[status] ?? 0) + 1;
  return {
    healthP99: p99(health),
    healthMax: Math.max(...health),
    checks: health.length,
    statuses,
    seconds: (performance.now() - began) / 1000,
  };
}

async function main(): Promise<void> {
  const entryAt = process.argv.indexOf('--entry');
  const entry = entryAt > 0 ? process.argv[entryAt + 1] : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'crm-bench-uploads-'));
  const server = await startServer(join(dir, 'crm.sqlite'), { entry });
  try {
    const atStart = server.peakRssMb();
    const csv = wideCsv(18 * 1024 * 1024);
    const wide = await during(
      server,
      Array.from({ length: 3 }, () => ({ bytes: csv, name: 'wide.csv' })),
    );
    const afterCsv = server.peakRssMb();
    const xlsx = inflatingXlsx(199 * 1024 * 1024);
    const bombs = await during(
      server,
      Array.from({ length: 8 }, () => ({ bytes: xlsx, name: 'inflating.xlsx' })),
    );
    const afterXlsx = server.peakRssMb();
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log(`build: ${entry ?? 'dist/apps/api/main.js (this tree)'}`);
    console.log(`peak RSS at start: ${atStart.toFixed(0)} MB`);
    console.log(
      `3 × ${(csv.length / 1024 / 1024).toFixed(1)} MB CSV of 10,000 columns at once: health p99 ${ms(wide.healthP99)} (max ${ms(wide.healthMax)}, ${wide.checks} checks), answers ${JSON.stringify(wide.statuses)} in ${wide.seconds.toFixed(1)} s; peak RSS ${afterCsv.toFixed(0)} MB`,
    );
    console.log(
      `8 × ${(xlsx.length / 1024).toFixed(0)} kB XLSX inflating to 199 MB at once: health p99 ${ms(bombs.healthP99)} (max ${ms(bombs.healthMax)}, ${bombs.checks} checks), answers ${JSON.stringify(bombs.statuses)} in ${bombs.seconds.toFixed(1)} s; peak RSS ${afterXlsx.toFixed(0)} MB`,
    );
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exitCode = 1;
});
