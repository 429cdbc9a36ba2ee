import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trigram full-text indexes for `q` on contacts, enterprises and meetings (see full-text.ts).
 * Frozen: the statements are written out as they stood when this migration was made, so a later change to
 * the indexed tables or columns (a new migration) never changes what this one does on a fresh database.
 */
const TABLES = ['contacts', 'enterprises', 'meetings'];

const STATEMENTS = [
  'CREATE VIRTUAL TABLE IF NOT EXISTS "contacts_search" USING fts5("name", "title", "phone", "email", "wechat", content=\'contacts\', content_rowid=\'id\', tokenize=\'trigram\')',
  'CREATE TRIGGER IF NOT EXISTS "contacts_search_insert" AFTER INSERT ON "contacts" BEGIN INSERT INTO "contacts_search" (rowid, "name", "title", "phone", "email", "wechat") VALUES (new."id", new."name", new."title", new."phone", new."email", new."wechat"); END',
  'CREATE TRIGGER IF NOT EXISTS "contacts_search_delete" AFTER DELETE ON "contacts" BEGIN INSERT INTO "contacts_search" ("contacts_search", rowid, "name", "title", "phone", "email", "wechat") VALUES (\'delete\', old."id", old."name", old."title", old."phone", old."email", old."wechat"); END',
  'CREATE TRIGGER IF NOT EXISTS "contacts_search_update" AFTER UPDATE OF "name", "title", "phone", "email", "wechat" ON "contacts" BEGIN INSERT INTO "contacts_search" ("contacts_search", rowid, "name", "title", "phone", "email", "wechat") VALUES (\'delete\', old."id", old."name", old."title", old."phone", old."email", old."wechat"); INSERT INTO "contacts_search" (rowid, "name", "title", "phone", "email", "wechat") VALUES (new."id", new."name", new."title", new."phone", new."email", new."wechat"); END',
  'INSERT INTO "contacts_search" ("contacts_search") VALUES (\'rebuild\')',
  'CREATE VIRTUAL TABLE IF NOT EXISTS "enterprises_search" USING fts5("name", "uscc", "aliases", "city", "industry", content=\'enterprises\', content_rowid=\'id\', tokenize=\'trigram\')',
  'CREATE TRIGGER IF NOT EXISTS "enterprises_search_insert" AFTER INSERT ON "enterprises" BEGIN INSERT INTO "enterprises_search" (rowid, "name", "uscc", "aliases", "city", "industry") VALUES (new."id", new."name", new."uscc", new."aliases", new."city", new."industry"); END',
  'CREATE TRIGGER IF NOT EXISTS "enterprises_search_delete" AFTER DELETE ON "enterprises" BEGIN INSERT INTO "enterprises_search" ("enterprises_search", rowid, "name", "uscc", "aliases", "city", "industry") VALUES (\'delete\', old."id", old."name", old."uscc", old."aliases", old."city", old."industry"); END',
  'CREATE TRIGGER IF NOT EXISTS "enterprises_search_update" AFTER UPDATE OF "name", "uscc", "aliases", "city", "industry" ON "enterprises" BEGIN INSERT INTO "enterprises_search" ("enterprises_search", rowid, "name", "uscc", "aliases", "city", "industry") VALUES (\'delete\', old."id", old."name", old."uscc", old."aliases", old."city", old."industry"); INSERT INTO "enterprises_search" (rowid, "name", "uscc", "aliases", "city", "industry") VALUES (new."id", new."name", new."uscc", new."aliases", new."city", new."industry"); END',
  'INSERT INTO "enterprises_search" ("enterprises_search") VALUES (\'rebuild\')',
  'CREATE VIRTUAL TABLE IF NOT EXISTS "meetings_search" USING fts5("title", "location", "minutes", content=\'meetings\', content_rowid=\'id\', tokenize=\'trigram\')',
  'CREATE TRIGGER IF NOT EXISTS "meetings_search_insert" AFTER INSERT ON "meetings" BEGIN INSERT INTO "meetings_search" (rowid, "title", "location", "minutes") VALUES (new."id", new."title", new."location", new."minutes"); END',
  'CREATE TRIGGER IF NOT EXISTS "meetings_search_delete" AFTER DELETE ON "meetings" BEGIN INSERT INTO "meetings_search" ("meetings_search", rowid, "title", "location", "minutes") VALUES (\'delete\', old."id", old."title", old."location", old."minutes"); END',
  'CREATE TRIGGER IF NOT EXISTS "meetings_search_update" AFTER UPDATE OF "title", "location", "minutes" ON "meetings" BEGIN INSERT INTO "meetings_search" ("meetings_search", rowid, "title", "location", "minutes") VALUES (\'delete\', old."id", old."title", old."location", old."minutes"); INSERT INTO "meetings_search" (rowid, "title", "location", "minutes") VALUES (new."id", new."title", new."location", new."minutes"); END',
  'INSERT INTO "meetings_search" ("meetings_search") VALUES (\'rebuild\')',
];

export class FullTextSearch1795484000000 implements MigrationInterface {
  name = 'FullTextSearch1795484000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of STATEMENTS) await queryRunner.query(statement);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      for (const event of ['insert', 'delete', 'update'])
        await queryRunner.query(`DROP TRIGGER IF EXISTS "${table}_search_${event}"`);
      await queryRunner.query(`DROP TABLE IF EXISTS "${table}_search"`);
    }
  }
}
