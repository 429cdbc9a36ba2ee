import 'reflect-metadata';
import { adminNotice, createApp } from './app';
import { ConfigError, databaseName, loadConfig } from './config/config';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  await app.listen(config.port);
  console.log(`Partnership CRM on http://localhost:${config.port}  (API docs: http://localhost:${config.port}/api/docs, database: ${databaseName(config.database)})`);
  // last, after the route lines, so that nobody has to find it among them
  const notice = adminNotice(app);
  if (notice) console.log(notice);
}

void main();
