import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DataSource, EntityTarget, In, MoreThanOrEqual, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { readRaw } from '../database/read-pool';
import { figureQuery, tallies, Tally } from '../database/tallies';
import {
  academicYearOf,
  academicYearRange,
  addDays,
  chinaDay,
  HomeReport,
  LIVE_OUTCOME_STAGES,
  OutcomeKind,
  OutcomeStage,
} from '@crm/domain';
import { Chamber } from '../chambers/chamber.entity';
import { Clock } from '../common/clock';
import { MAX_PAGE } from '../common/list-query';
import { RESOURCE_REGISTRY, type ResourceDeclaration } from '../common/resource';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Meeting } from '../meetings/meeting.entity';
import { SurveyAnswer } from '../registrations/registration.entity';

/** "2024-09" … "2025-08": the months of an academic year, in order. */
export function monthsOf(academicYear: string): string[] {
  const start = Number(academicYearRange(academicYear).start.slice(0, 4));
  return Array.from({ length: 12 }, (_, index) => {
    const month = ((8 + index) % 12) + 1;
    return `${index < 4 ? start : start + 1}-${String(month).padStart(2, '0')}`;
  });
}

/** The month after "2025-08": "2025-09". */
function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

const TOP_CHAMBERS = 8;

/**
 * The leadership figures from the report tallies (database/tallies.ts), so the home page costs one
 * request and the same time whatever the size of the database; where no tallies are kept the same
 * figures are counted from the tables.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'expiryDays'>,
    private readonly moduleRef: ModuleRef,
    @Inject(RESOURCE_REGISTRY) private readonly resources: ResourceDeclaration[],
  ) {}

  /** A resource's list, as its page asks for it: each figure of a college is the count of the list it links to. */
  private list(resource: string) {
    const declaration = this.resources.find((each) => each.resource === resource)!;
    const service = this.moduleRef.get(declaration.service, { strict: false });
    const count = async (filter: object) =>
      (await service.list({ filter: JSON.stringify(filter), range: '[0,0]' })).total;
    const all = async (filter: object) => {
      const records: Record<string, unknown>[] = [];
      for (let first = 0; ; first += MAX_PAGE) {
        const page = await service.list({
          filter: JSON.stringify(filter),
          range: JSON.stringify([first, first + MAX_PAGE - 1]),
        });
        records.push(...(page.records as Record<string, unknown>[]));
        if (page.records.length < MAX_PAGE) return records;
      }
    };
    return { count, all };
  }

  /**
   * The chambers with the most outcomes, by name on a tie. Only the leaders (every chamber with at
   * least the last place's outcomes) are looked up, so the home page reads a few chamber rows however
   * many chambers there are; should too few of them be live (the others in the bin), every chamber is.
   */
  private async topChambers(
    perChamber: Map<number, { outcomes: number; liveOutcomes: number }>,
  ): Promise<HomeReport['topChambers']> {
    const ranked = [...perChamber].sort((a, b) => b[1].outcomes - a[1].outcomes);
    const last = ranked[TOP_CHAMBERS - 1]?.[1].outcomes ?? 0;
    const leaders = ranked.filter(([, figures]) => figures.outcomes >= last);
    const named = async (entries: typeof ranked) =>
      new Map(
        (entries.length
          ? await this.dataSource.manager.find(Chamber, {
              select: { id: true, name: true },
              where: { id: In(entries.map(([chamberId]) => chamberId)) },
            })
          : []
        ).map((chamber) => [chamber.id, chamber.name]),
      );
    let names = await named(leaders);
    if (names.size < TOP_CHAMBERS && leaders.length < ranked.length) names = await named(ranked);
    return ranked
      .filter(([chamberId]) => names.has(chamberId))
      .map(([chamberId, figures]) => ({ chamberId, name: names.get(chamberId)!, ...figures }))
      .sort((a, b) => b.outcomes - a.outcomes || a.name.localeCompare(b.name))
      .slice(0, TOP_CHAMBERS);
  }

  /** Whether the table has a live row. */
  private exists<T extends ObjectLiteral>(target: EntityTarget<T>, alias: string): SelectQueryBuilder<T> {
    return this.dataSource.createQueryBuilder(target, alias).select('1', 'found').limit(1);
  }

  /**
   * The home figures of one college: its outcomes, their partners, the meetings its staff attend or
   * its outcomes came out of, its tasks — each the count of the list its figure opens (filtered by
   * `unitId`), so the figure and the list agree. A college's rows are few: counted from the tables.
   */
  async homeOfUnit(unitId: number, now: Date = this.clock.now()): Promise<HomeReport> {
    const today = chinaDay(now);
    const academicYear = academicYearOf(today);
    const months = monthsOf(academicYear);
    const unit = [unitId];
    const [school, activePartners, overdueTasks, meetings, outcomes] = await Promise.all([
      this.home(now),
      this.list('enterprises').count({ unitId: unit, relationshipStage: 'partner' }),
      this.list('tasks').count({ unitId: unit, doneAt: null, dueDate_lt: today }),
      this.list('meetings').all({ unitId: unit, academicYear }),
      this.list('outcomes').all({ unitId }),
    ]);
    const live = (outcome: Record<string, unknown>) => LIVE_OUTCOME_STAGES.includes(outcome.stage as OutcomeStage);
    const bases = outcomes.filter((outcome) => outcome.kind === 'internship_base' && live(outcome));
    const lastDay = addDays(today, this.config.expiryDays);
    const perMonth = new Map<string, number>();
    for (const meeting of meetings) {
      const month = chinaDay(new Date(String(meeting.startsAt))).slice(0, 7);
      perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
    }
    const byKindAndStage = new Map<string, number>();
    const perChamber = new Map<number, { outcomes: number; liveOutcomes: number }>();
    for (const outcome of outcomes) {
      const key = `${String(outcome.kind)}|${String(outcome.stage)}`;
      byKindAndStage.set(key, (byKindAndStage.get(key) ?? 0) + 1);
      if (typeof outcome.chamberId !== 'number') continue;
      const entry = perChamber.get(outcome.chamberId) ?? { outcomes: 0, liveOutcomes: 0 };
      entry.outcomes += 1;
      if (live(outcome)) entry.liveOutcomes += 1;
      perChamber.set(outcome.chamberId, entry);
    }
    return {
      ...school,
      unitId,
      activePartners,
      meetingsThisYear: meetings.length,
      activeInternshipBases: bases.length,
      internshipCapacity: bases.reduce((sum, outcome) => sum + Number(outcome.capacity ?? 0), 0),
      expiringAgreements: outcomes.filter(
        (outcome) =>
          live(outcome) &&
          typeof outcome.endDate === 'string' &&
          outcome.endDate >= today &&
          outcome.endDate <= lastDay,
      ).length,
      overdueTasks,
      meetingsPerMonth: months.map((month) => ({ month, meetings: perMonth.get(month) ?? 0 })),
      outcomesByKindAndStage: [...byKindAndStage]
        .map(([key, count]) => {
          const [kind, stage] = key.split('|') as [OutcomeKind, OutcomeStage];
          return { kind, stage, count };
        })
        .sort((a, b) =>
          a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.stage < b.stage ? -1 : a.stage > b.stage ? 1 : 0,
        ),
      topChambers: await this.topChambers(perChamber),
    };
  }

  async home(now: Date = this.clock.now()): Promise<HomeReport> {
    const manager = this.dataSource.manager;
    const today = chinaDay(now);
    const academicYear = academicYearOf(today);
    const live = [...LIVE_OUTCOME_STAGES];
    const months = monthsOf(academicYear);

    // Each figure is read from its tallies (database/tallies.ts: kept by the writing transaction), so
    // none grows with the tables; all of them in one snapshot on a reader thread (database/read-pool.ts).
    const [enterpriseFound, chamberFound, meetingFound, byStage, ending, due, byKind, byChamber, byMonth] =
      await readRaw(
        this.dataSource,
        this.exists(Enterprise, 'enterprise'),
        this.exists(Chamber, 'chamber'),
        this.exists(Meeting, 'meeting'),
        figureQuery(this.dataSource, 'enterprises by stage'),
        figureQuery(this.dataSource, 'live outcomes by end date', {
          from: today,
          below: addDays(today, this.config.expiryDays + 1),
        }),
        figureQuery(this.dataSource, 'open tasks by due date', { below: today }),
        figureQuery(this.dataSource, 'outcomes by kind and stage'),
        figureQuery(this.dataSource, 'outcomes by chamber and stage'),
        figureQuery(this.dataSource, 'meetings by month', { from: months[0], below: nextMonth(months[11]) }),
      );
    const count = (rows: Tally[]) => rows.reduce((sum, row) => sum + row.count, 0);
    const perMonth = new Map(tallies('meetings by month', byMonth).map((row) => [row.key, row.count]));
    const meetingsPerMonth: HomeReport['meetingsPerMonth'] = months.map((month) => ({
      month,
      meetings: perMonth.get(month) ?? 0,
    }));
    const outcomes = tallies('outcomes by kind and stage', byKind).map((row) => {
      const [kind, stage] = row.key.split('|') as [OutcomeKind, OutcomeStage];
      return { kind, stage, count: row.count, capacity: row.sums[0] };
    });
    const bases = outcomes.filter((row) => row.kind === 'internship_base' && live.includes(row.stage));
    const perChamber = new Map<number, { outcomes: number; liveOutcomes: number }>();
    for (const row of tallies('outcomes by chamber and stage', byChamber)) {
      const [chamberId, stage] = row.key.split('|');
      const entry = perChamber.get(Number(chamberId)) ?? { outcomes: 0, liveOutcomes: 0 };
      entry.outcomes += row.count;
      if (live.includes(stage as OutcomeStage)) entry.liveOutcomes += row.count;
      perChamber.set(Number(chamberId), entry);
    }
    const topChambers = await this.topChambers(perChamber);
    // what the enterprises said they want in the surveys after meetings this year: a few hundred answers a year, counted here
    const answers = await manager.find(SurveyAnswer, {
      select: { id: true, wants: true },
      where: { answeredAt: MoreThanOrEqual(new Date(`${academicYearRange(academicYear).start}T00:00:00+08:00`)) },
    });
    const wanted = new Map<OutcomeKind, number>();
    for (const answer of answers)
      for (const want of answer.wants) wanted.set(want.kind, (wanted.get(want.kind) ?? 0) + 1);

    return {
      today,
      academicYear,
      unitId: null,
      isEmpty: !enterpriseFound.length && !chamberFound.length && !meetingFound.length,
      activePartners: tallies('enterprises by stage', byStage).find((row) => row.key === 'partner')?.count ?? 0,
      meetingsThisYear: meetingsPerMonth.reduce((sum, month) => sum + month.meetings, 0),
      activeInternshipBases: bases.reduce((sum, row) => sum + row.count, 0),
      internshipCapacity: bases.reduce((sum, row) => sum + row.capacity, 0),
      expiringAgreements: count(tallies('live outcomes by end date', ending)),
      expiryDays: this.config.expiryDays,
      overdueTasks: count(tallies('open tasks by due date', due)),
      meetingsPerMonth,
      // in the order a GROUP BY kind, stage gives
      outcomesByKindAndStage: outcomes
        .map(({ kind, stage, count }) => ({ kind, stage, count }))
        .sort((a, b) =>
          a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.stage < b.stage ? -1 : a.stage > b.stage ? 1 : 0,
        ),
      topChambers,
      wantsByKind: [...wanted]
        .map(([kind, count]) => ({ kind, count }))
        .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
    };
  }
}
