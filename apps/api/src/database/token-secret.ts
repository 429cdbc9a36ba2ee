import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { ServerSecret } from './server-secret.entity';

/** What signs login tokens and derives calendar secrets: CRM_TOKEN_SECRET, the file beside SQLite, or the database's own. */
export const TOKEN_SECRET = Symbol('TOKEN_SECRET');

/**
 * The configured secret, or the one kept in the database: the first instance to start writes one,
 * every other instance (and every later start) reads it, so tokens of one are good on all of them
 * without a secret copied by hand. The insert never overwrites (two first starts at once agree).
 */
export async function tokenSecretOf(config: AppConfig, dataSource: DataSource): Promise<string> {
  if (config.tokenSecret) return config.tokenSecret;
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(ServerSecret)
    .values({ name: 'token', value: randomBytes(48).toString('base64url') })
    .orIgnore()
    .execute();
  const stored = await dataSource.manager.findOneOrFail(ServerSecret, { where: { name: 'token' } });
  return stored.value;
}
