import { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications (issue 23): each user's, once per event; the outbox of mails and robot messages; each user's channels; a unit's WeChat Work robot. */
export class Notifications1796000500000 implements MigrationInterface {
  name = 'Notifications1796000500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" SERIAL NOT NULL, "recipientId" integer NOT NULL, "kind" character varying(30) NOT NULL, "eventKey" character varying(200) NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "route" character varying(300) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "readAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_notifications_inbox" ON "notifications" ("recipientId", "createdAt") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_notifications_event" ON "notifications" ("recipientId", "eventKey") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_deliveries" ("id" SERIAL NOT NULL, "notificationId" integer, "channel" character varying(10) NOT NULL, "target" character varying(500) NOT NULL, "payload" text NOT NULL, "status" character varying(10) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "lastError" text, "nextAttemptAt" TIMESTAMP WITH TIME ZONE NOT NULL, "claimedUntil" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "sentAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_81daeff81f237bd384f7cfc4a4c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_notification_deliveries_target" ON "notification_deliveries" ("target", "sentAt") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_notification_deliveries_due" ON "notification_deliveries" ("status", "nextAttemptAt") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_notification_deliveries_once" ON "notification_deliveries" ("notificationId", "channel") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_settings" ("staffId" integer NOT NULL, "email" boolean NOT NULL, "wecom" boolean NOT NULL, "digest" boolean NOT NULL, CONSTRAINT "PK_40681b8f9abf2b2ab23a8f1d4ae" PRIMARY KEY ("staffId"))`,
    );
    await queryRunner.query(`ALTER TABLE "units" ADD "wecomWebhook" character varying(500)`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_db873ba9a123711a4bff527ccd5" FOREIGN KEY ("recipientId") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_deliveries" ADD CONSTRAINT "FK_480dc696b3c108f40b394d65faf" FOREIGN KEY ("notificationId") REFERENCES "notifications"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_settings" ADD CONSTRAINT "FK_40681b8f9abf2b2ab23a8f1d4ae" FOREIGN KEY ("staffId") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "units" DROP COLUMN "wecomWebhook"`);
    await queryRunner.query(`DROP TABLE "notification_settings"`);
    await queryRunner.query(`DROP TABLE "notification_deliveries"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
