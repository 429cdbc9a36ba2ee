import { MigrationInterface, QueryRunner } from 'typeorm';

/** The 访企拓岗 campaigns with their leaders' quotas, and the Idempotency-Keys accounts sent with their answers. */
export class CampaignsAndIdempotencyKeys1796000600000 implements MigrationInterface {
  name = 'CampaignsAndIdempotencyKeys1796000600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "campaigns" ("id" SERIAL NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deletedAt" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "name" character varying(200) NOT NULL, "startsOn" date NOT NULL, "endsOn" date NOT NULL, "notes" text, CONSTRAINT "PK_831e3fcd4fc45b4e4c3f57a9ee4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d32021d5791ed1617efaf1ac68" ON "campaigns"  ("name") `);
    await queryRunner.query(`CREATE INDEX "IDX_8b674cc1b2ee2505798aeaa3c8" ON "campaigns"  ("startsOn") `);
    await queryRunner.query(
      `CREATE TABLE "campaign_quotas" ("id" SERIAL NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deletedAt" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "campaignId" integer NOT NULL, "staffId" integer NOT NULL, "enterprises" integer NOT NULL, "notes" text, CONSTRAINT "PK_21ced9bbdb39b86b377e44020fa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ebd48d6cba422edd4ca95bda01" ON "campaign_quotas"  ("campaignId") `);
    await queryRunner.query(`CREATE INDEX "IDX_a2d3e966c265adf94e8cab970c" ON "campaign_quotas"  ("staffId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_campaign_quotas_live" ON "campaign_quotas"  ("campaignId", "staffId") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "idempotency_keys" ("staffId" integer NOT NULL, "key" character varying(200) NOT NULL, "fingerprint" character varying(64) NOT NULL, "status" integer, "answer" text, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_78ee092fc53d4085670a9f2a439" PRIMARY KEY ("staffId", "key"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_39829cdd18d40184d32a8a4abe" ON "idempotency_keys"  ("createdAt") `);
    await queryRunner.query(
      `ALTER TABLE "campaign_quotas" ADD CONSTRAINT "FK_ebd48d6cba422edd4ca95bda01b" FOREIGN KEY ("campaignId") REFERENCES "campaigns"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_quotas" ADD CONSTRAINT "FK_a2d3e966c265adf94e8cab970cb" FOREIGN KEY ("staffId") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaign_quotas" DROP CONSTRAINT "FK_a2d3e966c265adf94e8cab970cb"`);
    await queryRunner.query(`ALTER TABLE "campaign_quotas" DROP CONSTRAINT "FK_ebd48d6cba422edd4ca95bda01b"`);
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
    await queryRunner.query(`DROP TABLE "campaign_quotas"`);
    await queryRunner.query(`DROP TABLE "campaigns"`);
  }
}
