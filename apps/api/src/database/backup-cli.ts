import { resolve } from 'node:path';
import { backupDatabase, defaultBackupPath, restoreDatabase } from './backup';

/**
 *   npm run backup [FILE]     a consistent copy of the live database (default data/backups/crm-<time>.sqlite)
 *   npm run restore FILE      puts FILE in place of the database (the server must be stopped)
 *
 * The database is DATABASE_PATH, as for the server (default data/crm.sqlite).
 */
async function main(argv: string[]): Promise<void> {
  const [command, file] = argv;
  const databasePath = resolve(process.env.DATABASE_PATH || 'data/crm.sqlite');
  if (command === 'backup') {
    const result = await backupDatabase(databasePath, file ?? defaultBackupPath(databasePath));
    console.log(`Backed up ${databasePath} to ${result.path} (${result.pages} pages).`);
  } else if (command === 'restore' && file) {
    const result = restoreDatabase(file, databasePath);
    console.log(`Restored ${databasePath} from ${resolve(file)}.`);
    if (result.previous) console.log(`The database it replaced is kept at ${result.previous}.`);
  } else {
    console.error('Usage: npm run backup [FILE]  |  npm run restore FILE');
    process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
