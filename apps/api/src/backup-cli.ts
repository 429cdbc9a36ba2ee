import 'reflect-metadata';
import { loadDatabaseTarget } from './config/config';
import { dialectFor } from './database/dialect';
import { checkStartsTheServer } from './restore-check';

/**
 *   npm run backup [FILE]     a consistent copy of the live database
 *   npm run restore FILE      puts FILE in place of the database (every server must be stopped)
 *
 * The database is the server's: PostgreSQL when DATABASE_URL is set (pg_dump / pg_restore, default
 * data/backups/crm-<time>.dump), else the SQLite file DATABASE_PATH (default data/crm.sqlite;
 * SQLite's online backup, default data/backups/crm-<time>.sqlite). A SQLite file is restored only
 * when the server would start on it (restore-check.ts).
 */
async function main(argv: string[]): Promise<void> {
  const [command, file] = argv;
  if (command !== 'backup' && !(command === 'restore' && file)) {
    console.error('Usage: npm run backup [FILE]  |  npm run restore FILE');
    process.exitCode = 2;
    return;
  }
  const target = loadDatabaseTarget();
  const dialect = dialectFor(target.engine);
  if (command === 'restore' && target.engine === 'sqlite') await checkStartsTheServer(file);
  const lines = command === 'backup' ? await dialect.backup(target, file) : await dialect.restore(target, file);
  for (const line of lines) console.log(line);
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
