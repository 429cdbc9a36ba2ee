import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureBuilt } from './server';

const DIST = resolve(__dirname, '..', '..', 'dist', 'apps', 'dashboard');
const BUDGET_KB = 450;

describe('the production bundle', () => {
  beforeAll(() => ensureBuilt());

  it(`loads at most ${BUDGET_KB} kB of gzipped JavaScript before the first page; charts, kanban and markdown come later`, () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]);
    const kilobytes = initial.reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file))).length, 0) / 1024;
    console.log(`initial JS: ${initial.length} files, ${kilobytes.toFixed(1)} kB gzip`);

    expect(kilobytes).toBeLessThanOrEqual(BUDGET_KB);
    for (const lazy of ['HomeCharts', 'OutcomeBoard', 'Markdown'])
      expect(initial.some((file) => file.includes(lazy))).toBe(false);
  });
});
