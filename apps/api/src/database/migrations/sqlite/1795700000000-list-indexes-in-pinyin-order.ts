import { MigrationInterface, QueryRunner } from 'typeorm';

/** The list indexes that end in the default sort, and the column the sort reads since lists of names sort by pinyin. */
const INDEXES: [name: string, table: string, filter: string][] = [
  ['IDX_enterprises_list_city', 'enterprises', 'city'],
  ['IDX_enterprises_list_industry', 'enterprises', 'industry'],
  ['IDX_enterprises_list_tier', 'enterprises', 'tier'],
  ['IDX_enterprises_list_stage', 'enterprises', 'relationshipStage'],
  ['IDX_contacts_list_enterprise', 'contacts', 'enterpriseId'],
  ['IDX_contacts_list_chamber', 'contacts', 'chamberId'],
  ['IDX_contacts_list_permission', 'contacts', 'permission'],
];

/**
 * The filter indexes of the enterprise and contact lists were made to end in `name`; a list sorted by
 * name now orders by the pinyin sort key beside it, so they end in `nameSortKey` and a filtered page
 * and its total come from the index again.
 */
export class ListIndexesInPinyinOrder1795700000000 implements MigrationInterface {
  name = 'ListIndexesInPinyinOrder1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [index, table, filter] of INDEXES) {
      await queryRunner.query(`DROP INDEX "${index}"`);
      await queryRunner.query(
        `CREATE INDEX "${index}" ON "${table}" ("${filter}", "nameSortKey") WHERE "deletedAt" IS NULL`,
      );
    }
    await queryRunner.query(`ANALYZE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [index, table, filter] of INDEXES) {
      await queryRunner.query(`DROP INDEX "${index}"`);
      await queryRunner.query(`CREATE INDEX "${index}" ON "${table}" ("${filter}", "name") WHERE "deletedAt" IS NULL`);
    }
  }
}
