import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795482400818 implements MigrationInterface {
  name = 'Initial1795482400818';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" datetime NOT NULL DEFAULT (datetime('now')), "actorId" integer, "actorName" varchar(100), "resource" varchar(40) NOT NULL, "recordId" integer NOT NULL, "action" varchar(20) NOT NULL, "before" text, "after" text)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_3648e11676f1929b9875ee272b" ON "audit_events" ("at") `);
    await queryRunner.query(`CREATE INDEX "IDX_9e76ea4cc84a0e407c5a3aeb05" ON "audit_events" ("actorId") `);
    await queryRunner.query(`CREATE INDEX "IDX_68d908019304f757740bc47a0a" ON "audit_events" ("action") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_record" ON "audit_events" ("resource", "recordId") `);
    await queryRunner.query(
      `CREATE TABLE "units" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "name" varchar(200) NOT NULL, "kind" varchar(20) NOT NULL, "code" varchar(40), "notes" text)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_cd34e4bfea359fa09d997a0b87" ON "units" ("name") `);
    await queryRunner.query(
      `CREATE TABLE "staff" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "name" varchar(100) NOT NULL, "title" varchar(100), "unitId" integer, "email" varchar(200), "phone" varchar(40), "username" varchar(60), "passwordHash" varchar(200), "role" varchar(20), "active" boolean NOT NULL DEFAULT (1))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ac1e6b1644e89c72ed1e16d2da" ON "staff" ("name") `);
    await queryRunner.query(`CREATE INDEX "IDX_7381361d5a8d5127bd5ce98f8a" ON "staff" ("unitId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_staff_username_live" ON "staff" ("username") WHERE "username" IS NOT NULL AND "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "chambers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "name" varchar(200) NOT NULL, "kind" varchar(20) NOT NULL DEFAULT ('chamber'), "city" varchar(60), "address" varchar(300), "website" varchar(300), "ownerId" integer, "notes" text)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e89609f9cd687afdefc1b989b4" ON "chambers" ("name") `);
    await queryRunner.query(`CREATE INDEX "IDX_8abd35049ad2706c5fe3fa5fd5" ON "chambers" ("ownerId") `);
    await queryRunner.query(
      `CREATE TABLE "enterprises" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "name" varchar(200) NOT NULL, "uscc" varchar(18), "aliases" text NOT NULL DEFAULT ('[]'), "industry" varchar(100), "ownership" varchar(20), "size" varchar(20), "city" varchar(60), "address" varchar(300), "website" varchar(300), "tier" varchar(20) NOT NULL DEFAULT ('general'), "ownerId" integer, "notes" text, "relationshipStage" varchar(20) NOT NULL DEFAULT ('prospect'), "lastContactDate" date)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f4c58d077b4dbb4a025bf94aee" ON "enterprises" ("name") `);
    await queryRunner.query(`CREATE INDEX "IDX_8820cc9fd8a96da7f02ca7a3f7" ON "enterprises" ("industry") `);
    await queryRunner.query(`CREATE INDEX "IDX_d0b6f7cbe3e4c14a8b84758a8d" ON "enterprises" ("city") `);
    await queryRunner.query(`CREATE INDEX "IDX_46981a3ff1c4a441f5d5435eaa" ON "enterprises" ("tier") `);
    await queryRunner.query(`CREATE INDEX "IDX_4061262e28f7721619c517b80a" ON "enterprises" ("ownerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_3c69a0ce6df43edefb0000d962" ON "enterprises" ("relationshipStage") `);
    await queryRunner.query(`CREATE INDEX "IDX_6493e11c204f5a1a9cfbef3939" ON "enterprises" ("lastContactDate") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_enterprises_uscc_live" ON "enterprises" ("uscc") WHERE "uscc" IS NOT NULL AND "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "contacts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "name" varchar(100) NOT NULL, "title" varchar(100), "enterpriseId" integer, "chamberId" integer, "phone" varchar(40), "email" varchar(200), "wechat" varchar(100), "permission" varchar(20) NOT NULL DEFAULT ('free'), "notes" text)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_82e70145f0669e778561f3877f" ON "contacts" ("name") `);
    await queryRunner.query(`CREATE INDEX "IDX_9301682949baf7d68e6fc12143" ON "contacts" ("enterpriseId") `);
    await queryRunner.query(`CREATE INDEX "IDX_9e80d43800522c1a8ccd79d0ce" ON "contacts" ("chamberId") `);
    await queryRunner.query(
      `CREATE TABLE "majors" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(200) NOT NULL, "unitId" integer NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_8b287db61b00b45e58c854f19d" ON "majors" ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_c7d4c87791206a8be1f65cc957" ON "majors" ("name") `);
    await queryRunner.query(`CREATE INDEX "IDX_f7cdf191b0181af51833d218cf" ON "majors" ("unitId") `);
    await queryRunner.query(
      `CREATE TABLE "meetings" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "title" varchar(300) NOT NULL, "kind" varchar(20) NOT NULL, "startsAt" datetime NOT NULL, "endsAt" datetime, "academicYear" varchar(9) NOT NULL, "location" varchar(300), "chairId" integer, "topics" text NOT NULL DEFAULT ('[]'), "minutes" text)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e5e1c5bf64ba8b32905aaa7490" ON "meetings" ("title") `);
    await queryRunner.query(`CREATE INDEX "IDX_2226ad7806733ef7b5744a661a" ON "meetings" ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_466bdba9be3d1109b5e5882b73" ON "meetings" ("startsAt") `);
    await queryRunner.query(`CREATE INDEX "IDX_82f137001173317e4aa18f8479" ON "meetings" ("academicYear") `);
    await queryRunner.query(`CREATE INDEX "IDX_421e8f7fb6e6d9d73900132278" ON "meetings" ("chairId") `);
    await queryRunner.query(
      `CREATE TABLE "meeting_staff" ("meetingId" integer NOT NULL, "staffId" integer NOT NULL, PRIMARY KEY ("meetingId", "staffId"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_96152392e76b6b2702170c5dac" ON "meeting_staff" ("staffId") `);
    await queryRunner.query(
      `CREATE TABLE "meeting_contacts" ("meetingId" integer NOT NULL, "contactId" integer NOT NULL, PRIMARY KEY ("meetingId", "contactId"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_3c2c4981febb341e32d6e05ec4" ON "meeting_contacts" ("contactId") `);
    await queryRunner.query(
      `CREATE TABLE "meeting_enterprises" ("meetingId" integer NOT NULL, "enterpriseId" integer NOT NULL, PRIMARY KEY ("meetingId", "enterpriseId"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_8657b05a4087002c477ad51940" ON "meeting_enterprises" ("enterpriseId") `);
    await queryRunner.query(
      `CREATE TABLE "meeting_chambers" ("meetingId" integer NOT NULL, "chamberId" integer NOT NULL, PRIMARY KEY ("meetingId", "chamberId"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b90c746a7ea114449b729bdaac" ON "meeting_chambers" ("chamberId") `);
    await queryRunner.query(
      `CREATE TABLE "outcomes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "title" varchar(300) NOT NULL, "kind" varchar(30) NOT NULL, "stage" varchar(20) NOT NULL DEFAULT ('idea'), "position" integer NOT NULL DEFAULT (0), "enterpriseId" integer NOT NULL, "chamberId" integer, "unitId" integer, "ownerId" integer, "meetingId" integer, "signedDate" date, "startDate" date, "endDate" date, "renewal" varchar(20) NOT NULL DEFAULT ('none'), "value" real, "capacity" integer, "academicYear" varchar(9) NOT NULL, "notes" text)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0dc0f94254b3362b6aac1b1f97" ON "outcomes" ("title") `);
    await queryRunner.query(`CREATE INDEX "IDX_ceb1f736d6f8dbcd991854cc98" ON "outcomes" ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_8382339971bb51f878d8b2c613" ON "outcomes" ("stage") `);
    await queryRunner.query(`CREATE INDEX "IDX_e6ca834fa98fb94151daa969c4" ON "outcomes" ("enterpriseId") `);
    await queryRunner.query(`CREATE INDEX "IDX_0d4566d678909806ce6b67e4f6" ON "outcomes" ("chamberId") `);
    await queryRunner.query(`CREATE INDEX "IDX_4a266bff51d51360508b13b2d3" ON "outcomes" ("unitId") `);
    await queryRunner.query(`CREATE INDEX "IDX_03aa9ffd4bf422822c871058ba" ON "outcomes" ("ownerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_d03eb064d1df598b0a4796bc22" ON "outcomes" ("meetingId") `);
    await queryRunner.query(`CREATE INDEX "IDX_4c400da204295ec90a181f0310" ON "outcomes" ("startDate") `);
    await queryRunner.query(`CREATE INDEX "IDX_ff9ed1da8d9c9c15fb32faa703" ON "outcomes" ("endDate") `);
    await queryRunner.query(`CREATE INDEX "IDX_ed3b0b1802f85a7758a9843a77" ON "outcomes" ("academicYear") `);
    await queryRunner.query(`CREATE INDEX "IDX_outcomes_board" ON "outcomes" ("stage", "position") `);
    await queryRunner.query(
      `CREATE TABLE "intakes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "outcomeId" integer NOT NULL, "academicYear" varchar(9) NOT NULL, "term" varchar(10) NOT NULL, "majorId" integer NOT NULL, "positions" integer NOT NULL DEFAULT (0), "placed" integer NOT NULL DEFAULT (0), "hired" integer NOT NULL DEFAULT (0), "notes" text)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ae0d8d7681e1417ed1b95dee76" ON "intakes" ("outcomeId") `);
    await queryRunner.query(`CREATE INDEX "IDX_eb1c43a164e3421aa7a910c317" ON "intakes" ("academicYear") `);
    await queryRunner.query(`CREATE INDEX "IDX_82b9bf95277f5491f52f3eea93" ON "intakes" ("majorId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_intakes_live" ON "intakes" ("outcomeId", "academicYear", "term", "majorId") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "memberships" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "enterpriseId" integer NOT NULL, "chamberId" integer NOT NULL, "role" varchar(100), "since" date)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4487964eb5ea9392fd981b9596" ON "memberships" ("enterpriseId") `);
    await queryRunner.query(`CREATE INDEX "IDX_831a0c04bb97c538c5377af46f" ON "memberships" ("chamberId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_memberships_live" ON "memberships" ("enterpriseId", "chamberId") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "tasks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "title" varchar(300) NOT NULL, "dueDate" date, "assigneeId" integer, "doneAt" datetime, "meetingId" integer, "enterpriseId" integer, "outcomeId" integer, "academicYear" varchar(9) NOT NULL, "notes" text)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c300d154a85801889174e92a3d" ON "tasks" ("dueDate") `);
    await queryRunner.query(`CREATE INDEX "IDX_9a16d2c86252529f622fa53f1e" ON "tasks" ("assigneeId") `);
    await queryRunner.query(`CREATE INDEX "IDX_7637331d4f21f7c4817a181381" ON "tasks" ("doneAt") `);
    await queryRunner.query(`CREATE INDEX "IDX_5c147107ef712580d6b98bb8ce" ON "tasks" ("meetingId") `);
    await queryRunner.query(`CREATE INDEX "IDX_14f4dd85334d2e2717daadc0ba" ON "tasks" ("enterpriseId") `);
    await queryRunner.query(`CREATE INDEX "IDX_aa5666cd4ab61dab59dc885279" ON "tasks" ("outcomeId") `);
    await queryRunner.query(`CREATE INDEX "IDX_73385a166046723d04284a32b7" ON "tasks" ("academicYear") `);
    await queryRunner.query(`DROP INDEX "IDX_ac1e6b1644e89c72ed1e16d2da"`);
    await queryRunner.query(`DROP INDEX "IDX_7381361d5a8d5127bd5ce98f8a"`);
    await queryRunner.query(`DROP INDEX "UQ_staff_username_live"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_staff" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "name" varchar(100) NOT NULL, "title" varchar(100), "unitId" integer, "email" varchar(200), "phone" varchar(40), "username" varchar(60), "passwordHash" varchar(200), "role" varchar(20), "active" boolean NOT NULL DEFAULT (1), CONSTRAINT "FK_7381361d5a8d5127bd5ce98f8ac" FOREIGN KEY ("unitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_staff"("id", "createdAt", "updatedAt", "deletedAt", "version", "name", "title", "unitId", "email", "phone", "username", "passwordHash", "role", "active") SELECT "id", "createdAt", "updatedAt", "deletedAt", "version", "name", "title", "unitId", "email", "phone", "username", "passwordHash", "role", "active" FROM "staff"`,
    );
    await queryRunner.query(`DROP TABLE "staff"`);
    await queryRunner.query(`ALTER TABLE "temporary_staff" RENAME TO "staff"`);
    await queryRunner.query(`CREATE INDEX "IDX_ac1e6b1644e89c72ed1e16d2da" ON "staff" ("name") `);
    await queryRunner.query(`CREATE INDEX "IDX_7381361d5a8d5127bd5ce98f8a" ON "staff" ("unitId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_staff_username_live" ON "staff" ("username") WHERE "username" IS NOT NULL AND "deletedAt" IS NULL`,
    );
    await queryRunner.query(`DROP INDEX "IDX_e89609f9cd687afdefc1b989b4"`);
    await queryRunner.query(`DROP INDEX "IDX_8abd35049ad2706c5fe3fa5fd5"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_chambers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "name" varchar(200) NOT NULL, "kind" varchar(20) NOT NULL DEFAULT ('chamber'), "city" varchar(60), "address" varchar(300), "website" varchar(300), "ownerId" integer, "notes" text, CONSTRAINT "FK_8abd35049ad2706c5fe3fa5fd53" FOREIGN KEY ("ownerId") REFERENCES "staff" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_chambers"("id", "createdAt", "updatedAt", "deletedAt", "version", "name", "kind", "city", "address", "website", "ownerId", "notes") SELECT "id", "createdAt", "updatedAt", "deletedAt", "version", "name", "kind", "city", "address", "website", "ownerId", "notes" FROM "chambers"`,
    );
    await queryRunner.query(`DROP TABLE "chambers"`);
    await queryRunner.query(`ALTER TABLE "temporary_chambers" RENAME TO "chambers"`);
    await queryRunner.query(`CREATE INDEX "IDX_e89609f9cd687afdefc1b989b4" ON "chambers" ("name") `);
    await queryRunner.query(`CREATE INDEX "IDX_8abd35049ad2706c5fe3fa5fd5" ON "chambers" ("ownerId") `);
    await queryRunner.query(`DROP INDEX "IDX_f4c58d077b4dbb4a025bf94aee"`);
    await queryRunner.query(`DROP INDEX "IDX_8820cc9fd8a96da7f02ca7a3f7"`);
    await queryRunner.query(`DROP INDEX "IDX_d0b6f7cbe3e4c14a8b84758a8d"`);
    await queryRunner.query(`DROP INDEX "IDX_46981a3ff1c4a441f5d5435eaa"`);
    await queryRunner.query(`DROP INDEX "IDX_4061262e28f7721619c517b80a"`);
    await queryRunner.query(`DROP INDEX "IDX_3c69a0ce6df43edefb0000d962"`);
    await queryRunner.query(`DROP INDEX "IDX_6493e11c204f5a1a9cfbef3939"`);
    await queryRunner.query(`DROP INDEX "UQ_enterprises_uscc_live"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_enterprises" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "name" varchar(200) NOT NULL, "uscc" varchar(18), "aliases" text NOT NULL DEFAULT ('[]'), "industry" varchar(100), "ownership" varchar(20), "size" varchar(20), "city" varchar(60), "address" varchar(300), "website" varchar(300), "tier" varchar(20) NOT NULL DEFAULT ('general'), "ownerId" integer, "notes" text, "relationshipStage" varchar(20) NOT NULL DEFAULT ('prospect'), "lastContactDate" date, CONSTRAINT "FK_4061262e28f7721619c517b80a7" FOREIGN KEY ("ownerId") REFERENCES "staff" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_enterprises"("id", "createdAt", "updatedAt", "deletedAt", "version", "name", "uscc", "aliases", "industry", "ownership", "size", "city", "address", "website", "tier", "ownerId", "notes", "relationshipStage", "lastContactDate") SELECT "id", "createdAt", "updatedAt", "deletedAt", "version", "name", "uscc", "aliases", "industry", "ownership", "size", "city", "address", "website", "tier", "ownerId", "notes", "relationshipStage", "lastContactDate" FROM "enterprises"`,
    );
    await queryRunner.query(`DROP TABLE "enterprises"`);
    await queryRunner.query(`ALTER TABLE "temporary_enterprises" RENAME TO "enterprises"`);
    await queryRunner.query(`CREATE INDEX "IDX_f4c58d077b4dbb4a025bf94aee" ON "enterprises" ("name") `);
    await queryRunner.query(`CREATE INDEX "IDX_8820cc9fd8a96da7f02ca7a3f7" ON "enterprises" ("industry") `);
    await queryRunner.query(`CREATE INDEX "IDX_d0b6f7cbe3e4c14a8b84758a8d" ON "enterprises" ("city") `);
    await queryRunner.query(`CREATE INDEX "IDX_46981a3ff1c4a441f5d5435eaa" ON "enterprises" ("tier") `);
    await queryRunner.query(`CREATE INDEX "IDX_4061262e28f7721619c517b80a" ON "enterprises" ("ownerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_3c69a0ce6df43edefb0000d962" ON "enterprises" ("relationshipStage") `);
    await queryRunner.query(`CREATE INDEX "IDX_6493e11c204f5a1a9cfbef3939" ON "enterprises" ("lastContactDate") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_enterprises_uscc_live" ON "enterprises" ("uscc") WHERE "uscc" IS NOT NULL AND "deletedAt" IS NULL`,
    );
    await queryRunner.query(`DROP INDEX "IDX_82e70145f0669e778561f3877f"`);
    await queryRunner.query(`DROP INDEX "IDX_9301682949baf7d68e6fc12143"`);
    await queryRunner.query(`DROP INDEX "IDX_9e80d43800522c1a8ccd79d0ce"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_contacts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "name" varchar(100) NOT NULL, "title" varchar(100), "enterpriseId" integer, "chamberId" integer, "phone" varchar(40), "email" varchar(200), "wechat" varchar(100), "permission" varchar(20) NOT NULL DEFAULT ('free'), "notes" text, CONSTRAINT "FK_9301682949baf7d68e6fc12143c" FOREIGN KEY ("enterpriseId") REFERENCES "enterprises" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_9e80d43800522c1a8ccd79d0cec" FOREIGN KEY ("chamberId") REFERENCES "chambers" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_contacts"("id", "createdAt", "updatedAt", "deletedAt", "version", "name", "title", "enterpriseId", "chamberId", "phone", "email", "wechat", "permission", "notes") SELECT "id", "createdAt", "updatedAt", "deletedAt", "version", "name", "title", "enterpriseId", "chamberId", "phone", "email", "wechat", "permission", "notes" FROM "contacts"`,
    );
    await queryRunner.query(`DROP TABLE "contacts"`);
    await queryRunner.query(`ALTER TABLE "temporary_contacts" RENAME TO "contacts"`);
    await queryRunner.query(`CREATE INDEX "IDX_82e70145f0669e778561f3877f" ON "contacts" ("name") `);
    await queryRunner.query(`CREATE INDEX "IDX_9301682949baf7d68e6fc12143" ON "contacts" ("enterpriseId") `);
    await queryRunner.query(`CREATE INDEX "IDX_9e80d43800522c1a8ccd79d0ce" ON "contacts" ("chamberId") `);
    await queryRunner.query(`DROP INDEX "IDX_8b287db61b00b45e58c854f19d"`);
    await queryRunner.query(`DROP INDEX "IDX_c7d4c87791206a8be1f65cc957"`);
    await queryRunner.query(`DROP INDEX "IDX_f7cdf191b0181af51833d218cf"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_majors" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(200) NOT NULL, "unitId" integer NOT NULL, CONSTRAINT "FK_f7cdf191b0181af51833d218cfa" FOREIGN KEY ("unitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_majors"("id", "createdAt", "updatedAt", "deletedAt", "version", "code", "name", "unitId") SELECT "id", "createdAt", "updatedAt", "deletedAt", "version", "code", "name", "unitId" FROM "majors"`,
    );
    await queryRunner.query(`DROP TABLE "majors"`);
    await queryRunner.query(`ALTER TABLE "temporary_majors" RENAME TO "majors"`);
    await queryRunner.query(`CREATE INDEX "IDX_8b287db61b00b45e58c854f19d" ON "majors" ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_c7d4c87791206a8be1f65cc957" ON "majors" ("name") `);
    await queryRunner.query(`CREATE INDEX "IDX_f7cdf191b0181af51833d218cf" ON "majors" ("unitId") `);
    await queryRunner.query(`DROP INDEX "IDX_e5e1c5bf64ba8b32905aaa7490"`);
    await queryRunner.query(`DROP INDEX "IDX_2226ad7806733ef7b5744a661a"`);
    await queryRunner.query(`DROP INDEX "IDX_466bdba9be3d1109b5e5882b73"`);
    await queryRunner.query(`DROP INDEX "IDX_82f137001173317e4aa18f8479"`);
    await queryRunner.query(`DROP INDEX "IDX_421e8f7fb6e6d9d73900132278"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_meetings" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "title" varchar(300) NOT NULL, "kind" varchar(20) NOT NULL, "startsAt" datetime NOT NULL, "endsAt" datetime, "academicYear" varchar(9) NOT NULL, "location" varchar(300), "chairId" integer, "topics" text NOT NULL DEFAULT ('[]'), "minutes" text, CONSTRAINT "FK_421e8f7fb6e6d9d739001322785" FOREIGN KEY ("chairId") REFERENCES "staff" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_meetings"("id", "createdAt", "updatedAt", "deletedAt", "version", "title", "kind", "startsAt", "endsAt", "academicYear", "location", "chairId", "topics", "minutes") SELECT "id", "createdAt", "updatedAt", "deletedAt", "version", "title", "kind", "startsAt", "endsAt", "academicYear", "location", "chairId", "topics", "minutes" FROM "meetings"`,
    );
    await queryRunner.query(`DROP TABLE "meetings"`);
    await queryRunner.query(`ALTER TABLE "temporary_meetings" RENAME TO "meetings"`);
    await queryRunner.query(`CREATE INDEX "IDX_e5e1c5bf64ba8b32905aaa7490" ON "meetings" ("title") `);
    await queryRunner.query(`CREATE INDEX "IDX_2226ad7806733ef7b5744a661a" ON "meetings" ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_466bdba9be3d1109b5e5882b73" ON "meetings" ("startsAt") `);
    await queryRunner.query(`CREATE INDEX "IDX_82f137001173317e4aa18f8479" ON "meetings" ("academicYear") `);
    await queryRunner.query(`CREATE INDEX "IDX_421e8f7fb6e6d9d73900132278" ON "meetings" ("chairId") `);
    await queryRunner.query(`DROP INDEX "IDX_96152392e76b6b2702170c5dac"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_meeting_staff" ("meetingId" integer NOT NULL, "staffId" integer NOT NULL, CONSTRAINT "FK_4558cdd6ff2c70d0e8dda55e15c" FOREIGN KEY ("meetingId") REFERENCES "meetings" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_96152392e76b6b2702170c5dacf" FOREIGN KEY ("staffId") REFERENCES "staff" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY ("meetingId", "staffId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_meeting_staff"("meetingId", "staffId") SELECT "meetingId", "staffId" FROM "meeting_staff"`,
    );
    await queryRunner.query(`DROP TABLE "meeting_staff"`);
    await queryRunner.query(`ALTER TABLE "temporary_meeting_staff" RENAME TO "meeting_staff"`);
    await queryRunner.query(`CREATE INDEX "IDX_96152392e76b6b2702170c5dac" ON "meeting_staff" ("staffId") `);
    await queryRunner.query(`DROP INDEX "IDX_3c2c4981febb341e32d6e05ec4"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_meeting_contacts" ("meetingId" integer NOT NULL, "contactId" integer NOT NULL, CONSTRAINT "FK_8b9e17d6d4172be0bf485aefb16" FOREIGN KEY ("meetingId") REFERENCES "meetings" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_3c2c4981febb341e32d6e05ec48" FOREIGN KEY ("contactId") REFERENCES "contacts" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY ("meetingId", "contactId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_meeting_contacts"("meetingId", "contactId") SELECT "meetingId", "contactId" FROM "meeting_contacts"`,
    );
    await queryRunner.query(`DROP TABLE "meeting_contacts"`);
    await queryRunner.query(`ALTER TABLE "temporary_meeting_contacts" RENAME TO "meeting_contacts"`);
    await queryRunner.query(`CREATE INDEX "IDX_3c2c4981febb341e32d6e05ec4" ON "meeting_contacts" ("contactId") `);
    await queryRunner.query(`DROP INDEX "IDX_8657b05a4087002c477ad51940"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_meeting_enterprises" ("meetingId" integer NOT NULL, "enterpriseId" integer NOT NULL, CONSTRAINT "FK_d6eb220144f279903bbe52dda89" FOREIGN KEY ("meetingId") REFERENCES "meetings" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_8657b05a4087002c477ad519403" FOREIGN KEY ("enterpriseId") REFERENCES "enterprises" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY ("meetingId", "enterpriseId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_meeting_enterprises"("meetingId", "enterpriseId") SELECT "meetingId", "enterpriseId" FROM "meeting_enterprises"`,
    );
    await queryRunner.query(`DROP TABLE "meeting_enterprises"`);
    await queryRunner.query(`ALTER TABLE "temporary_meeting_enterprises" RENAME TO "meeting_enterprises"`);
    await queryRunner.query(`CREATE INDEX "IDX_8657b05a4087002c477ad51940" ON "meeting_enterprises" ("enterpriseId") `);
    await queryRunner.query(`DROP INDEX "IDX_b90c746a7ea114449b729bdaac"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_meeting_chambers" ("meetingId" integer NOT NULL, "chamberId" integer NOT NULL, CONSTRAINT "FK_c9e9f3f867087306f4013b87885" FOREIGN KEY ("meetingId") REFERENCES "meetings" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_b90c746a7ea114449b729bdaacf" FOREIGN KEY ("chamberId") REFERENCES "chambers" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY ("meetingId", "chamberId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_meeting_chambers"("meetingId", "chamberId") SELECT "meetingId", "chamberId" FROM "meeting_chambers"`,
    );
    await queryRunner.query(`DROP TABLE "meeting_chambers"`);
    await queryRunner.query(`ALTER TABLE "temporary_meeting_chambers" RENAME TO "meeting_chambers"`);
    await queryRunner.query(`CREATE INDEX "IDX_b90c746a7ea114449b729bdaac" ON "meeting_chambers" ("chamberId") `);
    await queryRunner.query(`DROP INDEX "IDX_0dc0f94254b3362b6aac1b1f97"`);
    await queryRunner.query(`DROP INDEX "IDX_ceb1f736d6f8dbcd991854cc98"`);
    await queryRunner.query(`DROP INDEX "IDX_8382339971bb51f878d8b2c613"`);
    await queryRunner.query(`DROP INDEX "IDX_e6ca834fa98fb94151daa969c4"`);
    await queryRunner.query(`DROP INDEX "IDX_0d4566d678909806ce6b67e4f6"`);
    await queryRunner.query(`DROP INDEX "IDX_4a266bff51d51360508b13b2d3"`);
    await queryRunner.query(`DROP INDEX "IDX_03aa9ffd4bf422822c871058ba"`);
    await queryRunner.query(`DROP INDEX "IDX_d03eb064d1df598b0a4796bc22"`);
    await queryRunner.query(`DROP INDEX "IDX_4c400da204295ec90a181f0310"`);
    await queryRunner.query(`DROP INDEX "IDX_ff9ed1da8d9c9c15fb32faa703"`);
    await queryRunner.query(`DROP INDEX "IDX_ed3b0b1802f85a7758a9843a77"`);
    await queryRunner.query(`DROP INDEX "IDX_outcomes_board"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_outcomes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "title" varchar(300) NOT NULL, "kind" varchar(30) NOT NULL, "stage" varchar(20) NOT NULL DEFAULT ('idea'), "position" integer NOT NULL DEFAULT (0), "enterpriseId" integer NOT NULL, "chamberId" integer, "unitId" integer, "ownerId" integer, "meetingId" integer, "signedDate" date, "startDate" date, "endDate" date, "renewal" varchar(20) NOT NULL DEFAULT ('none'), "value" real, "capacity" integer, "academicYear" varchar(9) NOT NULL, "notes" text, CONSTRAINT "FK_e6ca834fa98fb94151daa969c49" FOREIGN KEY ("enterpriseId") REFERENCES "enterprises" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_0d4566d678909806ce6b67e4f60" FOREIGN KEY ("chamberId") REFERENCES "chambers" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_4a266bff51d51360508b13b2d37" FOREIGN KEY ("unitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_03aa9ffd4bf422822c871058baa" FOREIGN KEY ("ownerId") REFERENCES "staff" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_d03eb064d1df598b0a4796bc221" FOREIGN KEY ("meetingId") REFERENCES "meetings" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_outcomes"("id", "createdAt", "updatedAt", "deletedAt", "version", "title", "kind", "stage", "position", "enterpriseId", "chamberId", "unitId", "ownerId", "meetingId", "signedDate", "startDate", "endDate", "renewal", "value", "capacity", "academicYear", "notes") SELECT "id", "createdAt", "updatedAt", "deletedAt", "version", "title", "kind", "stage", "position", "enterpriseId", "chamberId", "unitId", "ownerId", "meetingId", "signedDate", "startDate", "endDate", "renewal", "value", "capacity", "academicYear", "notes" FROM "outcomes"`,
    );
    await queryRunner.query(`DROP TABLE "outcomes"`);
    await queryRunner.query(`ALTER TABLE "temporary_outcomes" RENAME TO "outcomes"`);
    await queryRunner.query(`CREATE INDEX "IDX_0dc0f94254b3362b6aac1b1f97" ON "outcomes" ("title") `);
    await queryRunner.query(`CREATE INDEX "IDX_ceb1f736d6f8dbcd991854cc98" ON "outcomes" ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_8382339971bb51f878d8b2c613" ON "outcomes" ("stage") `);
    await queryRunner.query(`CREATE INDEX "IDX_e6ca834fa98fb94151daa969c4" ON "outcomes" ("enterpriseId") `);
    await queryRunner.query(`CREATE INDEX "IDX_0d4566d678909806ce6b67e4f6" ON "outcomes" ("chamberId") `);
    await queryRunner.query(`CREATE INDEX "IDX_4a266bff51d51360508b13b2d3" ON "outcomes" ("unitId") `);
    await queryRunner.query(`CREATE INDEX "IDX_03aa9ffd4bf422822c871058ba" ON "outcomes" ("ownerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_d03eb064d1df598b0a4796bc22" ON "outcomes" ("meetingId") `);
    await queryRunner.query(`CREATE INDEX "IDX_4c400da204295ec90a181f0310" ON "outcomes" ("startDate") `);
    await queryRunner.query(`CREATE INDEX "IDX_ff9ed1da8d9c9c15fb32faa703" ON "outcomes" ("endDate") `);
    await queryRunner.query(`CREATE INDEX "IDX_ed3b0b1802f85a7758a9843a77" ON "outcomes" ("academicYear") `);
    await queryRunner.query(`CREATE INDEX "IDX_outcomes_board" ON "outcomes" ("stage", "position") `);
    await queryRunner.query(`DROP INDEX "IDX_ae0d8d7681e1417ed1b95dee76"`);
    await queryRunner.query(`DROP INDEX "IDX_eb1c43a164e3421aa7a910c317"`);
    await queryRunner.query(`DROP INDEX "IDX_82b9bf95277f5491f52f3eea93"`);
    await queryRunner.query(`DROP INDEX "UQ_intakes_live"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_intakes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "outcomeId" integer NOT NULL, "academicYear" varchar(9) NOT NULL, "term" varchar(10) NOT NULL, "majorId" integer NOT NULL, "positions" integer NOT NULL DEFAULT (0), "placed" integer NOT NULL DEFAULT (0), "hired" integer NOT NULL DEFAULT (0), "notes" text, CONSTRAINT "FK_ae0d8d7681e1417ed1b95dee768" FOREIGN KEY ("outcomeId") REFERENCES "outcomes" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_82b9bf95277f5491f52f3eea935" FOREIGN KEY ("majorId") REFERENCES "majors" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_intakes"("id", "createdAt", "updatedAt", "deletedAt", "version", "outcomeId", "academicYear", "term", "majorId", "positions", "placed", "hired", "notes") SELECT "id", "createdAt", "updatedAt", "deletedAt", "version", "outcomeId", "academicYear", "term", "majorId", "positions", "placed", "hired", "notes" FROM "intakes"`,
    );
    await queryRunner.query(`DROP TABLE "intakes"`);
    await queryRunner.query(`ALTER TABLE "temporary_intakes" RENAME TO "intakes"`);
    await queryRunner.query(`CREATE INDEX "IDX_ae0d8d7681e1417ed1b95dee76" ON "intakes" ("outcomeId") `);
    await queryRunner.query(`CREATE INDEX "IDX_eb1c43a164e3421aa7a910c317" ON "intakes" ("academicYear") `);
    await queryRunner.query(`CREATE INDEX "IDX_82b9bf95277f5491f52f3eea93" ON "intakes" ("majorId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_intakes_live" ON "intakes" ("outcomeId", "academicYear", "term", "majorId") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(`DROP INDEX "IDX_4487964eb5ea9392fd981b9596"`);
    await queryRunner.query(`DROP INDEX "IDX_831a0c04bb97c538c5377af46f"`);
    await queryRunner.query(`DROP INDEX "UQ_memberships_live"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_memberships" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "enterpriseId" integer NOT NULL, "chamberId" integer NOT NULL, "role" varchar(100), "since" date, CONSTRAINT "FK_4487964eb5ea9392fd981b9596a" FOREIGN KEY ("enterpriseId") REFERENCES "enterprises" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_831a0c04bb97c538c5377af46f1" FOREIGN KEY ("chamberId") REFERENCES "chambers" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_memberships"("id", "createdAt", "updatedAt", "deletedAt", "version", "enterpriseId", "chamberId", "role", "since") SELECT "id", "createdAt", "updatedAt", "deletedAt", "version", "enterpriseId", "chamberId", "role", "since" FROM "memberships"`,
    );
    await queryRunner.query(`DROP TABLE "memberships"`);
    await queryRunner.query(`ALTER TABLE "temporary_memberships" RENAME TO "memberships"`);
    await queryRunner.query(`CREATE INDEX "IDX_4487964eb5ea9392fd981b9596" ON "memberships" ("enterpriseId") `);
    await queryRunner.query(`CREATE INDEX "IDX_831a0c04bb97c538c5377af46f" ON "memberships" ("chamberId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_memberships_live" ON "memberships" ("enterpriseId", "chamberId") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(`DROP INDEX "IDX_c300d154a85801889174e92a3d"`);
    await queryRunner.query(`DROP INDEX "IDX_9a16d2c86252529f622fa53f1e"`);
    await queryRunner.query(`DROP INDEX "IDX_7637331d4f21f7c4817a181381"`);
    await queryRunner.query(`DROP INDEX "IDX_5c147107ef712580d6b98bb8ce"`);
    await queryRunner.query(`DROP INDEX "IDX_14f4dd85334d2e2717daadc0ba"`);
    await queryRunner.query(`DROP INDEX "IDX_aa5666cd4ab61dab59dc885279"`);
    await queryRunner.query(`DROP INDEX "IDX_73385a166046723d04284a32b7"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_tasks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "title" varchar(300) NOT NULL, "dueDate" date, "assigneeId" integer, "doneAt" datetime, "meetingId" integer, "enterpriseId" integer, "outcomeId" integer, "academicYear" varchar(9) NOT NULL, "notes" text, CONSTRAINT "FK_9a16d2c86252529f622fa53f1e3" FOREIGN KEY ("assigneeId") REFERENCES "staff" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_5c147107ef712580d6b98bb8ce6" FOREIGN KEY ("meetingId") REFERENCES "meetings" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_14f4dd85334d2e2717daadc0baf" FOREIGN KEY ("enterpriseId") REFERENCES "enterprises" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_aa5666cd4ab61dab59dc885279e" FOREIGN KEY ("outcomeId") REFERENCES "outcomes" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_tasks"("id", "createdAt", "updatedAt", "deletedAt", "version", "title", "dueDate", "assigneeId", "doneAt", "meetingId", "enterpriseId", "outcomeId", "academicYear", "notes") SELECT "id", "createdAt", "updatedAt", "deletedAt", "version", "title", "dueDate", "assigneeId", "doneAt", "meetingId", "enterpriseId", "outcomeId", "academicYear", "notes" FROM "tasks"`,
    );
    await queryRunner.query(`DROP TABLE "tasks"`);
    await queryRunner.query(`ALTER TABLE "temporary_tasks" RENAME TO "tasks"`);
    await queryRunner.query(`CREATE INDEX "IDX_c300d154a85801889174e92a3d" ON "tasks" ("dueDate") `);
    await queryRunner.query(`CREATE INDEX "IDX_9a16d2c86252529f622fa53f1e" ON "tasks" ("assigneeId") `);
    await queryRunner.query(`CREATE INDEX "IDX_7637331d4f21f7c4817a181381" ON "tasks" ("doneAt") `);
    await queryRunner.query(`CREATE INDEX "IDX_5c147107ef712580d6b98bb8ce" ON "tasks" ("meetingId") `);
    await queryRunner.query(`CREATE INDEX "IDX_14f4dd85334d2e2717daadc0ba" ON "tasks" ("enterpriseId") `);
    await queryRunner.query(`CREATE INDEX "IDX_aa5666cd4ab61dab59dc885279" ON "tasks" ("outcomeId") `);
    await queryRunner.query(`CREATE INDEX "IDX_73385a166046723d04284a32b7" ON "tasks" ("academicYear") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_73385a166046723d04284a32b7"`);
    await queryRunner.query(`DROP INDEX "IDX_aa5666cd4ab61dab59dc885279"`);
    await queryRunner.query(`DROP INDEX "IDX_14f4dd85334d2e2717daadc0ba"`);
    await queryRunner.query(`DROP INDEX "IDX_5c147107ef712580d6b98bb8ce"`);
    await queryRunner.query(`DROP INDEX "IDX_7637331d4f21f7c4817a181381"`);
    await queryRunner.query(`DROP INDEX "IDX_9a16d2c86252529f622fa53f1e"`);
    await queryRunner.query(`DROP INDEX "IDX_c300d154a85801889174e92a3d"`);
    await queryRunner.query(`ALTER TABLE "tasks" RENAME TO "temporary_tasks"`);
    await queryRunner.query(
      `CREATE TABLE "tasks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "title" varchar(300) NOT NULL, "dueDate" date, "assigneeId" integer, "doneAt" datetime, "meetingId" integer, "enterpriseId" integer, "outcomeId" integer, "academicYear" varchar(9) NOT NULL, "notes" text)`,
    );
    await queryRunner.query(
      `INSERT INTO "tasks"("id", "createdAt", "updatedAt", "deletedAt", "version", "title", "dueDate", "assigneeId", "doneAt", "meetingId", "enterpriseId", "outcomeId", "academicYear", "notes") SELECT "id", "createdAt", "updatedAt", "deletedAt", "version", "title", "dueDate", "assigneeId", "doneAt", "meetingId", "enterpriseId", "outcomeId", "academicYear", "notes" FROM "temporary_tasks"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_tasks"`);
    await queryRunner.query(`CREATE INDEX "IDX_73385a166046723d04284a32b7" ON "tasks" ("academicYear") `);
    await queryRunner.query(`CREATE INDEX "IDX_aa5666cd4ab61dab59dc885279" ON "tasks" ("outcomeId") `);
    await queryRunner.query(`CREATE INDEX "IDX_14f4dd85334d2e2717daadc0ba" ON "tasks" ("enterpriseId") `);
    await queryRunner.query(`CREATE INDEX "IDX_5c147107ef712580d6b98bb8ce" ON "tasks" ("meetingId") `);
    await queryRunner.query(`CREATE INDEX "IDX_7637331d4f21f7c4817a181381" ON "tasks" ("doneAt") `);
    await queryRunner.query(`CREATE INDEX "IDX_9a16d2c86252529f622fa53f1e" ON "tasks" ("assigneeId") `);
    await queryRunner.query(`CREATE INDEX "IDX_c300d154a85801889174e92a3d" ON "tasks" ("dueDate") `);
    await queryRunner.query(`DROP INDEX "UQ_memberships_live"`);
    await queryRunner.query(`DROP INDEX "IDX_831a0c04bb97c538c5377af46f"`);
    await queryRunner.query(`DROP INDEX "IDX_4487964eb5ea9392fd981b9596"`);
    await queryRunner.query(`ALTER TABLE "memberships" RENAME TO "temporary_memberships"`);
    await queryRunner.query(
      `CREATE TABLE "memberships" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "enterpriseId" integer NOT NULL, "chamberId" integer NOT NULL, "role" varchar(100), "since" date)`,
    );
    await queryRunner.query(
      `INSERT INTO "memberships"("id", "createdAt", "updatedAt", "deletedAt", "version", "enterpriseId", "chamberId", "role", "since") SELECT "id", "createdAt", "updatedAt", "deletedAt", "version", "enterpriseId", "chamberId", "role", "since" FROM "temporary_memberships"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_memberships"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_memberships_live" ON "memberships" ("enterpriseId", "chamberId") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_831a0c04bb97c538c5377af46f" ON "memberships" ("chamberId") `);
    await queryRunner.query(`CREATE INDEX "IDX_4487964eb5ea9392fd981b9596" ON "memberships" ("enterpriseId") `);
    await queryRunner.query(`DROP INDEX "UQ_intakes_live"`);
    await queryRunner.query(`DROP INDEX "IDX_82b9bf95277f5491f52f3eea93"`);
    await queryRunner.query(`DROP INDEX "IDX_eb1c43a164e3421aa7a910c317"`);
    await queryRunner.query(`DROP INDEX "IDX_ae0d8d7681e1417ed1b95dee76"`);
    await queryRunner.query(`ALTER TABLE "intakes" RENAME TO "temporary_intakes"`);
    await queryRunner.query(
      `CREATE TABLE "intakes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "outcomeId" integer NOT NULL, "academicYear" varchar(9) NOT NULL, "term" varchar(10) NOT NULL, "majorId" integer NOT NULL, "positions" integer NOT NULL DEFAULT (0), "placed" integer NOT NULL DEFAULT (0), "hired" integer NOT NULL DEFAULT (0), "notes" text)`,
    );
    await queryRunner.query(
      `INSERT INTO "intakes"("id", "createdAt", "updatedAt", "deletedAt", "version", "outcomeId", "academicYear", "term", "majorId", "positions", "placed", "hired", "notes") SELECT "id", "createdAt", "updatedAt", "deletedAt", "version", "outcomeId", "academicYear", "term", "majorId", "positions", "placed", "hired", "notes" FROM "temporary_intakes"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_intakes"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_intakes_live" ON "intakes" ("outcomeId", "academicYear", "term", "majorId") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_82b9bf95277f5491f52f3eea93" ON "intakes" ("majorId") `);
    await queryRunner.query(`CREATE INDEX "IDX_eb1c43a164e3421aa7a910c317" ON "intakes" ("academicYear") `);
    await queryRunner.query(`CREATE INDEX "IDX_ae0d8d7681e1417ed1b95dee76" ON "intakes" ("outcomeId") `);
    await queryRunner.query(`DROP INDEX "IDX_outcomes_board"`);
    await queryRunner.query(`DROP INDEX "IDX_ed3b0b1802f85a7758a9843a77"`);
    await queryRunner.query(`DROP INDEX "IDX_ff9ed1da8d9c9c15fb32faa703"`);
    await queryRunner.query(`DROP INDEX "IDX_4c400da204295ec90a181f0310"`);
    await queryRunner.query(`DROP INDEX "IDX_d03eb064d1df598b0a4796bc22"`);
    await queryRunner.query(`DROP INDEX "IDX_03aa9ffd4bf422822c871058ba"`);
    await queryRunner.query(`DROP INDEX "IDX_4a266bff51d51360508b13b2d3"`);
    await queryRunner.query(`DROP INDEX "IDX_0d4566d678909806ce6b67e4f6"`);
    await queryRunner.query(`DROP INDEX "IDX_e6ca834fa98fb94151daa969c4"`);
    await queryRunner.query(`DROP INDEX "IDX_8382339971bb51f878d8b2c613"`);
    await queryRunner.query(`DROP INDEX "IDX_ceb1f736d6f8dbcd991854cc98"`);
    await queryRunner.query(`DROP INDEX "IDX_0dc0f94254b3362b6aac1b1f97"`);
    await queryRunner.query(`ALTER TABLE "outcomes" RENAME TO "temporary_outcomes"`);
    await queryRunner.query(
      `CREATE TABLE "outcomes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "title" varchar(300) NOT NULL, "kind" varchar(30) NOT NULL, "stage" varchar(20) NOT NULL DEFAULT ('idea'), "position" integer NOT NULL DEFAULT (0), "enterpriseId" integer NOT NULL, "chamberId" integer, "unitId" integer, "ownerId" integer, "meetingId" integer, "signedDate" date, "startDate" date, "endDate" date, "renewal" varchar(20) NOT NULL DEFAULT ('none'), "value" real, "capacity" integer, "academicYear" varchar(9) NOT NULL, "notes" text)`,
    );
    await queryRunner.query(
      `INSERT INTO "outcomes"("id", "createdAt", "updatedAt", "deletedAt", "version", "title", "kind", "stage", "position", "enterpriseId", "chamberId", "unitId", "ownerId", "meetingId", "signedDate", "startDate", "endDate", "renewal", "value", "capacity", "academicYear", "notes") SELECT "id", "createdAt", "updatedAt", "deletedAt", "version", "title", "kind", "stage", "position", "enterpriseId", "chamberId", "unitId", "ownerId", "meetingId", "signedDate", "startDate", "endDate", "renewal", "value", "capacity", "academicYear", "notes" FROM "temporary_outcomes"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_outcomes"`);
    await queryRunner.query(`CREATE INDEX "IDX_outcomes_board" ON "outcomes" ("stage", "position") `);
    await queryRunner.query(`CREATE INDEX "IDX_ed3b0b1802f85a7758a9843a77" ON "outcomes" ("academicYear") `);
    await queryRunner.query(`CREATE INDEX "IDX_ff9ed1da8d9c9c15fb32faa703" ON "outcomes" ("endDate") `);
    await queryRunner.query(`CREATE INDEX "IDX_4c400da204295ec90a181f0310" ON "outcomes" ("startDate") `);
    await queryRunner.query(`CREATE INDEX "IDX_d03eb064d1df598b0a4796bc22" ON "outcomes" ("meetingId") `);
    await queryRunner.query(`CREATE INDEX "IDX_03aa9ffd4bf422822c871058ba" ON "outcomes" ("ownerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_4a266bff51d51360508b13b2d3" ON "outcomes" ("unitId") `);
    await queryRunner.query(`CREATE INDEX "IDX_0d4566d678909806ce6b67e4f6" ON "outcomes" ("chamberId") `);
    await queryRunner.query(`CREATE INDEX "IDX_e6ca834fa98fb94151daa969c4" ON "outcomes" ("enterpriseId") `);
    await queryRunner.query(`CREATE INDEX "IDX_8382339971bb51f878d8b2c613" ON "outcomes" ("stage") `);
    await queryRunner.query(`CREATE INDEX "IDX_ceb1f736d6f8dbcd991854cc98" ON "outcomes" ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_0dc0f94254b3362b6aac1b1f97" ON "outcomes" ("title") `);
    await queryRunner.query(`DROP INDEX "IDX_b90c746a7ea114449b729bdaac"`);
    await queryRunner.query(`ALTER TABLE "meeting_chambers" RENAME TO "temporary_meeting_chambers"`);
    await queryRunner.query(
      `CREATE TABLE "meeting_chambers" ("meetingId" integer NOT NULL, "chamberId" integer NOT NULL, PRIMARY KEY ("meetingId", "chamberId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "meeting_chambers"("meetingId", "chamberId") SELECT "meetingId", "chamberId" FROM "temporary_meeting_chambers"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_meeting_chambers"`);
    await queryRunner.query(`CREATE INDEX "IDX_b90c746a7ea114449b729bdaac" ON "meeting_chambers" ("chamberId") `);
    await queryRunner.query(`DROP INDEX "IDX_8657b05a4087002c477ad51940"`);
    await queryRunner.query(`ALTER TABLE "meeting_enterprises" RENAME TO "temporary_meeting_enterprises"`);
    await queryRunner.query(
      `CREATE TABLE "meeting_enterprises" ("meetingId" integer NOT NULL, "enterpriseId" integer NOT NULL, PRIMARY KEY ("meetingId", "enterpriseId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "meeting_enterprises"("meetingId", "enterpriseId") SELECT "meetingId", "enterpriseId" FROM "temporary_meeting_enterprises"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_meeting_enterprises"`);
    await queryRunner.query(`CREATE INDEX "IDX_8657b05a4087002c477ad51940" ON "meeting_enterprises" ("enterpriseId") `);
    await queryRunner.query(`DROP INDEX "IDX_3c2c4981febb341e32d6e05ec4"`);
    await queryRunner.query(`ALTER TABLE "meeting_contacts" RENAME TO "temporary_meeting_contacts"`);
    await queryRunner.query(
      `CREATE TABLE "meeting_contacts" ("meetingId" integer NOT NULL, "contactId" integer NOT NULL, PRIMARY KEY ("meetingId", "contactId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "meeting_contacts"("meetingId", "contactId") SELECT "meetingId", "contactId" FROM "temporary_meeting_contacts"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_meeting_contacts"`);
    await queryRunner.query(`CREATE INDEX "IDX_3c2c4981febb341e32d6e05ec4" ON "meeting_contacts" ("contactId") `);
    await queryRunner.query(`DROP INDEX "IDX_96152392e76b6b2702170c5dac"`);
    await queryRunner.query(`ALTER TABLE "meeting_staff" RENAME TO "temporary_meeting_staff"`);
    await queryRunner.query(
      `CREATE TABLE "meeting_staff" ("meetingId" integer NOT NULL, "staffId" integer NOT NULL, PRIMARY KEY ("meetingId", "staffId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "meeting_staff"("meetingId", "staffId") SELECT "meetingId", "staffId" FROM "temporary_meeting_staff"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_meeting_staff"`);
    await queryRunner.query(`CREATE INDEX "IDX_96152392e76b6b2702170c5dac" ON "meeting_staff" ("staffId") `);
    await queryRunner.query(`DROP INDEX "IDX_421e8f7fb6e6d9d73900132278"`);
    await queryRunner.query(`DROP INDEX "IDX_82f137001173317e4aa18f8479"`);
    await queryRunner.query(`DROP INDEX "IDX_466bdba9be3d1109b5e5882b73"`);
    await queryRunner.query(`DROP INDEX "IDX_2226ad7806733ef7b5744a661a"`);
    await queryRunner.query(`DROP INDEX "IDX_e5e1c5bf64ba8b32905aaa7490"`);
    await queryRunner.query(`ALTER TABLE "meetings" RENAME TO "temporary_meetings"`);
    await queryRunner.query(
      `CREATE TABLE "meetings" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "title" varchar(300) NOT NULL, "kind" varchar(20) NOT NULL, "startsAt" datetime NOT NULL, "endsAt" datetime, "academicYear" varchar(9) NOT NULL, "location" varchar(300), "chairId" integer, "topics" text NOT NULL DEFAULT ('[]'), "minutes" text)`,
    );
    await queryRunner.query(
      `INSERT INTO "meetings"("id", "createdAt", "updatedAt", "deletedAt", "version", "title", "kind", "startsAt", "endsAt", "academicYear", "location", "chairId", "topics", "minutes") SELECT "id", "createdAt", "updatedAt", "deletedAt", "version", "title", "kind", "startsAt", "endsAt", "academicYear", "location", "chairId", "topics", "minutes" FROM "temporary_meetings"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_meetings"`);
    await queryRunner.query(`CREATE INDEX "IDX_421e8f7fb6e6d9d73900132278" ON "meetings" ("chairId") `);
    await queryRunner.query(`CREATE INDEX "IDX_82f137001173317e4aa18f8479" ON "meetings" ("academicYear") `);
    await queryRunner.query(`CREATE INDEX "IDX_466bdba9be3d1109b5e5882b73" ON "meetings" ("startsAt") `);
    await queryRunner.query(`CREATE INDEX "IDX_2226ad7806733ef7b5744a661a" ON "meetings" ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_e5e1c5bf64ba8b32905aaa7490" ON "meetings" ("title") `);
    await queryRunner.query(`DROP INDEX "IDX_f7cdf191b0181af51833d218cf"`);
    await queryRunner.query(`DROP INDEX "IDX_c7d4c87791206a8be1f65cc957"`);
    await queryRunner.query(`DROP INDEX "IDX_8b287db61b00b45e58c854f19d"`);
    await queryRunner.query(`ALTER TABLE "majors" RENAME TO "temporary_majors"`);
    await queryRunner.query(
      `CREATE TABLE "majors" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(200) NOT NULL, "unitId" integer NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "majors"("id", "createdAt", "updatedAt", "deletedAt", "version", "code", "name", "unitId") SELECT "id", "createdAt", "updatedAt", "deletedAt", "version", "code", "name", "unitId" FROM "temporary_majors"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_majors"`);
    await queryRunner.query(`CREATE INDEX "IDX_f7cdf191b0181af51833d218cf" ON "majors" ("unitId") `);
    await queryRunner.query(`CREATE INDEX "IDX_c7d4c87791206a8be1f65cc957" ON "majors" ("name") `);
    await queryRunner.query(`CREATE INDEX "IDX_8b287db61b00b45e58c854f19d" ON "majors" ("code") `);
    await queryRunner.query(`DROP INDEX "IDX_9e80d43800522c1a8ccd79d0ce"`);
    await queryRunner.query(`DROP INDEX "IDX_9301682949baf7d68e6fc12143"`);
    await queryRunner.query(`DROP INDEX "IDX_82e70145f0669e778561f3877f"`);
    await queryRunner.query(`ALTER TABLE "contacts" RENAME TO "temporary_contacts"`);
    await queryRunner.query(
      `CREATE TABLE "contacts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "name" varchar(100) NOT NULL, "title" varchar(100), "enterpriseId" integer, "chamberId" integer, "phone" varchar(40), "email" varchar(200), "wechat" varchar(100), "permission" varchar(20) NOT NULL DEFAULT ('free'), "notes" text)`,
    );
    await queryRunner.query(
      `INSERT INTO "contacts"("id", "createdAt", "updatedAt", "deletedAt", "version", "name", "title", "enterpriseId", "chamberId", "phone", "email", "wechat", "permission", "notes") SELECT "id", "createdAt", "updatedAt", "deletedAt", "version", "name", "title", "enterpriseId", "chamberId", "phone", "email", "wechat", "permission", "notes" FROM "temporary_contacts"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_contacts"`);
    await queryRunner.query(`CREATE INDEX "IDX_9e80d43800522c1a8ccd79d0ce" ON "contacts" ("chamberId") `);
    await queryRunner.query(`CREATE INDEX "IDX_9301682949baf7d68e6fc12143" ON "contacts" ("enterpriseId") `);
    await queryRunner.query(`CREATE INDEX "IDX_82e70145f0669e778561f3877f" ON "contacts" ("name") `);
    await queryRunner.query(`DROP INDEX "UQ_enterprises_uscc_live"`);
    await queryRunner.query(`DROP INDEX "IDX_6493e11c204f5a1a9cfbef3939"`);
    await queryRunner.query(`DROP INDEX "IDX_3c69a0ce6df43edefb0000d962"`);
    await queryRunner.query(`DROP INDEX "IDX_4061262e28f7721619c517b80a"`);
    await queryRunner.query(`DROP INDEX "IDX_46981a3ff1c4a441f5d5435eaa"`);
    await queryRunner.query(`DROP INDEX "IDX_d0b6f7cbe3e4c14a8b84758a8d"`);
    await queryRunner.query(`DROP INDEX "IDX_8820cc9fd8a96da7f02ca7a3f7"`);
    await queryRunner.query(`DROP INDEX "IDX_f4c58d077b4dbb4a025bf94aee"`);
    await queryRunner.query(`ALTER TABLE "enterprises" RENAME TO "temporary_enterprises"`);
    await queryRunner.query(
      `CREATE TABLE "enterprises" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "name" varchar(200) NOT NULL, "uscc" varchar(18), "aliases" text NOT NULL DEFAULT ('[]'), "industry" varchar(100), "ownership" varchar(20), "size" varchar(20), "city" varchar(60), "address" varchar(300), "website" varchar(300), "tier" varchar(20) NOT NULL DEFAULT ('general'), "ownerId" integer, "notes" text, "relationshipStage" varchar(20) NOT NULL DEFAULT ('prospect'), "lastContactDate" date)`,
    );
    await queryRunner.query(
      `INSERT INTO "enterprises"("id", "createdAt", "updatedAt", "deletedAt", "version", "name", "uscc", "aliases", "industry", "ownership", "size", "city", "address", "website", "tier", "ownerId", "notes", "relationshipStage", "lastContactDate") SELECT "id", "createdAt", "updatedAt", "deletedAt", "version", "name", "uscc", "aliases", "industry", "ownership", "size", "city", "address", "website", "tier", "ownerId", "notes", "relationshipStage", "lastContactDate" FROM "temporary_enterprises"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_enterprises"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_enterprises_uscc_live" ON "enterprises" ("uscc") WHERE "uscc" IS NOT NULL AND "deletedAt" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6493e11c204f5a1a9cfbef3939" ON "enterprises" ("lastContactDate") `);
    await queryRunner.query(`CREATE INDEX "IDX_3c69a0ce6df43edefb0000d962" ON "enterprises" ("relationshipStage") `);
    await queryRunner.query(`CREATE INDEX "IDX_4061262e28f7721619c517b80a" ON "enterprises" ("ownerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_46981a3ff1c4a441f5d5435eaa" ON "enterprises" ("tier") `);
    await queryRunner.query(`CREATE INDEX "IDX_d0b6f7cbe3e4c14a8b84758a8d" ON "enterprises" ("city") `);
    await queryRunner.query(`CREATE INDEX "IDX_8820cc9fd8a96da7f02ca7a3f7" ON "enterprises" ("industry") `);
    await queryRunner.query(`CREATE INDEX "IDX_f4c58d077b4dbb4a025bf94aee" ON "enterprises" ("name") `);
    await queryRunner.query(`DROP INDEX "IDX_8abd35049ad2706c5fe3fa5fd5"`);
    await queryRunner.query(`DROP INDEX "IDX_e89609f9cd687afdefc1b989b4"`);
    await queryRunner.query(`ALTER TABLE "chambers" RENAME TO "temporary_chambers"`);
    await queryRunner.query(
      `CREATE TABLE "chambers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "name" varchar(200) NOT NULL, "kind" varchar(20) NOT NULL DEFAULT ('chamber'), "city" varchar(60), "address" varchar(300), "website" varchar(300), "ownerId" integer, "notes" text)`,
    );
    await queryRunner.query(
      `INSERT INTO "chambers"("id", "createdAt", "updatedAt", "deletedAt", "version", "name", "kind", "city", "address", "website", "ownerId", "notes") SELECT "id", "createdAt", "updatedAt", "deletedAt", "version", "name", "kind", "city", "address", "website", "ownerId", "notes" FROM "temporary_chambers"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_chambers"`);
    await queryRunner.query(`CREATE INDEX "IDX_8abd35049ad2706c5fe3fa5fd5" ON "chambers" ("ownerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_e89609f9cd687afdefc1b989b4" ON "chambers" ("name") `);
    await queryRunner.query(`DROP INDEX "UQ_staff_username_live"`);
    await queryRunner.query(`DROP INDEX "IDX_7381361d5a8d5127bd5ce98f8a"`);
    await queryRunner.query(`DROP INDEX "IDX_ac1e6b1644e89c72ed1e16d2da"`);
    await queryRunner.query(`ALTER TABLE "staff" RENAME TO "temporary_staff"`);
    await queryRunner.query(
      `CREATE TABLE "staff" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, "name" varchar(100) NOT NULL, "title" varchar(100), "unitId" integer, "email" varchar(200), "phone" varchar(40), "username" varchar(60), "passwordHash" varchar(200), "role" varchar(20), "active" boolean NOT NULL DEFAULT (1))`,
    );
    await queryRunner.query(
      `INSERT INTO "staff"("id", "createdAt", "updatedAt", "deletedAt", "version", "name", "title", "unitId", "email", "phone", "username", "passwordHash", "role", "active") SELECT "id", "createdAt", "updatedAt", "deletedAt", "version", "name", "title", "unitId", "email", "phone", "username", "passwordHash", "role", "active" FROM "temporary_staff"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_staff"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_staff_username_live" ON "staff" ("username") WHERE "username" IS NOT NULL AND "deletedAt" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7381361d5a8d5127bd5ce98f8a" ON "staff" ("unitId") `);
    await queryRunner.query(`CREATE INDEX "IDX_ac1e6b1644e89c72ed1e16d2da" ON "staff" ("name") `);
    await queryRunner.query(`DROP INDEX "IDX_73385a166046723d04284a32b7"`);
    await queryRunner.query(`DROP INDEX "IDX_aa5666cd4ab61dab59dc885279"`);
    await queryRunner.query(`DROP INDEX "IDX_14f4dd85334d2e2717daadc0ba"`);
    await queryRunner.query(`DROP INDEX "IDX_5c147107ef712580d6b98bb8ce"`);
    await queryRunner.query(`DROP INDEX "IDX_7637331d4f21f7c4817a181381"`);
    await queryRunner.query(`DROP INDEX "IDX_9a16d2c86252529f622fa53f1e"`);
    await queryRunner.query(`DROP INDEX "IDX_c300d154a85801889174e92a3d"`);
    await queryRunner.query(`DROP TABLE "tasks"`);
    await queryRunner.query(`DROP INDEX "UQ_memberships_live"`);
    await queryRunner.query(`DROP INDEX "IDX_831a0c04bb97c538c5377af46f"`);
    await queryRunner.query(`DROP INDEX "IDX_4487964eb5ea9392fd981b9596"`);
    await queryRunner.query(`DROP TABLE "memberships"`);
    await queryRunner.query(`DROP INDEX "UQ_intakes_live"`);
    await queryRunner.query(`DROP INDEX "IDX_82b9bf95277f5491f52f3eea93"`);
    await queryRunner.query(`DROP INDEX "IDX_eb1c43a164e3421aa7a910c317"`);
    await queryRunner.query(`DROP INDEX "IDX_ae0d8d7681e1417ed1b95dee76"`);
    await queryRunner.query(`DROP TABLE "intakes"`);
    await queryRunner.query(`DROP INDEX "IDX_outcomes_board"`);
    await queryRunner.query(`DROP INDEX "IDX_ed3b0b1802f85a7758a9843a77"`);
    await queryRunner.query(`DROP INDEX "IDX_ff9ed1da8d9c9c15fb32faa703"`);
    await queryRunner.query(`DROP INDEX "IDX_4c400da204295ec90a181f0310"`);
    await queryRunner.query(`DROP INDEX "IDX_d03eb064d1df598b0a4796bc22"`);
    await queryRunner.query(`DROP INDEX "IDX_03aa9ffd4bf422822c871058ba"`);
    await queryRunner.query(`DROP INDEX "IDX_4a266bff51d51360508b13b2d3"`);
    await queryRunner.query(`DROP INDEX "IDX_0d4566d678909806ce6b67e4f6"`);
    await queryRunner.query(`DROP INDEX "IDX_e6ca834fa98fb94151daa969c4"`);
    await queryRunner.query(`DROP INDEX "IDX_8382339971bb51f878d8b2c613"`);
    await queryRunner.query(`DROP INDEX "IDX_ceb1f736d6f8dbcd991854cc98"`);
    await queryRunner.query(`DROP INDEX "IDX_0dc0f94254b3362b6aac1b1f97"`);
    await queryRunner.query(`DROP TABLE "outcomes"`);
    await queryRunner.query(`DROP INDEX "IDX_b90c746a7ea114449b729bdaac"`);
    await queryRunner.query(`DROP TABLE "meeting_chambers"`);
    await queryRunner.query(`DROP INDEX "IDX_8657b05a4087002c477ad51940"`);
    await queryRunner.query(`DROP TABLE "meeting_enterprises"`);
    await queryRunner.query(`DROP INDEX "IDX_3c2c4981febb341e32d6e05ec4"`);
    await queryRunner.query(`DROP TABLE "meeting_contacts"`);
    await queryRunner.query(`DROP INDEX "IDX_96152392e76b6b2702170c5dac"`);
    await queryRunner.query(`DROP TABLE "meeting_staff"`);
    await queryRunner.query(`DROP INDEX "IDX_421e8f7fb6e6d9d73900132278"`);
    await queryRunner.query(`DROP INDEX "IDX_82f137001173317e4aa18f8479"`);
    await queryRunner.query(`DROP INDEX "IDX_466bdba9be3d1109b5e5882b73"`);
    await queryRunner.query(`DROP INDEX "IDX_2226ad7806733ef7b5744a661a"`);
    await queryRunner.query(`DROP INDEX "IDX_e5e1c5bf64ba8b32905aaa7490"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
    await queryRunner.query(`DROP INDEX "IDX_f7cdf191b0181af51833d218cf"`);
    await queryRunner.query(`DROP INDEX "IDX_c7d4c87791206a8be1f65cc957"`);
    await queryRunner.query(`DROP INDEX "IDX_8b287db61b00b45e58c854f19d"`);
    await queryRunner.query(`DROP TABLE "majors"`);
    await queryRunner.query(`DROP INDEX "IDX_9e80d43800522c1a8ccd79d0ce"`);
    await queryRunner.query(`DROP INDEX "IDX_9301682949baf7d68e6fc12143"`);
    await queryRunner.query(`DROP INDEX "IDX_82e70145f0669e778561f3877f"`);
    await queryRunner.query(`DROP TABLE "contacts"`);
    await queryRunner.query(`DROP INDEX "UQ_enterprises_uscc_live"`);
    await queryRunner.query(`DROP INDEX "IDX_6493e11c204f5a1a9cfbef3939"`);
    await queryRunner.query(`DROP INDEX "IDX_3c69a0ce6df43edefb0000d962"`);
    await queryRunner.query(`DROP INDEX "IDX_4061262e28f7721619c517b80a"`);
    await queryRunner.query(`DROP INDEX "IDX_46981a3ff1c4a441f5d5435eaa"`);
    await queryRunner.query(`DROP INDEX "IDX_d0b6f7cbe3e4c14a8b84758a8d"`);
    await queryRunner.query(`DROP INDEX "IDX_8820cc9fd8a96da7f02ca7a3f7"`);
    await queryRunner.query(`DROP INDEX "IDX_f4c58d077b4dbb4a025bf94aee"`);
    await queryRunner.query(`DROP TABLE "enterprises"`);
    await queryRunner.query(`DROP INDEX "IDX_8abd35049ad2706c5fe3fa5fd5"`);
    await queryRunner.query(`DROP INDEX "IDX_e89609f9cd687afdefc1b989b4"`);
    await queryRunner.query(`DROP TABLE "chambers"`);
    await queryRunner.query(`DROP INDEX "UQ_staff_username_live"`);
    await queryRunner.query(`DROP INDEX "IDX_7381361d5a8d5127bd5ce98f8a"`);
    await queryRunner.query(`DROP INDEX "IDX_ac1e6b1644e89c72ed1e16d2da"`);
    await queryRunner.query(`DROP TABLE "staff"`);
    await queryRunner.query(`DROP INDEX "IDX_cd34e4bfea359fa09d997a0b87"`);
    await queryRunner.query(`DROP TABLE "units"`);
    await queryRunner.query(`DROP INDEX "IDX_audit_record"`);
    await queryRunner.query(`DROP INDEX "IDX_68d908019304f757740bc47a0a"`);
    await queryRunner.query(`DROP INDEX "IDX_9e76ea4cc84a0e407c5a3aeb05"`);
    await queryRunner.query(`DROP INDEX "IDX_3648e11676f1929b9875ee272b"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
  }
}
