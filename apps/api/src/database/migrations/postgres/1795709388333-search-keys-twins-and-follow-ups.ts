import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The twins of SQLite's pinyin-search-keys, twin-keys and follow-up-meeting-link migrations, generated
 * from the entities. No PostgreSQL database held rows before them, so there is nothing to fill: the
 * keys of every row are written by its service from the first write on.
 */
export class SearchKeysTwinsAndFollowUps1795709388333 implements MigrationInterface {
  name = 'SearchKeysTwinsAndFollowUps1795709388333';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "twin_keys" ("resource" character varying(20) NOT NULL, "key" character varying(300) NOT NULL, "recordId" integer NOT NULL, "reason" character varying(10) NOT NULL, CONSTRAINT "PK_8c3a05df3fdb3cf9e13927d7d01" PRIMARY KEY ("resource", "key", "recordId"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_twin_keys_record" ON "twin_keys"  ("resource", "recordId") `);
    await queryRunner.query(`ALTER TABLE "chambers" ADD "namePinyin" character varying(400) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "chambers" ADD "nameInitials" character varying(200) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "enterprises" ADD "namePinyin" character varying(400) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "enterprises" ADD "nameInitials" character varying(200) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "contacts" ADD "namePinyin" character varying(400) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "contacts" ADD "nameInitials" character varying(200) NOT NULL DEFAULT ''`);
    await queryRunner.query(
      `CREATE INDEX "IDX_chambers_initials_live" ON "chambers"  ("nameInitials") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_chambers_pinyin_live" ON "chambers"  ("namePinyin") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_enterprises_initials_live" ON "enterprises"  ("nameInitials") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_enterprises_pinyin_live" ON "enterprises"  ("namePinyin") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_contacts_initials_live" ON "contacts"  ("nameInitials") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_contacts_pinyin_live" ON "contacts"  ("namePinyin") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_13e84c36e720bc5f6e7ce08098d" FOREIGN KEY ("followsMeetingId") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_13e84c36e720bc5f6e7ce08098d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_contacts_pinyin_live"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_contacts_initials_live"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_enterprises_pinyin_live"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_enterprises_initials_live"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_chambers_pinyin_live"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_chambers_initials_live"`);
    await queryRunner.query(`ALTER TABLE "contacts" DROP COLUMN "nameInitials"`);
    await queryRunner.query(`ALTER TABLE "contacts" DROP COLUMN "namePinyin"`);
    await queryRunner.query(`ALTER TABLE "enterprises" DROP COLUMN "nameInitials"`);
    await queryRunner.query(`ALTER TABLE "enterprises" DROP COLUMN "namePinyin"`);
    await queryRunner.query(`ALTER TABLE "chambers" DROP COLUMN "nameInitials"`);
    await queryRunner.query(`ALTER TABLE "chambers" DROP COLUMN "namePinyin"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_twin_keys_record"`);
    await queryRunner.query(`DROP TABLE "twin_keys"`);
  }
}
