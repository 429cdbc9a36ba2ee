import { MigrationInterface, QueryRunner } from 'typeorm';

export class EnterpriseListIndex1795483447596 implements MigrationInterface {
  name = 'EnterpriseListIndex1795483447596';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "IDX_enterprises_city_tier_name" ON "enterprises" ("city", "tier", "name") WHERE "deletedAt" IS NULL',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_enterprises_city_tier_name"');
  }
}
