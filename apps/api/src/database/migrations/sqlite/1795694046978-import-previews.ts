import { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportPreviews1795694046978 implements MigrationInterface {
  name = 'ImportPreviews1795694046978';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "import_previews" ("id" varchar(36) PRIMARY KEY NOT NULL, "kind" varchar(20) NOT NULL, "chamberId" integer, "meetingId" integer, "preview" text NOT NULL, "counts" text NOT NULL, "createdById" integer, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "expiresAt" datetime NOT NULL, "committedAt" datetime)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_dfe8e3342b0d214ae0abdce444" ON "import_previews" ("expiresAt") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_dfe8e3342b0d214ae0abdce444"`);
    await queryRunner.query(`DROP TABLE "import_previews"`);
  }
}
