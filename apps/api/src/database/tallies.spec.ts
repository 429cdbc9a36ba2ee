import { OUTCOME_KINDS, OUTCOME_STAGES } from '@crm/domain';
import { openTestDatabase, TestDatabase } from '../../../../test/fixtures/database';
import { Clock } from '../common/clock';
import { ChambersService } from '../chambers/chambers.service';
import { EnterpriseStanding } from '../standing/enterprise-standing.service';
import { EnterprisesService } from '../enterprises/enterprises.service';
import { MeetingsService } from '../meetings/meetings.service';
import { OutcomesService } from '../outcomes/outcomes.service';
import { IntakesService } from '../intakes/intakes.service';
import { MajorsService } from '../majors/majors.service';
import { MembershipsService } from '../memberships/memberships.service';
import { TasksService } from '../tasks/tasks.service';
import { UnitsService } from '../units/units.service';
import { aggregateSql, FIGURES, tallyTriggers } from './tallies';
import { TriggerRepair } from './trigger-repair.provider';

/** A deterministic sequence of choices (the same every run, so a failure can be replayed). */
function choices(seed: number) {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return {
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}

/** A clock stopped before every date below, so that no agreement written here has already ended (it would be stored lapsed). */
function clockAt(instant: string): Clock {
  const clock = new Clock();
  jest.spyOn(clock, 'now').mockReturnValue(new Date(instant));
  return clock;
}

describe('report tallies', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  /** Each figure as its tallies hold it, and as counting its table gives it. */
  async function heldAndCounted() {
    const found = [];
    for (const figure of FIGURES) {
      const held = await db.dataSource.query(
        `SELECT "key", "count", "sum0", "sum1", "sum2" FROM "tallies" WHERE "name" = ? AND "count" > 0 ORDER BY "key"`,
        [figure.name],
      );
      const counted = await db.dataSource.query(`SELECT * FROM (${aggregateSql(figure, 'sqlite')}) ORDER BY "key"`);
      found.push({ figure: figure.name, held, counted });
    }
    return found;
  }

  it('hold what counting the tables gives, through creates, edits, soft deletes, restores and deletes', async () => {
    new EnterpriseStanding(db.dependencies.changes);
    const chambers = new ChambersService(db.dependencies);
    const enterprises = new EnterprisesService(db.dependencies);
    const meetings = new MeetingsService(db.dependencies);
    const outcomes = new OutcomesService({ ...db.dependencies, clock: clockAt('2024-09-01T00:00:00Z') });
    const tasks = new TasksService(db.dependencies);
    const intakes = new IntakesService(db.dependencies);
    const memberships = new MembershipsService(db.dependencies);
    const { pick, chance } = choices(12);
    const unit = await new UnitsService(db.dependencies).create(
      { name: 'School of Engineering', kind: 'college', code: 'E' },
      null,
    );
    const majorsService = new MajorsService(db.dependencies);
    const majorIds = [
      (await majorsService.create({ name: 'Mechatronics', code: '460301', unitId: unit.id }, null)).id,
      (await majorsService.create({ name: 'Logistics', code: '530802', unitId: unit.id }, null)).id,
    ];
    const chamberIds = [
      (await chambers.create({ name: 'Zhejiang Chamber', kind: 'chamber' }, null)).id,
      (await chambers.create({ name: 'Fujian Chamber', kind: 'chamber' }, null)).id,
    ];
    const enterpriseIds: number[] = [];
    for (let i = 0; i < 6; i++) enterpriseIds.push((await enterprises.create({ name: `Enterprise ${i}` }, null)).id);
    const days = ['2024-09-30', '2024-10-01', '2025-01-15', '2025-03-10', '2025-06-30'];
    const made = {
      outcomes: [] as number[],
      meetings: [] as number[],
      tasks: [] as number[],
      intakes: [] as number[],
      memberships: [] as number[],
    };
    for (const enterpriseId of enterpriseIds.slice(0, 4))
      made.memberships.push((await memberships.create({ enterpriseId, chamberId: pick(chamberIds) }, null)).id);
    for (let step = 0; step < 60; step++) {
      const what = pick([
        'outcome',
        'outcome',
        'meeting',
        'task',
        'intake',
        'membership',
        'edit',
        'remove',
        'restore',
      ] as const);
      if (what === 'outcome') {
        // born in a meeting (of a chamber or not) or not, brought by a chamber or not
        const meetingId = made.meetings.length && chance(0.5) ? pick(made.meetings) : null;
        const body = {
          title: `Outcome ${step}`,
          kind: pick(OUTCOME_KINDS),
          stage: pick(OUTCOME_STAGES),
          enterpriseId: pick(enterpriseIds),
          chamberId: chance(0.5) ? pick(chamberIds) : null,
          meetingId,
        };
        const outcome = {
          ...body,
          capacity: chance(0.7) ? step : null,
          endDate: chance(0.7) ? pick(days) : null,
          signedDate: chance(0.5) ? pick(days) : null,
        };
        // a meeting in the bin cannot be named: then the outcome is born outside any meeting
        const created = await outcomes
          .create(outcome, null)
          .catch(() => outcomes.create({ ...outcome, meetingId: null }, null));
        made.outcomes.push(created.id);
      } else if (what === 'meeting') {
        // 16:30 UTC is the next day in Beijing: months change at the edge
        made.meetings.push(
          (
            await meetings.create(
              {
                title: `Meeting ${step}`,
                kind: 'phone',
                startsAt: `${pick(days)}T16:30:00Z`,
                enterpriseIds: [pick(enterpriseIds)],
                chamberIds: chance(0.6) ? [pick(chamberIds)] : [],
              },
              null,
            )
          ).id,
        );
      } else if (what === 'membership') {
        const created = await memberships
          .create({ enterpriseId: pick(enterpriseIds), chamberId: pick(chamberIds) }, null)
          .catch(() => null);
        if (created) made.memberships.push(created.id);
      } else if (what === 'task') {
        made.tasks.push(
          (
            await tasks.create(
              {
                title: `Task ${step}`,
                enterpriseId: pick(enterpriseIds),
                dueDate: chance(0.8) ? pick(days) : null,
                doneAt: chance(0.3) ? '2025-01-01T00:00:00Z' : null,
              },
              null,
            )
          ).id,
        );
      } else if (what === 'intake') {
        const base = await outcomes.create(
          { title: `Base ${step}`, kind: 'internship_base', stage: 'active', enterpriseId: pick(enterpriseIds) },
          null,
        );
        const intake = {
          outcomeId: base.id,
          academicYear: pick(['2023-2024', '2024-2025']),
          term: pick(['autumn', 'spring']),
          majorId: pick(majorIds),
          positions: step,
          placed: step,
          hired: step % 3,
        };
        made.intakes.push((await intakes.create(intake, null)).id);
      } else if (what === 'edit' && made.outcomes.length) {
        const id = pick(made.outcomes);
        const outcome = await outcomes.findOne(id).catch(() => null);
        const outcomeEdit = {
          version: outcome?.version,
          stage: pick(OUTCOME_STAGES),
          chamberId: chance(0.5) ? pick(chamberIds) : null,
          capacity: step,
          endDate: pick(days),
          signedDate: chance(0.5) ? pick(days) : null,
        };
        if (outcome) await outcomes.update(id, outcomeEdit, null);
        const taskId = made.tasks.length ? pick(made.tasks) : null;
        const task = taskId ? await tasks.findOne(taskId).catch(() => null) : null;
        const taskEdit = {
          version: task?.version,
          doneAt: task?.doneAt ? null : '2025-02-01T00:00:00Z',
          dueDate: pick(days),
        };
        if (task) await tasks.update(task.id, taskEdit, null);
        const meetingId = made.meetings.length ? pick(made.meetings) : null;
        const meeting = meetingId ? await meetings.findOne(meetingId).catch(() => null) : null;
        const meetingEdit = {
          version: meeting?.version,
          startsAt: `${pick(days)}T15:59:00Z`,
          chamberIds: chance(0.5) ? chamberIds.slice(0, 1 + Number(chance(0.5))) : [],
        };
        if (meeting) await meetings.update(meeting.id, meetingEdit, null);
        const intake = made.intakes.length ? await intakes.findOne(pick(made.intakes)).catch(() => null) : null;
        const intakeEdit = { version: intake?.version, placed: step, term: pick(['autumn', 'spring', 'summer']) };
        // another intake of the same base, year, term and major refuses it (409): then nothing changes
        if (intake) await intakes.update(intake.id, intakeEdit, null).catch(() => undefined);
      } else if (what === 'remove' || what === 'restore') {
        const [service, ids] = pick([
          [outcomes, made.outcomes],
          [meetings, made.meetings],
          [tasks, made.tasks],
          [intakes, made.intakes],
          [memberships, made.memberships],
        ] as const);
        if (!ids.length) continue;
        const id = pick(ids);
        await (what === 'remove' ? service.remove(id, null) : service.restore(id, null)).catch(() => undefined);
      }
    }
    // at least one outcome born in a chamber's meeting, which that chamber did not bring
    const chamberMeeting = await meetings.create(
      {
        title: 'Chamber visit',
        kind: 'visit_made',
        startsAt: '2025-03-10T02:00:00Z',
        enterpriseIds: [enterpriseIds[2]],
        chamberIds,
      },
      null,
    );
    await outcomes.create(
      {
        title: 'Born in the visit',
        kind: 'internship_base',
        stage: 'active',
        enterpriseId: enterpriseIds[2],
        chamberId: chamberIds[0],
        meetingId: chamberMeeting.id,
      },
      null,
    );
    // a delete no service makes (a merge, a purge), and an edit behind the services' back
    await db.dataSource.query(`DELETE FROM "outcomes" WHERE "id" = ?`, [made.outcomes[0]]);
    await db.dataSource.query(`UPDATE "enterprises" SET "deletedAt" = CURRENT_TIMESTAMP WHERE "id" = ?`, [
      enterpriseIds[0],
    ]);
    await db.dataSource.query(`UPDATE "enterprises" SET "relationshipStage" = 'partner' WHERE "id" = ?`, [
      enterpriseIds[1],
    ]);
    await db.dataSource.query(
      `DELETE FROM "meeting_chambers" WHERE "meetingId" IN (SELECT "meetingId" FROM "outcomes" WHERE "meetingId" IS NOT NULL LIMIT 1)`,
    );

    const figures = await heldAndCounted();
    expect(figures.filter(({ counted }) => counted.length === 0).map(({ figure }) => figure)).toEqual([]);
    for (const { figure, held, counted } of figures) expect({ figure, rows: held }).toEqual({ figure, rows: counted });
  });

  it('are put back at start when a trigger is missing, and a figure declared differently before stops counting', async () => {
    const [insert] = tallyTriggers(FIGURES[0]);
    await db.dataSource.query(`DROP TRIGGER "${insert}"`);
    await db.dataSource.query(
      `INSERT INTO "enterprises" ("name", "nameSortKey", "relationshipStage", "version") VALUES ('Missed by the tallies', 'missed', 'prospect', 1)`,
    );
    // a figure's triggers from an older declaration of it
    await db.dataSource.query(
      `CREATE TRIGGER "tally_enterprises_by_stage_00000000_insert" AFTER INSERT ON "enterprises" BEGIN UPDATE "tallies" SET "count" = "count" + 1; END`,
    );
    await new TriggerRepair(db.dataSource).onModuleInit();
    const names: { name: string }[] = await db.dataSource.query(
      `SELECT "name" FROM sqlite_master WHERE "type" = 'trigger' AND "name" LIKE 'tally_%'`,
    );
    expect(names.map((row) => row.name)).toContain(insert);
    expect(names.map((row) => row.name)).not.toContain('tally_enterprises_by_stage_00000000_insert');
    await db.dataSource.query(
      `INSERT INTO "enterprises" ("name", "nameSortKey", "relationshipStage", "version") VALUES ('Counted once', 'counted', 'prospect', 1)`,
    );
    for (const { figure, held, counted } of await heldAndCounted())
      expect({ figure, rows: held }).toEqual({ figure, rows: counted });
  });
});
