import { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionsAndLoginThrottle1795490200000 implements MigrationInterface {
  name = 'SessionsAndLoginThrottle1795490200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "staff" ADD COLUMN "sessionVersion" integer NOT NULL DEFAULT (1)`);
    await queryRunner.query(`ALTER TABLE "staff" ADD COLUMN "mustChangePassword" boolean NOT NULL DEFAULT (0)`);
    await queryRunner.query(
      `CREATE TABLE "login_failures" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(60) NOT NULL, "address" varchar(64) NOT NULL, "at" datetime NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_login_failures_username" ON "login_failures" ("username", "at") `);
    await queryRunner.query(`CREATE INDEX "IDX_login_failures_address" ON "login_failures" ("address", "at") `);
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "staffId" integer NOT NULL, "createdAt" datetime NOT NULL, "expiresAt" datetime NOT NULL, "endedAt" datetime)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_sessions_staffId" ON "sessions" ("staffId") `);
    await queryRunner.query(`CREATE INDEX "IDX_sessions_expiresAt" ON "sessions" ("expiresAt") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_sessions_expiresAt"`);
    await queryRunner.query(`DROP INDEX "IDX_sessions_staffId"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "IDX_login_failures_address"`);
    await queryRunner.query(`DROP INDEX "IDX_login_failures_username"`);
    await queryRunner.query(`DROP TABLE "login_failures"`);
    await queryRunner.query(`ALTER TABLE "staff" DROP COLUMN "mustChangePassword"`);
    await queryRunner.query(`ALTER TABLE "staff" DROP COLUMN "sessionVersion"`);
  }
}
