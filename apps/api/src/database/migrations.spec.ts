import { openTestDatabase, TestDatabase } from '../../../../test/fixtures/database';

/**
 * Each engine has its own migration set (migrations/sqlite, migrations/postgres); this runs on SQLite in
 * the unit project and on a real PostgreSQL cluster in unit-postgres. The migrations are the only way the schema is made (synchronize is never on), so they must build from
 * an empty database exactly what the entities declare: a column added to an entity without its
 * migration, or a migration that drifted, shows here as a statement TypeORM would still need to run.
 */
describe('migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase({ empty: true });
  });
  afterAll(() => database.close());

  it('build from an empty database the schema the entities declare', async () => {
    const pending = await database.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('ran every migration once, in order', async () => {
    const ran: { name: string }[] = await database.dataSource.query('SELECT "name" FROM "migrations" ORDER BY "id"');
    expect(ran.map((row) => row.name)).toEqual(database.dataSource.migrations.map((migration) => migration.name));
  });
});
