import { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications (issue 23): each user's, once per event; the outbox of mails and robot messages; each user's channels; a unit's WeChat Work robot. */
export class Notifications1796000500000 implements MigrationInterface {
  name = 'Notifications1796000500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "recipientId" integer NOT NULL, "kind" varchar(30) NOT NULL, "eventKey" varchar(200) NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "route" varchar(300) NOT NULL, "createdAt" datetime NOT NULL, "readAt" datetime, CONSTRAINT "FK_db873ba9a123711a4bff527ccd5" FOREIGN KEY ("recipientId") REFERENCES "staff" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_notifications_inbox" ON "notifications" ("recipientId", "createdAt") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_notifications_event" ON "notifications" ("recipientId", "eventKey") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_deliveries" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "notificationId" integer, "channel" varchar(10) NOT NULL, "target" varchar(500) NOT NULL, "payload" text NOT NULL, "status" varchar(10) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "lastError" text, "nextAttemptAt" datetime NOT NULL, "claimedUntil" datetime, "createdAt" datetime NOT NULL, "sentAt" datetime, CONSTRAINT "FK_480dc696b3c108f40b394d65faf" FOREIGN KEY ("notificationId") REFERENCES "notifications" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
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
      `CREATE TABLE "notification_settings" ("staffId" integer PRIMARY KEY NOT NULL, "email" boolean NOT NULL, "wecom" boolean NOT NULL, "digest" boolean NOT NULL, CONSTRAINT "FK_40681b8f9abf2b2ab23a8f1d4ae" FOREIGN KEY ("staffId") REFERENCES "staff" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`ALTER TABLE "units" ADD COLUMN "wecomWebhook" varchar(500)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "units" DROP COLUMN "wecomWebhook"`);
    await queryRunner.query(`DROP TABLE "notification_settings"`);
    await queryRunner.query(`DROP TABLE "notification_deliveries"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
