import { MigrationInterface, QueryRunner } from 'typeorm';

/** The public side: its links (only a token's hash), what came through them (pending registrations, survey answers) and the throttle's requests. */
export class Registrations1796000700000 implements MigrationInterface {
  name = 'Registrations1796000700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "public_links" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(20) NOT NULL, "meetingId" integer, "nonce" varchar(64) NOT NULL, "tokenHash" varchar(64) NOT NULL, "closesAt" datetime NOT NULL, "capacity" integer, "issuedAt" datetime NOT NULL, "revokedAt" datetime, CONSTRAINT "FK_8de9edc50d6643bfa054cb11979" FOREIGN KEY ("meetingId") REFERENCES "meetings" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_public_links_token" ON "public_links" ("tokenHash") `);
    await queryRunner.query(`CREATE INDEX "IDX_public_links_meeting" ON "public_links" ("meetingId", "kind") `);
    await queryRunner.query(
      `CREATE TABLE "registrations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "meetingId" integer, "source" varchar(20) NOT NULL, "status" varchar(10) NOT NULL DEFAULT ('pending'), "code" varchar(8) NOT NULL, "organisation" varchar(200) NOT NULL, "uscc" varchar(18), "name" varchar(100) NOT NULL, "title" varchar(100), "phone" varchar(40) NOT NULL, "email" varchar(200), "wechat" varchar(100), "attendees" integer, "positionsOffered" integer, "internsWanted" integer, "majors" text NOT NULL DEFAULT ('[]'), "interests" text NOT NULL DEFAULT ('[]'), "city" varchar(60), "industry" varchar(100), "match" text NOT NULL, "presentAt" datetime, "refusedReason" varchar(500), "enterpriseId" integer, "contactId" integer)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_registrations_code" ON "registrations" ("meetingId", "code") `);
    await queryRunner.query(`CREATE INDEX "IDX_registrations_meeting" ON "registrations" ("meetingId", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_registrations_enterprise" ON "registrations" ("enterpriseId") `);
    await queryRunner.query(
      `CREATE TABLE "survey_answers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "meetingId" integer NOT NULL, "answerKey" varchar(80) NOT NULL, "registrationId" integer, "satisfaction" integer NOT NULL, "wants" text NOT NULL DEFAULT ('[]'), "contactPerson" varchar(100), "note" varchar(2000), "taskIds" text NOT NULL DEFAULT ('{}'), "answeredAt" datetime NOT NULL, CONSTRAINT "FK_cf667ae8f6cea4e2aa937e494d6" FOREIGN KEY ("meetingId") REFERENCES "meetings" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_survey_answers_registration" ON "survey_answers" ("registrationId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_survey_answers_key" ON "survey_answers" ("meetingId", "answerKey") `,
    );
    await queryRunner.query(
      `CREATE TABLE "public_hits" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "scope" varchar(120) NOT NULL, "at" datetime NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_public_hits_at" ON "public_hits" ("at") `);
    await queryRunner.query(`CREATE INDEX "IDX_public_hits_scope" ON "public_hits" ("scope", "at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "public_hits"`);
    await queryRunner.query(`DROP TABLE "survey_answers"`);
    await queryRunner.query(`DROP TABLE "registrations"`);
    await queryRunner.query(`DROP TABLE "public_links"`);
  }
}
