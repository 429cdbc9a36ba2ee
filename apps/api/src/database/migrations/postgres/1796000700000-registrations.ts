import { MigrationInterface, QueryRunner } from 'typeorm';

/** The public side: its links (only a token's hash), what came through them (pending registrations, survey answers) and the throttle's requests. */
export class Registrations1796000700000 implements MigrationInterface {
  name = 'Registrations1796000700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "public_links" ("id" SERIAL NOT NULL, "kind" character varying(20) NOT NULL, "meetingId" integer, "nonce" character varying(64) NOT NULL, "tokenHash" character varying(64) NOT NULL, "closesAt" TIMESTAMP WITH TIME ZONE NOT NULL, "capacity" integer, "issuedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "revokedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d0b6f9653172d1f24db5020a367" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_public_links_token" ON "public_links" ("tokenHash") `);
    await queryRunner.query(`CREATE INDEX "IDX_public_links_meeting" ON "public_links" ("meetingId", "kind") `);
    await queryRunner.query(
      `CREATE TABLE "registrations" ("id" SERIAL NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deletedAt" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "meetingId" integer, "source" character varying(20) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'pending', "code" character varying(8) NOT NULL, "organisation" character varying(200) NOT NULL, "uscc" character varying(18), "name" character varying(100) NOT NULL, "title" character varying(100), "phone" character varying(40) NOT NULL, "email" character varying(200), "wechat" character varying(100), "attendees" integer, "positionsOffered" integer, "internsWanted" integer, "majors" text NOT NULL DEFAULT '[]', "interests" text NOT NULL DEFAULT '[]', "city" character varying(60), "industry" character varying(100), "match" text NOT NULL, "presentAt" TIMESTAMP WITH TIME ZONE, "refusedReason" character varying(500), "enterpriseId" integer, "contactId" integer, CONSTRAINT "PK_6013e724d7b22929da9cd7282d1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_registrations_code" ON "registrations" ("meetingId", "code") `);
    await queryRunner.query(`CREATE INDEX "IDX_registrations_meeting" ON "registrations" ("meetingId", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_registrations_enterprise" ON "registrations" ("enterpriseId") `);
    await queryRunner.query(
      `CREATE TABLE "survey_answers" ("id" SERIAL NOT NULL, "meetingId" integer NOT NULL, "answerKey" character varying(80) NOT NULL, "registrationId" integer, "satisfaction" integer NOT NULL, "wants" text NOT NULL DEFAULT '[]', "contactPerson" character varying(100), "note" character varying(2000), "taskIds" text NOT NULL DEFAULT '{}', "answeredAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e4cab112318f766c93435f77a1a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_survey_answers_registration" ON "survey_answers" ("registrationId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_survey_answers_key" ON "survey_answers" ("meetingId", "answerKey") `,
    );
    await queryRunner.query(
      `CREATE TABLE "public_hits" ("id" SERIAL NOT NULL, "scope" character varying(120) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_36c2bf153bd81e31257aa0e639a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_public_hits_at" ON "public_hits" ("at") `);
    await queryRunner.query(`CREATE INDEX "IDX_public_hits_scope" ON "public_hits" ("scope", "at") `);
    await queryRunner.query(
      `ALTER TABLE "public_links" ADD CONSTRAINT "FK_8de9edc50d6643bfa054cb11979" FOREIGN KEY ("meetingId") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_answers" ADD CONSTRAINT "FK_cf667ae8f6cea4e2aa937e494d6" FOREIGN KEY ("meetingId") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "public_hits"`);
    await queryRunner.query(`DROP TABLE "survey_answers"`);
    await queryRunner.query(`DROP TABLE "registrations"`);
    await queryRunner.query(`DROP TABLE "public_links"`);
  }
}
