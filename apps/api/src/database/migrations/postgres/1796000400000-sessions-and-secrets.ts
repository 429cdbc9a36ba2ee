import { MigrationInterface, QueryRunner } from 'typeorm';

/** PostgreSQL twin of ../sqlite/1796000400000-sessions-and-secrets.ts. */
export class SessionsAndSecrets1796000400000 implements MigrationInterface {
  name = 'SessionsAndSecrets1796000400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "actorUsername" character varying(60)`);
    await queryRunner.query(`ALTER TABLE "calendar_links" ADD "sessionVersion" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `UPDATE "calendar_links" SET "sessionVersion" = "staff"."sessionVersion" FROM "staff" WHERE "staff"."id" = "calendar_links"."staffId"`,
    );
    await queryRunner.query(
      `CREATE TABLE "server_secrets" ("name" character varying(40) NOT NULL, "value" character varying(200) NOT NULL, CONSTRAINT "PK_server_secrets" PRIMARY KEY ("name"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "server_secrets"`);
    await queryRunner.query(`ALTER TABLE "calendar_links" DROP COLUMN "sessionVersion"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "actorUsername"`);
  }
}
