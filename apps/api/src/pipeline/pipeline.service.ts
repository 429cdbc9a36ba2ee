import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import {
  academicYearRange,
  addDays,
  ChamberAttribution,
  daysBetween,
  FunnelStage,
  MEETING_KINDS,
  OUTCOME_KINDS,
  RELATIONSHIP_STAGES,
  StalePartners,
  YearFigures,
} from '@crm/domain';
import { Chamber } from '../chambers/chamber.entity';
import { Clock } from '../common/clock';
import { readRaw, readStatements } from '../database/read-pool';
import { figureQuery, tallies, Tally } from '../database/tallies';
import { Staff } from '../staff/staff.entity';

/** How many stale partners one answer lists; `total` says how many there are. */
const STALE_LIMIT = 500;

/** The year before "2024-2025": "2023-2024". */
export function previousYear(academicYear: string): string {
  const start = Number(academicYear.slice(0, 4));
  return `${start - 1}-${start}`;
}

/** The months before a day, on the calendar: 31 August less six months is 28 (or 29) February. */
export function monthsBefore(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * Leadership's view of the pipeline, each figure one grouped query over indexed columns (plain SQL
 * that SQLite and PostgreSQL read alike), each the count of a list the dashboard can open.
 */
@Injectable()
export class PipelineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** On a reader thread: the chamber ranking joins tens of thousands of rows, and must not stall the other requests. */
  private async rows<T>(sql: string, parameters: Record<string, unknown> = {}): Promise<T[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters);
    const [rows] = await readStatements(this.dataSource, [[query, values]]);
    return rows as T[];
  }

  /** Live enterprises per relationship stage, every stage listed (zero included), in pipeline order, from the report tallies. */
  async funnel(): Promise<FunnelStage[]> {
    const counted = tallies(
      'enterprises by stage',
      await figureQuery(this.dataSource, 'enterprises by stage').getRawMany(),
    );
    const byStage = new Map(counted.map((row) => [row.key, row.count]));
    return RELATIONSHIP_STAGES.map((stage) => ({ stage, count: byStage.get(stage) ?? 0 }));
  }

  /** Partners nobody met for `months` months (or ever), longest silent first, with their owner. */
  async stalePartners(months = 6): Promise<StalePartners> {
    const today = this.clock.today();
    const since = monthsBefore(today, months);
    const where = `"deletedAt" IS NULL AND "relationshipStage" = 'partner' AND ("lastContactDate" IS NULL OR "lastContactDate" < :since)`;
    const [{ total }] = await this.rows<{ total: number | string }>(
      `SELECT COUNT(*) AS "total" FROM "enterprises" WHERE ${where}`,
      { since },
    );
    // never met first, then the longest silent: (lastContactDate IS NOT NULL) orders nulls first on both engines
    const found = await this.rows<{ id: number; name: string; lastContactDate: string | null; ownerId: number | null }>(
      `SELECT "id", "name", "lastContactDate", "ownerId" FROM "enterprises" WHERE ${where} ORDER BY ("lastContactDate" IS NOT NULL), "lastContactDate", "id" LIMIT ${STALE_LIMIT}`,
      { since },
    );
    const ownerIds = [...new Set(found.map((row) => row.ownerId).filter((id): id is number => id !== null))];
    const owners = new Map(
      (ownerIds.length
        ? await this.dataSource.manager.find(Staff, {
            select: { id: true, name: true },
            where: { id: In(ownerIds) },
            withDeleted: true,
          })
        : []
      ).map((staff) => [staff.id, staff.name]),
    );
    return {
      months,
      since,
      total: Number(total),
      partners: found.map((row) => ({
        enterpriseId: Number(row.id),
        name: row.name,
        lastContactDate: row.lastContactDate,
        daysSilent: row.lastContactDate ? daysBetween(row.lastContactDate, today) : null,
        ownerId: row.ownerId === null ? null : Number(row.ownerId),
        ownerName: row.ownerId === null ? null : (owners.get(Number(row.ownerId)) ?? null),
      })),
    };
  }

  /**
   * What each chamber brought, ranked: outcomes first, then partners, engaged members and members.
   * From the report tallies (members with their partners and engaged ones, meetings, outcomes and
   * signed results in force per year), so it costs the same at any size; only "engaged in a given year" is counted from the
   * meetings of that year.
   */
  async chambers(academicYear?: string): Promise<ChamberAttribution[]> {
    const [members, meetings, brought, born, liveBrought, liveBorn] = await readRaw(
      this.dataSource,
      figureQuery(this.dataSource, 'members by chamber'),
      figureQuery(this.dataSource, 'meetings by chamber and year'),
      figureQuery(this.dataSource, 'outcomes brought by chamber and year'),
      figureQuery(this.dataSource, 'outcomes born in chamber meetings'),
      figureQuery(this.dataSource, 'live outcomes brought by chamber'),
      figureQuery(this.dataSource, 'live outcomes of chamber meetings'),
    );
    const memberCount = new Map<number, number>();
    const partnerCount = new Map<number, number>();
    let engagedCount = new Map<number, number>();
    for (const row of tallies('members by chamber', members)) {
      memberCount.set(Number(row.key), row.count);
      partnerCount.set(Number(row.key), row.sums[0]);
      engagedCount.set(Number(row.key), row.sums[1]);
    }
    // keys "chamberId|academicYear": the year's, or every year's
    const perChamber = (rows: Tally[]) => {
      const counts = new Map<number, number>();
      for (const row of rows) {
        const [chamberId, year] = row.key.split('|');
        if (!academicYear || year === academicYear)
          counts.set(Number(chamberId), (counts.get(Number(chamberId)) ?? 0) + row.count);
      }
      return counts;
    };
    const meetingCount = perChamber(tallies('meetings by chamber and year', meetings));
    const outcomeCount = perChamber([
      ...tallies('outcomes brought by chamber and year', brought),
      ...tallies('outcomes born in chamber meetings', born),
    ]);
    // the signed results in force: the rows of the outcomes list filtered by broughtByChamberId and those stages
    const signedCount = perChamber([
      ...tallies('live outcomes brought by chamber', liveBrought),
      ...tallies('live outcomes of chamber meetings', liveBorn),
    ]);
    if (academicYear) engagedCount = await this.engagedIn(academicYear);
    const chambers = await this.dataSource.manager.find(Chamber, { select: { id: true, name: true } });
    return chambers
      .map((chamber) => ({
        chamberId: chamber.id,
        name: chamber.name,
        members: memberCount.get(chamber.id) ?? 0,
        engaged: engagedCount.get(chamber.id) ?? 0,
        partners: partnerCount.get(chamber.id) ?? 0,
        meetings: meetingCount.get(chamber.id) ?? 0,
        outcomes: outcomeCount.get(chamber.id) ?? 0,
        signed: signedCount.get(chamber.id) ?? 0,
      }))
      .sort(
        (a, b) =>
          b.outcomes - a.outcomes ||
          b.partners - a.partners ||
          b.engaged - a.engaged ||
          b.members - a.members ||
          a.name.localeCompare(b.name),
      );
  }

  /** Live members of live enterprises met in a live meeting of the year, per chamber: counted (a member met twice counts once). */
  private async engagedIn(academicYear: string): Promise<Map<number, number>> {
    const rows = await this.rows<{ chamberId: number; engaged: number | string }>(
      `SELECT "membership"."chamberId" AS "chamberId", COUNT(*) AS "engaged" FROM "memberships" "membership" INNER JOIN "enterprises" "enterprise" ON "enterprise"."id" = "membership"."enterpriseId" AND "enterprise"."deletedAt" IS NULL ` +
        `WHERE "membership"."deletedAt" IS NULL AND "membership"."enterpriseId" IN (SELECT "link"."enterpriseId" FROM "meeting_enterprises" "link" INNER JOIN "meetings" "meeting" ON "meeting"."id" = "link"."meetingId" AND "meeting"."deletedAt" IS NULL AND "meeting"."academicYear" = :year) GROUP BY "membership"."chamberId"`,
      { year: academicYear },
    );
    return new Map(rows.map((row) => [Number(row.chamberId), Number(row.engaged)]));
  }

  /** The home figures of an academic year beside the year before. */
  async yearOverYear(academicYear: string): Promise<{ current: YearFigures; previous: YearFigures }> {
    return { current: await this.year(academicYear), previous: await this.year(previousYear(academicYear)) };
  }

  /**
   * A year's figures from the report tallies (per year and kind, per year and enterprise met, per
   * signing day, per year, term and major), so none aggregates the tables; the enterprises met are
   * counted as the year's tally keys.
   */
  private async year(academicYear: string): Promise<YearFigures> {
    const { start, end } = academicYearRange(academicYear);
    // keys "year|…": '}' sorts right after '|', so [year|, year}) holds exactly the year's keys
    const ofYear = { from: `${academicYear}|`, below: `${academicYear}}` };
    const [meetingRows, met, outcomeRows, signedRows, intakeRows] = await readRaw(
      this.dataSource,
      figureQuery(this.dataSource, 'meetings by year and kind', ofYear),
      // a count of tally keys, one an enterprise met: an index range, not the year's meeting links
      figureQuery(this.dataSource, 'meetings by year and enterprise', ofYear).select('COUNT(*)', 'count'),
      figureQuery(this.dataSource, 'outcomes by year and kind', ofYear),
      figureQuery(this.dataSource, 'outcomes by signed date', { from: start, below: addDays(end, 1) }),
      figureQuery(this.dataSource, 'intakes by year, term and major', ofYear),
    );
    const kindOf = (row: Tally) => row.key.split('|')[1];
    const meetings = tallies('meetings by year and kind', meetingRows);
    const intakes = tallies('intakes by year, term and major', intakeRows);
    const visits = meetings.find((row) => kindOf(row) === 'visit_made')?.sums ?? [0, 0, 0];
    const total = (rows: Tally[], sum: number) => rows.reduce((all, row) => all + row.sums[sum], 0);
    const byKind = <K extends string>(kinds: readonly K[], rows: Tally[]) =>
      Object.fromEntries(kinds.map((kind) => [kind, rows.find((row) => kindOf(row) === kind)?.count ?? 0])) as Record<
        K,
        number
      >;
    const meetingsByKind = byKind(MEETING_KINDS, meetings);
    const outcomesByKind = byKind(OUTCOME_KINDS, tallies('outcomes by year and kind', outcomeRows));
    return {
      academicYear,
      meetings: Object.values(meetingsByKind).reduce((sum, count) => sum + count, 0),
      meetingsByKind,
      enterprisesMet: Number(met[0]?.count ?? 0),
      outcomes: Object.values(outcomesByKind).reduce((sum, count) => sum + count, 0),
      outcomesByKind,
      agreementsSigned: tallies('outcomes by signed date', signedRows).reduce((all, row) => all + row.count, 0),
      positions: total(intakes, 0),
      placed: total(intakes, 1),
      hired: total(intakes, 2),
      visits: { positionsOffered: visits[0], internsWanted: visits[1], graduatesWanted: visits[2] },
    };
  }
}
