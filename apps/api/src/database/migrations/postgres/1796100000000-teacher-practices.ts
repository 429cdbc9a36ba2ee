import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 25: teachers' practice in enterprises (教师企业实践), counted by the same row_counts_keep() as the other tables. */
export class TeacherPractices1796100000000 implements MigrationInterface {
  name = 'TeacherPractices1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "teacher_practices" ("id" SERIAL NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deletedAt" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "staffId" integer NOT NULL, "enterpriseId" integer NOT NULL, "outcomeId" integer, "unitId" integer, "startsOn" date NOT NULL, "endsOn" date NOT NULL, "days" integer NOT NULL, "content" text NOT NULL, CONSTRAINT "PK_22038e6d93ad26972859352e0f5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_abb8a0a60f1517895f9c82ad77" ON "teacher_practices"  ("staffId") `);
    await queryRunner.query(`CREATE INDEX "IDX_590e066e04173efc0c3cb0666b" ON "teacher_practices"  ("enterpriseId") `);
    await queryRunner.query(`CREATE INDEX "IDX_464d736fc62a7ac671d6f90a6a" ON "teacher_practices"  ("outcomeId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_teacher_practices_live_unit" ON "teacher_practices"  ("unitId", "startsOn", "id", "days", "deletedAt") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_teacher_practices_live_sort" ON "teacher_practices"  ("startsOn", "id", "deletedAt") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_teacher_practices_live_staff" ON "teacher_practices"  ("staffId", "startsOn", "id", "deletedAt") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_teacher_practices_live_enterprise" ON "teacher_practices"  ("enterpriseId", "startsOn", "id", "deletedAt") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_teacher_practices_live_outcome" ON "teacher_practices"  ("outcomeId", "startsOn", "id", "deletedAt") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_teacher_practices_live_ends_on" ON "teacher_practices"  ("endsOn", "startsOn", "id", "deletedAt") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_teacher_practices_live_days" ON "teacher_practices"  ("days", "startsOn", "id", "deletedAt") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "teacher_practices" ADD CONSTRAINT "FK_abb8a0a60f1517895f9c82ad779" FOREIGN KEY ("staffId") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "teacher_practices" ADD CONSTRAINT "FK_590e066e04173efc0c3cb0666b1" FOREIGN KEY ("enterpriseId") REFERENCES "enterprises"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "teacher_practices" ADD CONSTRAINT "FK_464d736fc62a7ac671d6f90a6a5" FOREIGN KEY ("outcomeId") REFERENCES "outcomes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "row_counts" ("tableName", "live") SELECT 'teacher_practices', count(*) FROM "teacher_practices" WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "row_counts_teacher_practices" AFTER INSERT OR DELETE OR UPDATE OF "deletedAt" ON "teacher_practices" FOR EACH ROW EXECUTE FUNCTION "row_counts_keep"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "row_counts" WHERE "tableName" = 'teacher_practices'`);
    await queryRunner.query(`DROP TABLE "teacher_practices"`);
  }
}
