import { MigrationInterface, QueryRunner } from 'typeorm';

/** Files on meetings, outcomes and enterprises: metadata here, bytes in the content-addressed file store. */
export class Attachments1795695245509 implements MigrationInterface {
  name = 'Attachments1795695245509';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attachments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "resource" varchar(20) NOT NULL, "recordId" integer NOT NULL, "name" varchar(255) NOT NULL, "size" integer NOT NULL, "contentType" varchar(100) NOT NULL, "sha256" varchar(64) NOT NULL, "uploadedById" integer)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_attachments_record" ON "attachments" ("resource", "recordId") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_attachments_record"`);
    await queryRunner.query(`DROP TABLE "attachments"`);
  }
}
