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
  // CRM_HOST=127.0.0.1 behind a proxy on the same machine: nothing else on the network reaches the port
  if (config.host) await app.listen(config.port, config.host);
  else await app.listen(config.port);
  console.log(
    `Partnership CRM on http://${config.host ?? 'localhost'}:${config.port}  (public address ${config.publicUrl}; API docs: ${config.publicUrl}/api/docs, database: ${databaseName(config.database)})`,
  );
  // last, after the route lines, so that nobody has to find it among them
  const notice = adminNotice(app);
  if (notice) console.log(notice);
}

void main();
