import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 20: an import commits in chunks; the preview holds the running commit's lease and the ids it wrote, so a failed or abandoned commit is undone. */
export class ImportCommitLease1796300000000 implements MigrationInterface {
  name = 'ImportCommitLease1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_previews" ADD COLUMN "committingBy" varchar(36)`);
    await queryRunner.query(`ALTER TABLE "import_previews" ADD COLUMN "committingUntil" datetime`);
    await queryRunner.query(`ALTER TABLE "import_previews" ADD COLUMN "written" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_previews" DROP COLUMN "written"`);
    await queryRunner.query(`ALTER TABLE "import_previews" DROP COLUMN "committingUntil"`);
    await queryRunner.query(`ALTER TABLE "import_previews" DROP COLUMN "committingBy"`);
  }
}
