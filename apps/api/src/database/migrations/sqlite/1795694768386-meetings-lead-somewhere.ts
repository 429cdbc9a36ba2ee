import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meetings that lead somewhere: the meeting a follow-up follows, and what a visit made to an
 * enterprise brings back (positions, interns and graduates it will take, the majors it needs).
 * Columns are added in place: rebuilding "meetings" would drop its search and counter triggers.
 */
export class MeetingsLeadSomewhere1795694768386 implements MigrationInterface {
  name = 'MeetingsLeadSomewhere1795694768386';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['followsMeetingId', 'positionsOffered', 'internsWanted', 'graduatesWanted']) {
      await queryRunner.query(`ALTER TABLE "meetings" ADD COLUMN "${column}" integer`);
    }
    await queryRunner.query(`CREATE INDEX "IDX_13e84c36e720bc5f6e7ce08098" ON "meetings" ("followsMeetingId") `);
    await queryRunner.query(
      `CREATE TABLE "meeting_majors" ("meetingId" integer NOT NULL, "majorId" integer NOT NULL, CONSTRAINT "FK_0d40f4c8603e0b3518826556f9d" FOREIGN KEY ("meetingId") REFERENCES "meetings" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_acc64fe9be953d40cadde8c998a" FOREIGN KEY ("majorId") REFERENCES "majors" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY ("meetingId", "majorId"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_acc64fe9be953d40cadde8c998" ON "meeting_majors" ("majorId") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_acc64fe9be953d40cadde8c998"`);
    await queryRunner.query(`DROP TABLE "meeting_majors"`);
    await queryRunner.query(`DROP INDEX "IDX_13e84c36e720bc5f6e7ce08098"`);
    for (const column of ['graduatesWanted', 'internsWanted', 'positionsOffered', 'followsMeetingId']) {
      await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "${column}"`);
    }
  }
}
