import { Injectable } from '@nestjs/common';
import { DataSource, EntityTarget, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { readRaw } from '../database/read-pool';
import { academicYearOf, academicYearRange, addDays, chinaDay, HomeReport, LIVE_OUTCOME_STAGES, OutcomeKind, OutcomeStage } from '@crm/domain';
import { Chamber } from '../chambers/chamber.entity';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Outcome } from '../outcomes/outcome.entity';
import { Task } from '../tasks/task.entity';

/** "2024-09" … "2025-08": the months of an academic year, in order. */
export function monthsOf(academicYear: string): string[] {
  const start = Number(academicYearRange(academicYear).start.slice(0, 4));
  return Array.from({ length: 12 }, (_, index) => {
    const month = ((8 + index) % 12) + 1;
    return `${index < 4 ? start : start + 1}-${String(month).padStart(2, '0')}`;
  });
}

/**
 * The instants at which each month of an academic year starts and ends in China Standard Time
 * (UTC+8, no daylight saving): a meeting belongs to the month of its day in Beijing.
 */
export function monthBoundaries(academicYear: string): { month: string; from: Date; to: Date }[] {
  const starts = [...monthsOf(academicYear), nextMonth(monthsOf(academicYear)[11])].map((month) => new Date(Date.parse(`${month}-01T00:00:00+08:00`)));
  return monthsOf(academicYear).map((month, index) => ({ month, from: starts[index], to: starts[index + 1] }));
}

function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/** A row as SQLite answers it: numbers, or text from a driver that returns bigints as strings. */
type Raw = Record<string, string | number>;

const TOP_CHAMBERS = 8;
const EXPIRY_WINDOW_DAYS = 90;

/**
 * The leadership figures in a handful of grouped queries, so the home page costs one request
 * whatever the size of the database. Plain SQL that SQLite and PostgreSQL read alike; the one
 * date grouping (meetings per month) is done here, not in SQL, for that reason.
 */
@Injectable()
export class ReportsService {
  constructor(private readonly dataSource: DataSource) {}

  /** COUNT(*) of live rows matching `narrow` (TypeORM's count() is COUNT(DISTINCT id), which no index covers as well). */
  private count<T extends ObjectLiteral>(target: EntityTarget<T>, alias: string, narrow: (qb: SelectQueryBuilder<T>) => SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    return narrow(this.dataSource.createQueryBuilder(target, alias)).select('COUNT(*)', 'total');
  }

  /** Whether the table has a live row. */
  private exists<T extends ObjectLiteral>(target: EntityTarget<T>, alias: string): SelectQueryBuilder<T> {
    return this.dataSource.createQueryBuilder(target, alias).select('1', 'found').limit(1);
  }

  async home(now: Date): Promise<HomeReport> {
    const manager = this.dataSource.manager;
    const today = chinaDay(now);
    const academicYear = academicYearOf(today);
    const live = [...LIVE_OUTCOME_STAGES];
    const months = monthBoundaries(academicYear);

    // Each figure is read from a partial index of live rows (see the entities), so none scans a
    // table; all of them in one snapshot on a reader thread (database/read-pool.ts).
    const [enterpriseFound, chamberFound, meetingFound, [partners], [expiring], [overdue], [bases], byKindAndStage, perChamber, ...monthCounts] = (await readRaw(
      this.dataSource,
      this.exists(Enterprise, 'enterprise'),
      this.exists(Chamber, 'chamber'),
      this.exists(Meeting, 'meeting'),
      this.count(Enterprise, 'enterprise', (qb) => qb.where('enterprise.relationshipStage = :stage', { stage: 'partner' })),
      this.count(Outcome, 'outcome', (qb) =>
        qb.where('outcome.stage IN (:...live)', { live }).andWhere('outcome.endDate BETWEEN :today AND :until', { today, until: addDays(today, EXPIRY_WINDOW_DAYS) }),
      ),
      this.count(Task, 'task', (qb) => qb.where('task.doneAt IS NULL').andWhere('task.dueDate < :today', { today })),
      this.dataSource
        .createQueryBuilder(Outcome, 'outcome')
        .select('COUNT(*)', 'count')
        .addSelect('COALESCE(SUM(outcome.capacity), 0)', 'capacity')
        .where('outcome.kind = :kind', { kind: 'internship_base' })
        .andWhere('outcome.stage IN (:...live)', { live }),
      this.dataSource
        .createQueryBuilder(Outcome, 'outcome')
        .select('outcome.kind', 'kind')
        .addSelect('outcome.stage', 'stage')
        .addSelect('COUNT(*)', 'count')
        .groupBy('outcome.kind')
        .addGroupBy('outcome.stage'),
      // grouped by chamber first (from the index alone), then named: a join before grouping reads every outcome row
      this.dataSource
        .createQueryBuilder(Outcome, 'outcome')
        .select('outcome.chamberId', 'chamberId')
        .addSelect('COUNT(*)', 'outcomes')
        .addSelect('SUM(CASE WHEN outcome.stage IN (:...live) THEN 1 ELSE 0 END)', 'liveOutcomes')
        .setParameter('live', live)
        .where('outcome.chamberId IS NOT NULL')
        .groupBy('outcome.chamberId'),
      // twelve counts over an index range each, rather than every meeting of the year brought back
      ...months.map(({ from, to }) =>
        this.count(Meeting, 'meeting', (qb) =>
          qb.where('meeting.academicYear = :academicYear', { academicYear }).andWhere('meeting.startsAt >= :from AND meeting.startsAt < :to', { from, to }),
        ),
      ),
    )) as Raw[][];
    const meetingsPerMonth: HomeReport['meetingsPerMonth'] = months.map(({ month }, index) => ({ month, meetings: Number(monthCounts[index][0]?.total ?? 0) }));
    const names = new Map(
      (perChamber.length ? await manager.find(Chamber, { select: { id: true, name: true }, where: { id: In(perChamber.map((row) => Number(row.chamberId))) } }) : []).map(
        (chamber) => [chamber.id, chamber.name],
      ),
    );
    const topChambers = perChamber
      .filter((row) => names.has(Number(row.chamberId)))
      .map((row) => ({ chamberId: Number(row.chamberId), name: names.get(Number(row.chamberId))!, outcomes: Number(row.outcomes), liveOutcomes: Number(row.liveOutcomes) }))
      .sort((a, b) => b.outcomes - a.outcomes || a.name.localeCompare(b.name))
      .slice(0, TOP_CHAMBERS);

    return {
      today,
      academicYear,
      isEmpty: !enterpriseFound.length && !chamberFound.length && !meetingFound.length,
      activePartners: Number(partners?.total ?? 0),
      meetingsThisYear: meetingsPerMonth.reduce((sum, month) => sum + month.meetings, 0),
      activeInternshipBases: Number(bases?.count ?? 0),
      internshipCapacity: Number(bases?.capacity ?? 0),
      expiringAgreements: Number(expiring?.total ?? 0),
      overdueTasks: Number(overdue?.total ?? 0),
      meetingsPerMonth,
      outcomesByKindAndStage: byKindAndStage.map((row) => ({ kind: row.kind as OutcomeKind, stage: row.stage as OutcomeStage, count: Number(row.count) })),
      topChambers,
    };
  }
}
