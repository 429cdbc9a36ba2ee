import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

/** The no-restricted-syntax problems `npm run lint` reports for `code` as if it were the file at `path`. */
function rawWrites(code: string, path: string): number[] {
  let output: string;
  try {
    output = execFileSync(
      join(ROOT, 'node_modules/.bin/eslint'),
      ['--format', 'json', '--stdin', '--stdin-filename', path],
      { cwd: ROOT, input: code, encoding: 'utf8' },
    );
  } catch (error) {
    // eslint exits 1 when it finds problems; its report is still on stdout
    output = (error as { stdout: string }).stdout;
  }
  const [file] = JSON.parse(output) as { messages: { ruleId: string; line: number }[] }[];
  return file.messages.filter((message) => message.ruleId === 'no-restricted-syntax').map((message) => message.line);
}

/** Each form a raw write of a record takes, one a line. */
const WRITES = [
  "import { EntityManager } from 'typeorm';",
  "import { insertRecords } from '../database/bulk-insert';",
  'export async function sneak(manager: EntityManager, repository: { save(v: object): Promise<void> }, dataSource: { manager: EntityManager }): Promise<void> {',
  "  await manager.insert('enterprises', { name: 'x' });",
  "  await manager.update('enterprises', 1, { name: 'x' });",
  "  await dataSource.manager.delete('enterprises', 1);",
  '  await repository.save({});',
  "  await manager.createQueryBuilder().update('enterprises').set({ name: 'x' }).execute();",
  "  await insertRecords(manager, 'enterprises', []);",
  '  await manager.query(`UPDATE "enterprises" SET "name" = \'x\'`);',
  '  await manager.query(\'INSERT INTO "contacts" ("name") VALUES (1)\');',
  '}',
].join('\n');

describe('the one write path is kept by the lint rule', () => {
  it('refuses a raw insert, update or delete of a record in a feature folder', () => {
    expect(rawWrites(WRITES, 'apps/api/src/enterprises/sneak.ts')).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('lets the pipeline and the database seam write, and crypto hashes and maps through', () => {
    expect(rawWrites(WRITES, 'apps/api/src/database/sneak.ts')).toEqual([]);
    const harmless =
      "import { createHash } from 'node:crypto';\nconst seen = new Map<string, number>();\nseen.delete('a');\nexport const digest = createHash('sha1').update('x').digest('hex');\n";
    expect(rawWrites(harmless, 'apps/api/src/enterprises/harmless.ts')).toEqual([]);
  });

  it('lets no write of a record stay beside the pipeline: no "remaining" disable comment in apps/ or libs/', () => {
    // spelt in two halves, so that this file does not hold what it looks for
    const marker = ['--', 'remaining:'].join(' ');
    const holders = ['apps', 'libs'].flatMap((top) =>
      (readdirSync(join(ROOT, top), { recursive: true }) as string[])
        .filter((path) => /\.(ts|tsx|mts|js|mjs)$/.test(path) && !/(^|\/)(node_modules|dist)\//.test(path))
        .filter((path) => readFileSync(join(ROOT, top, path), 'utf8').includes(marker))
        .map((path) => `${top}/${path}`),
    );
    expect(holders).toEqual([]);
  });
});
