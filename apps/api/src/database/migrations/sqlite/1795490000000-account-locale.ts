import { MigrationInterface, QueryRunner } from 'typeorm';

/** The language an account chose for the interface (null: follow the browser). */
export class AccountLocale1795490000000 implements MigrationInterface {
  name = 'AccountLocale1795490000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "staff" ADD COLUMN "locale" varchar(10)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "staff" DROP COLUMN "locale"');
  }
}
