import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 25: teachers' practice in enterprises (教师企业实践), with its live-row counter as
 * database/row-counts.ts wrote the triggers on 2026-12-07, frozen here.
 */
export class TeacherPractices1796100000000 implements MigrationInterface {
  name = 'TeacherPractices1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "teacher_practices" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "staffId" integer NOT NULL, "enterpriseId" integer NOT NULL, "outcomeId" integer, "unitId" integer, "startsOn" date NOT NULL, "endsOn" date NOT NULL, "days" integer NOT NULL, "content" text NOT NULL, CONSTRAINT "FK_abb8a0a60f1517895f9c82ad779" FOREIGN KEY ("staffId") REFERENCES "staff" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_590e066e04173efc0c3cb0666b1" FOREIGN KEY ("enterpriseId") REFERENCES "enterprises" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_464d736fc62a7ac671d6f90a6a5" FOREIGN KEY ("outcomeId") REFERENCES "outcomes" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_abb8a0a60f1517895f9c82ad77" ON "teacher_practices" ("staffId") `);
    await queryRunner.query(`CREATE INDEX "IDX_590e066e04173efc0c3cb0666b" ON "teacher_practices" ("enterpriseId") `);
    await queryRunner.query(`CREATE INDEX "IDX_464d736fc62a7ac671d6f90a6a" ON "teacher_practices" ("outcomeId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_teacher_practices_live_unit" ON "teacher_practices" ("unitId", "startsOn", "id", "days", "deletedAt") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_teacher_practices_live_sort" ON "teacher_practices" ("startsOn", "id", "deletedAt") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_teacher_practices_live_staff" ON "teacher_practices" ("staffId", "startsOn", "id", "deletedAt") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_teacher_practices_live_enterprise" ON "teacher_practices" ("enterpriseId", "startsOn", "id", "deletedAt") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_teacher_practices_live_outcome" ON "teacher_practices" ("outcomeId", "startsOn", "id", "deletedAt") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_teacher_practices_live_ends_on" ON "teacher_practices" ("endsOn", "startsOn", "id", "deletedAt") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_teacher_practices_live_days" ON "teacher_practices" ("days", "startsOn", "id", "deletedAt") WHERE "deletedAt" IS NULL`,
    );
    for (const statement of [
      `INSERT OR REPLACE INTO "row_counts" ("tableName", "live") SELECT 'teacher_practices', count(*) FROM "teacher_practices" WHERE "deletedAt" IS NULL`,
      `CREATE TRIGGER IF NOT EXISTS "row_counts_teacher_practices_insert" AFTER INSERT ON "teacher_practices" WHEN NEW."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + 1 WHERE "tableName" = 'teacher_practices'; END`,
      `CREATE TRIGGER IF NOT EXISTS "row_counts_teacher_practices_delete" AFTER DELETE ON "teacher_practices" WHEN OLD."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + -1 WHERE "tableName" = 'teacher_practices'; END`,
      `CREATE TRIGGER IF NOT EXISTS "row_counts_teacher_practices_soft_delete" AFTER UPDATE OF "deletedAt" ON "teacher_practices" WHEN (OLD."deletedAt" IS NULL) <> (NEW."deletedAt" IS NULL) BEGIN UPDATE "row_counts" SET "live" = "live" + (CASE WHEN NEW."deletedAt" IS NULL THEN 1 ELSE -1 END) WHERE "tableName" = 'teacher_practices'; END`,
    ])
      await queryRunner.query(statement);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "row_counts" WHERE "tableName" = 'teacher_practices'`);
    // the table's indexes and triggers go with it
    await queryRunner.query(`DROP TABLE "teacher_practices"`);
  }
}
