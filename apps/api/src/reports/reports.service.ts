import { Injectable } from '@nestjs/common';
import { Between, DataSource, In, IsNull, LessThan } from 'typeorm';
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

/** Meetings per month of the year, each counted in the month of its day in China Standard Time. */
export function meetingsPerMonth(academicYear: string, startTimes: Date[]): HomeReport['meetingsPerMonth'] {
  const counts = new Map(monthsOf(academicYear).map((month) => [month, 0]));
  for (const startsAt of startTimes) {
    const month = chinaDay(startsAt).slice(0, 7);
    if (counts.has(month)) counts.set(month, counts.get(month)! + 1);
  }
  return [...counts].map(([month, meetings]) => ({ month, meetings }));
}

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

  async home(now = new Date()): Promise<HomeReport> {
    const manager = this.dataSource.manager;
    const today = chinaDay(now);
    const academicYear = academicYearOf(today);
    const live = [...LIVE_OUTCOME_STAGES];

    const [enterprises, chambers, meetings, activePartners, expiringAgreements, overdueTasks] = await Promise.all([
      manager.count(Enterprise),
      manager.count(Chamber),
      manager.count(Meeting),
      manager.count(Enterprise, { where: { relationshipStage: 'partner' } }),
      manager.count(Outcome, { where: { stage: In(live), endDate: Between(today, addDays(today, EXPIRY_WINDOW_DAYS)) } }),
      manager.count(Task, { where: { doneAt: IsNull(), dueDate: LessThan(today) } }),
    ]);

    const bases = await manager
      .createQueryBuilder(Outcome, 'outcome')
      .select('COUNT(*)', 'count')
      .addSelect('COALESCE(SUM(outcome.capacity), 0)', 'capacity')
      .where('outcome.kind = :kind', { kind: 'internship_base' })
      .andWhere('outcome.stage IN (:...live)', { live })
      .getRawOne<{ count: string | number; capacity: string | number }>();

    const yearMeetings = await manager.find(Meeting, { select: { id: true, startsAt: true }, where: { academicYear } });

    const byKindAndStage = await manager
      .createQueryBuilder(Outcome, 'outcome')
      .select('outcome.kind', 'kind')
      .addSelect('outcome.stage', 'stage')
      .addSelect('COUNT(*)', 'count')
      .groupBy('outcome.kind')
      .addGroupBy('outcome.stage')
      .getRawMany<{ kind: OutcomeKind; stage: OutcomeStage; count: string | number }>();

    const topChambers = await manager
      .createQueryBuilder(Outcome, 'outcome')
      .innerJoin(Chamber, 'chamber', 'chamber.id = outcome.chamberId AND chamber.deletedAt IS NULL')
      .select('outcome.chamberId', 'chamberId')
      .addSelect('chamber.name', 'name')
      .addSelect('COUNT(*)', 'outcomes')
      .addSelect('SUM(CASE WHEN outcome.stage IN (:...live) THEN 1 ELSE 0 END)', 'liveOutcomes')
      .setParameter('live', live)
      .groupBy('outcome.chamberId')
      .addGroupBy('chamber.name')
      .orderBy('outcomes', 'DESC')
      .addOrderBy('chamber.name', 'ASC')
      .limit(TOP_CHAMBERS)
      .getRawMany<{ chamberId: number; name: string; outcomes: string | number; liveOutcomes: string | number }>();

    return {
      today,
      academicYear,
      isEmpty: enterprises + chambers + meetings === 0,
      activePartners,
      meetingsThisYear: yearMeetings.length,
      activeInternshipBases: Number(bases?.count ?? 0),
      internshipCapacity: Number(bases?.capacity ?? 0),
      expiringAgreements,
      overdueTasks,
      meetingsPerMonth: meetingsPerMonth(academicYear, yearMeetings.map((meeting) => new Date(meeting.startsAt))),
      outcomesByKindAndStage: byKindAndStage.map((row) => ({ kind: row.kind, stage: row.stage, count: Number(row.count) })),
      topChambers: topChambers.map((row) => ({ chamberId: Number(row.chamberId), name: row.name, outcomes: Number(row.outcomes), liveOutcomes: Number(row.liveOutcomes) })),
    };
  }
}
