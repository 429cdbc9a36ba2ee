import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 20's sessions and secrets: the username of the actor beside the display name of every
 * audit event; the session version a calendar link was issued under (a new password, a disabled
 * or deleted account raise it, and the link stops); secrets the server keeps for all its instances.
 */
export class SessionsAndSecrets1796000400000 implements MigrationInterface {
  name = 'SessionsAndSecrets1796000400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_events" ADD COLUMN "actorUsername" varchar(60)`);
    await queryRunner.query(`ALTER TABLE "calendar_links" ADD COLUMN "sessionVersion" integer NOT NULL DEFAULT (0)`);
    await queryRunner.query(
      `UPDATE "calendar_links" SET "sessionVersion" = (SELECT "sessionVersion" FROM "staff" WHERE "staff"."id" = "calendar_links"."staffId")`,
    );
    await queryRunner.query(
      `CREATE TABLE "server_secrets" ("name" varchar(40) PRIMARY KEY NOT NULL, "value" varchar(200) NOT NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "server_secrets"`);
    await queryRunner.query(`ALTER TABLE "calendar_links" DROP COLUMN "sessionVersion"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "actorUsername"`);
  }
}
