import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import {
  chromiumMissing,
  FIRST_LIST,
  HOME_CHARTS,
  launchChromium,
  loggedIn,
  Navigation,
  timeNavigation,
} from './browser';
import { RESULTS } from './fill';
import { dailyRunDone, ROOT, SERVER_ENTRY, ServerProcess, startServer } from './server-process';

/**
 * Goal 7 alone, quickly: the dashboard's time to the home charts (and to the enterprise list's first
 * row) in Chromium, cold context, logged in, median of several navigations, on an already generated
 * database (medium by default: `npm run bench -- --scale medium` makes one).
 *
 *   npm run bench:home                         this build (dist/), 7 navigations per page
 *   npm run bench:home -- --before DIR         and a kept build (cp -r dist DIR), interleaved in one run
 *   npm run bench:home -- --profile            then one profiled navigation per build: CPU profile
 *                                              (bench/results/home-*.cpuprofile) and request timeline
 *   --runs N, --db FILE, --no-list
 */
const argv = process.argv.slice(2);
const value = (name: string) => {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? argv[index + 1] : undefined;
};
const runs = Math.max(1, Number(value('runs') ?? 7));
const log = (line: string) => console.log(`[home] ${line}`);
const load = () =>
  loadavg()
    .map((figure) => figure.toFixed(1))
    .join(' ');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function database(): string {
  const chosen = value('db');
  if (chosen) return resolve(chosen);
  const dir = join(RESULTS, 'db');
  const medium = existsSync(dir) ? readdirSync(dir).filter((file) => /^medium-\w+\.sqlite$/.test(file)) : [];
  if (!medium.length)
    throw new Error(
      'No medium database in bench/results/db: run `npm run bench -- --scale medium` once, or pass --db FILE.',
    );
  return join(dir, medium[0]);
}

interface Build {
  name: string;
  entry: string;
  api?: ServerProcess;
  work: string;
  times: Record<string, number[]>;
}

async function main() {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  const source = database();
  const before = value('before');
  const builds: Build[] = [
    ...(before ? [{ name: 'before', entry: resolve(before, 'apps/api/main.js') }] : []),
    { name: 'this build', entry: SERVER_ENTRY },
  ].map((build, index) => ({ ...build, work: join(RESULTS, `home-${index}.sqlite`), times: {} }));
  for (const build of builds)
    if (!existsSync(build.entry))
      throw new Error(`${build.entry} is missing: npm run build (or the kept dist for --before).`);
  const pages = argv.includes('--no-list') ? [HOME_CHARTS] : [FIRST_LIST, HOME_CHARTS];
  mkdirSync(RESULTS, { recursive: true });
  log(`database ${source}; load average ${load()}`);
  const browser = await launchChromium();
  try {
    for (const build of builds) {
      for (const suffix of ['-wal', '-shm']) rmSync(build.work + suffix, { force: true });
      copyFileSync(source, build.work);
      build.api = await startServer(build.work, { entry: build.entry, timeoutMs: 600_000 });
      // a file the server has already opened today has nothing to lapse, and the run then says nothing
      await dailyRunDone(build.api, 20_000);
      log(`${build.name}: started in ${build.api.startedInMs.toFixed(0)} ms`);
    }
    const sessions = await Promise.all(builds.map((build) => loggedIn(browser, build.api!.url)));
    // one navigation each to warm the servers' statement caches, not counted
    for (const [index, build] of builds.entries())
      for (const page of pages) await timeNavigation(browser, build.api!.url, sessions[index], page);
    for (let run = 0; run < runs; run++) {
      const line: string[] = [];
      for (const page of pages) {
        for (const [index, build] of builds.entries()) {
          const { ms } = await timeNavigation(browser, build.api!.url, sessions[index], page);
          (build.times[page.selector] ??= []).push(ms);
          line.push(`${build.name} ${page === HOME_CHARTS ? 'home' : 'list'} ${ms.toFixed(0)}`);
        }
      }
      log(`run ${run + 1}: ${line.join(', ')} (load ${load()})`);
    }
    console.log(`\nmedians of ${runs} cold navigations (ms), load average now ${load()}:`);
    console.log(`| page | ${builds.map((build) => build.name).join(' | ')} |`);
    console.log(`| --- | ${builds.map(() => '---:').join(' | ')} |`);
    for (const page of pages)
      console.log(
        `| ${page === HOME_CHARTS ? 'home charts' : 'first list'} | ${builds.map((build) => median(build.times[page.selector]).toFixed(0)).join(' | ')} |`,
      );

    if (argv.includes('--profile')) {
      for (const [index, build] of builds.entries()) {
        const profilePath = join(RESULTS, `home-${build.name.replace(/\W+/g, '-')}.cpuprofile`);
        const navigation = await timeNavigation(browser, build.api!.url, sessions[index], HOME_CHARTS, {
          timeline: true,
          profilePath,
        });
        report(build.name, navigation, profilePath);
      }
    }
  } finally {
    await browser.close();
    for (const build of builds) {
      await build.api?.stop();
      for (const suffix of ['', '-wal', '-shm']) rmSync(build.work + suffix, { force: true });
    }
  }
}

function report(name: string, navigation: Navigation, profilePath: string) {
  console.log(
    `\n${name}: one profiled navigation to the home charts, ${navigation.ms.toFixed(0)} ms (load ${load()}); profile ${profilePath.replace(`${ROOT}/`, '')}`,
  );
  const profile = navigation.profile!;
  console.log('main thread, self time by script (ms, first–last sample from the profile start):');
  for (const entry of profile.byScript.filter((item) => item.ms >= 5))
    console.log(
      `  ${entry.ms.toFixed(0).padStart(6)}  ${entry.script}  (${entry.firstMs.toFixed(0)}–${entry.lastMs.toFixed(0)})`,
    );
  console.log('functions with the most self time:');
  for (const fn of profile.topFunctions) console.log(`  ${fn.ms.toFixed(0).padStart(6)}  ${fn.name}  ${fn.script}`);
  console.log('requests (ms from navigation start):');
  for (const request of navigation.requests ?? [])
    console.log(
      `  ${request.start.toFixed(0).padStart(6)}–${request.end.toFixed(0).padEnd(6)} ${request.url.slice(0, 100)}`,
    );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
