import type { ModuleRef } from '@nestjs/core';
import { openTestDatabase, TestDatabase } from '../../../../test/fixtures/database';
import { ChambersService } from '../chambers/chambers.service';
import { Clock } from '../common/clock';
import { EnterpriseStanding } from '../standing/enterprise-standing.service';
import { EnterprisesService } from '../enterprises/enterprises.service';
import { MeetingsService } from '../meetings/meetings.service';
import { OutcomesService } from '../outcomes/outcomes.service';
import { TasksService } from '../tasks/tasks.service';
import { monthsOf, ReportsService } from './reports.service';

const NO_LISTS = {} as ModuleRef;

describe('monthsOf', () => {
  it('lists September to August across the two calendar years', () => {
    expect(monthsOf('2024-2025')).toEqual([
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
    ]);
  });
});

describe('ReportsService.home', () => {
  let db: TestDatabase;
  let reports: ReportsService;
  let config: { expiryDays: number };
  let services: {
    chambers: ChambersService;
    enterprises: EnterprisesService;
    meetings: MeetingsService;
    outcomes: OutcomesService;
    tasks: TasksService;
  };
  const now = new Date('2025-03-10T04:00:00Z');

  beforeAll(async () => {
    // 12:00 in Beijing on 10 March 2025, for every rule that asks the day
    const clock = new Clock();
    jest.spyOn(clock, 'now').mockReturnValue(now);
    db = await openTestDatabase({ clock });
    // the enterprises' standing follows the meetings and outcomes written below
    new EnterpriseStanding(db.dependencies.changes);
    config = { expiryDays: 90 };
    services = {
      chambers: new ChambersService(db.dependencies),
      enterprises: new EnterprisesService(db.dependencies),
      meetings: new MeetingsService(db.dependencies),
      outcomes: new OutcomesService(db.dependencies),
      tasks: new TasksService(db.dependencies),
    };
    // the school-wide figures read tallies only: no resource list (a college's figures are tested in test/api/college-view)
    reports = new ReportsService(db.dataSource, clock, config, NO_LISTS, []);
  });
  afterAll(() => db.close());

  it('calls an empty database empty, with zeros and twelve empty months', async () => {
    const report = await reports.home();
    expect(report).toMatchObject({
      isEmpty: true,
      academicYear: '2024-2025',
      today: '2025-03-10',
      activePartners: 0,
      meetingsThisYear: 0,
      overdueTasks: 0,
    });
    expect(report.meetingsPerMonth).toHaveLength(12);
    expect(report.topChambers).toEqual([]);
  });

  it('counts partners, this year’s meetings, live bases with capacity, expiring agreements, overdue tasks and top chambers, leaving deleted records out', async () => {
    const { chambers, enterprises, meetings, outcomes, tasks } = services;
    const chamber = await chambers.create({ name: 'Shenzhen Chamber', kind: 'chamber' }, null);
    const quiet = await chambers.create({ name: 'Quiet Association', kind: 'association' }, null);
    const [a, b] = [
      await enterprises.create({ name: 'A Ltd' }, null),
      await enterprises.create({ name: 'B Ltd' }, null),
    ];
    await meetings.create(
      {
        title: 'Symposium',
        kind: 'symposium',
        startsAt: '2025-03-01T02:00:00Z',
        enterpriseIds: [a.id, b.id],
        chamberIds: [chamber.id],
      },
      null,
    );
    await meetings.create(
      { title: 'Last year', kind: 'visit_made', startsAt: '2024-05-01T02:00:00Z', enterpriseIds: [a.id] },
      null,
    );
    // 31 October 20:00 UTC is 1 November 04:00 in Beijing
    await meetings.create(
      { title: 'Late call', kind: 'phone', startsAt: '2024-10-31T20:00:00Z', enterpriseIds: [b.id] },
      null,
    );
    const cancelled = await meetings.create(
      { title: 'Cancelled', kind: 'online', startsAt: '2024-10-15T02:00:00Z' },
      null,
    );
    await meetings.remove(cancelled.id, null);
    await outcomes.create(
      {
        title: 'Base A',
        kind: 'internship_base',
        stage: 'active',
        enterpriseId: a.id,
        chamberId: chamber.id,
        capacity: 40,
        endDate: '2025-05-01',
      },
      null,
    );
    await outcomes.create(
      {
        title: 'Base B',
        kind: 'internship_base',
        stage: 'signed',
        enterpriseId: b.id,
        chamberId: chamber.id,
        capacity: 25,
        endDate: '2027-01-01',
      },
      null,
    );
    await outcomes.create(
      { title: 'Lab idea', kind: 'joint_lab', stage: 'idea', enterpriseId: b.id, chamberId: quiet.id },
      null,
    );
    const gone = await outcomes.create(
      { title: 'Deleted base', kind: 'internship_base', stage: 'active', enterpriseId: a.id, capacity: 1000 },
      null,
    );
    await outcomes.remove(gone.id, null);
    await tasks.create({ title: 'Send the draft', enterpriseId: a.id, dueDate: '2025-03-01' }, null);
    await tasks.create(
      { title: 'Done already', enterpriseId: a.id, dueDate: '2025-03-01', doneAt: '2025-03-02T00:00:00Z' },
      null,
    );
    await tasks.create({ title: 'Later', enterpriseId: a.id, dueDate: '2025-04-01' }, null);

    const report = await reports.home();
    expect(report).toMatchObject({
      isEmpty: false,
      activePartners: 2,
      meetingsThisYear: 2,
      activeInternshipBases: 2,
      internshipCapacity: 65,
      expiringAgreements: 1,
      overdueTasks: 1,
    });
    const perMonth = Object.fromEntries(report.meetingsPerMonth.map((month) => [month.month, month.meetings]));
    expect(perMonth).toMatchObject({ '2024-10': 0, '2024-11': 1, '2025-03': 1 });
    expect(report.outcomesByKindAndStage).toEqual(
      expect.arrayContaining([
        { kind: 'internship_base', stage: 'active', count: 1 },
        { kind: 'internship_base', stage: 'signed', count: 1 },
        { kind: 'joint_lab', stage: 'idea', count: 1 },
      ]),
    );
    expect(report.outcomesByKindAndStage).toHaveLength(3);
    expect(report.topChambers).toEqual([
      { chamberId: chamber.id, name: 'Shenzhen Chamber', outcomes: 2, liveOutcomes: 2 },
      { chamberId: quiet.id, name: 'Quiet Association', outcomes: 1, liveOutcomes: 0 },
    ]);
  });

  it('flags agreements ending within CRM_EXPIRY_DAYS, and an agreement typed as running past its end counts as lapsed', async () => {
    const { enterprises, outcomes } = services;
    const c = await enterprises.create({ name: 'C Ltd' }, null);
    const ended = await outcomes.create(
      {
        title: 'Base C',
        kind: 'internship_base',
        stage: 'active',
        enterpriseId: c.id,
        capacity: 30,
        endDate: '2025-03-09',
      },
      null,
    );
    expect(ended.stage).toBe('lapsed');
    expect(await reports.home()).toMatchObject({
      activeInternshipBases: 2,
      internshipCapacity: 65,
      expiringAgreements: 1,
      expiryDays: 90,
    });
    config.expiryDays = 30;
    try {
      // Base A ends on 1 May, 52 days away
      expect(await reports.home()).toMatchObject({ expiringAgreements: 0, expiryDays: 30 });
    } finally {
      config.expiryDays = 90;
    }
  });
});

describe('ReportsService.home at the turn of the day and of the academic year (the clock given, never read)', () => {
  let db: TestDatabase;
  let reports: ReportsService;
  let enterprise: { id: number };

  beforeAll(async () => {
    db = await openTestDatabase();
    new EnterpriseStanding(db.dependencies.changes);
    reports = new ReportsService(db.dataSource, new Clock(), { expiryDays: 90 }, NO_LISTS, []);
    enterprise = await new EnterprisesService(db.dependencies).create({ name: 'Turn of the year Ltd' }, null);
    // 31 August 14:00 in Beijing: the last afternoon of academic year 2024-2025
    await new MeetingsService(db.dependencies).create(
      {
        title: 'Last visit of the year',
        kind: 'visit_made',
        startsAt: '2025-08-31T06:00:00Z',
        enterpriseIds: [enterprise.id],
      },
      null,
    );
    await new TasksService(db.dependencies).create(
      { title: 'Due on the 31st', enterpriseId: enterprise.id, dueDate: '2025-08-31' },
      null,
    );
  });
  afterAll(() => db.close());

  it('on 31 August at 23:59 in Beijing, the meeting is this year’s and the task due today is not yet overdue', async () => {
    const report = await reports.home(new Date('2025-08-31T15:59:00Z'));
    expect(report).toMatchObject({
      today: '2025-08-31',
      academicYear: '2024-2025',
      meetingsThisYear: 1,
      overdueTasks: 0,
    });
  });

  it('on 1 September at 00:00 in Beijing (16:00 UTC the day before), a new academic year starts: the meeting is last year’s and the task is overdue', async () => {
    const report = await reports.home(new Date('2025-08-31T16:00:00Z'));
    expect(report).toMatchObject({
      today: '2025-09-01',
      academicYear: '2025-2026',
      meetingsThisYear: 0,
      overdueTasks: 1,
    });
  });
});

describe('ReportsService.home top chambers', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('names the eight chambers with the most outcomes out of many, by name on a tie', async () => {
    const chambers = new ChambersService(db.dependencies);
    const enterprises = new EnterprisesService(db.dependencies);
    const outcomes = new OutcomesService(db.dependencies);
    const enterprise = await enterprises.create({ name: 'Partner Ltd' }, null);
    // chamber i brings i outcomes (1…10); chambers 03 and 03b tie for the last place
    for (const [name, count] of [
      ...Array.from(
        { length: 10 },
        (_, index) => [`Chamber ${String(index + 1).padStart(2, '0')}`, index + 1] as const,
      ),
      ['Chamber 03b', 3] as const,
    ]) {
      const chamber = await chambers.create({ name, kind: 'chamber' }, null);
      for (let index = 0; index < count; index++)
        await outcomes.create(
          {
            title: `${name} ${index}`,
            kind: 'joint_lab',
            stage: 'idea',
            enterpriseId: enterprise.id,
            chamberId: chamber.id,
          },
          null,
        );
    }
    const reports = new ReportsService(db.dataSource, new Clock(), { expiryDays: 90 }, NO_LISTS, []);
    const { topChambers } = await reports.home();
    expect(topChambers.map((chamber) => [chamber.name, chamber.outcomes, chamber.liveOutcomes])).toEqual([
      ['Chamber 10', 10, 0],
      ['Chamber 09', 9, 0],
      ['Chamber 08', 8, 0],
      ['Chamber 07', 7, 0],
      ['Chamber 06', 6, 0],
      ['Chamber 05', 5, 0],
      ['Chamber 04', 4, 0],
      ['Chamber 03', 3, 0],
    ]);
  });
});
