import { MigrationInterface, QueryRunner, TableForeignKey } from 'typeorm';

/**
 * A follow-up meeting's link to the meeting it follows becomes a foreign key, like every other
 * reference between records: the database itself refuses a link to no meeting. SQLite adds a
 * constraint only by rebuilding the table, which TypeORM's query runner does keeping its indexes;
 * the triggers on meetings (live-row counter, search and gram indexes) are read first and put back.
 */
export class FollowUpMeetingLink1795700210000 implements MigrationInterface {
  name = 'FollowUpMeetingLink1795700210000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const triggers: { sql: string }[] = await queryRunner.query(
      `SELECT "sql" FROM "sqlite_master" WHERE "type" = 'trigger' AND "tbl_name" = 'meetings'`,
    );
    await queryRunner.createForeignKey(
      'meetings',
      new TableForeignKey({
        name: 'FK_13e84c36e720bc5f6e7ce08098d',
        columnNames: ['followsMeetingId'],
        referencedTableName: 'meetings',
        referencedColumnNames: ['id'],
        onDelete: 'RESTRICT',
        onUpdate: 'NO ACTION',
      }),
    );
    for (const { sql } of triggers) await queryRunner.query(sql);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const triggers: { sql: string }[] = await queryRunner.query(
      `SELECT "sql" FROM "sqlite_master" WHERE "type" = 'trigger' AND "tbl_name" = 'meetings'`,
    );
    await queryRunner.dropForeignKey('meetings', 'FK_13e84c36e720bc5f6e7ce08098d');
    for (const { sql } of triggers) await queryRunner.query(sql);
  }
}
