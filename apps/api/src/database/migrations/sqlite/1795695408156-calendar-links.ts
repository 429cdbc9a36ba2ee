import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each user's calendar subscription: the nonce its secret is derived from and the secret's hash, never the secret. */
export class CalendarLinks1795695408156 implements MigrationInterface {
  name = 'CalendarLinks1795695408156';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calendar_links" ("staffId" integer PRIMARY KEY NOT NULL, "nonce" varchar(64) NOT NULL, "secretHash" varchar(64) NOT NULL, "issuedAt" datetime NOT NULL, CONSTRAINT "FK_c5350f84f61655ffa36c1782953" FOREIGN KEY ("staffId") REFERENCES "staff" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_calendar_links_secret" ON "calendar_links" ("secretHash") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "UQ_calendar_links_secret"`);
    await queryRunner.query(`DROP TABLE "calendar_links"`);
  }
}
