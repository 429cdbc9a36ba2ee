import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 20: a preview's rows move to a table of their own, so that renewing a commit's lease does not rewrite them once a chunk. */
export class ImportPreviewRows1796700000000 implements MigrationInterface {
  name = 'ImportPreviewRows1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "import_preview_rows" ("previewId" character varying(36) NOT NULL, "rows" text NOT NULL, CONSTRAINT "PK_a40ea695eb76e67f6cec86f982a" PRIMARY KEY ("previewId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "import_preview_rows" ("previewId", "rows") SELECT "id", "preview" FROM "import_previews"`,
    );
    await queryRunner.query(`ALTER TABLE "import_previews" DROP COLUMN "preview"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_previews" ADD "preview" text NOT NULL DEFAULT '[]'`);
    await queryRunner.query(
      `UPDATE "import_previews" SET "preview" = COALESCE((SELECT "rows" FROM "import_preview_rows" WHERE "previewId" = "import_previews"."id"), '[]')`,
    );
    await queryRunner.query(`DROP TABLE "import_preview_rows"`);
  }
}
