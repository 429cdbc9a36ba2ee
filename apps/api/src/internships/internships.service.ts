import { Injectable } from '@nestjs/common';
import { DataSource, In, SelectQueryBuilder } from 'typeorm';
import { daysBetween, IntakeTotals, InternshipRow, OutcomeStage, Placement, Term } from '@crm/domain';
import { Clock } from '../common/clock';
import { readRaw } from '../database/read-pool';
import { figureQuery, tallies } from '../database/tallies';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Intake } from '../intakes/intake.entity';
import { Major } from '../majors/major.entity';
import { Outcome } from '../outcomes/outcome.entity';
import { Unit } from '../units/unit.entity';

/** Stages in which a base exists on paper: before signature it has no capacity to use. */
const BASE_STAGES: OutcomeStage[] = ['signed', 'active', 'completed', 'lapsed'];

const sums = (row: { positions?: unknown; placed?: unknown; hired?: unknown } | undefined): Placement => ({
  positions: Number(row?.positions ?? 0),
  placed: Number(row?.placed ?? 0),
  hired: Number(row?.hired ?? 0),
});

function selectSums<T extends object>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return qb.addSelect('COALESCE(SUM(intake.positions), 0)', 'positions').addSelect('COALESCE(SUM(intake.placed), 0)', 'placed').addSelect('COALESCE(SUM(intake.hired), 0)', 'hired');
}

/** Positions, placed and hired of the intakes of one term and major. */
type TermAndMajor = Placement & { term: Term; majorId: number };

/** The Employment Office's figures: internship bases with their use in a year, and intake totals. */
@Injectable()
export class InternshipsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** One row per internship base: its capacity and, for the year, the sums of its intakes. */
  async report(query: { academicYear: string; unitId?: number; majorId?: number }): Promise<InternshipRow[]> {
    const manager = this.dataSource.manager;
    const today = this.clock.today();
    const bases = manager
      .createQueryBuilder(Outcome, 'outcome')
      .innerJoin(Enterprise, 'enterprise', 'enterprise.id = outcome.enterpriseId')
      .leftJoin(Unit, 'unit', 'unit.id = outcome.unitId')
      .select(['outcome.id AS "outcomeId"', 'outcome.title AS "title"', 'outcome.stage AS "stage"', 'outcome.enterpriseId AS "enterpriseId"', 'enterprise.name AS "enterpriseName"'])
      .addSelect(['outcome.unitId AS "unitId"', 'unit.name AS "unitName"', 'outcome.capacity AS "capacity"', 'outcome.endDate AS "endDate"'])
      .where('outcome.kind = :kind', { kind: 'internship_base' })
      .andWhere('outcome.stage IN (:...stages)', { stages: BASE_STAGES })
      .orderBy('outcome.title', 'ASC')
      .addOrderBy('outcome.id', 'ASC');
    if (query.unitId) bases.andWhere('outcome.unitId = :unitId', { unitId: query.unitId });
    if (query.majorId) {
      bases.andWhere('outcome.id IN (SELECT "outcomeId" FROM "intakes" WHERE "academicYear" = :year AND "majorId" = :majorId AND "deletedAt" IS NULL)', {
        year: query.academicYear,
        majorId: query.majorId,
      });
    }
    const rows = await bases.getRawMany<Omit<InternshipRow, 'majors' | 'positions' | 'placed' | 'hired' | 'utilisation' | 'daysLeft'>>();

    // the year's intakes by base and major, from the covering index, then folded here
    const intakes = await manager
      .createQueryBuilder(Intake, 'intake')
      .select(['intake.outcomeId AS "outcomeId"', 'intake.majorId AS "majorId"'])
      .where('intake.academicYear = :year', { year: query.academicYear })
      .groupBy('intake.outcomeId')
      .addGroupBy('intake.majorId');
    const perMajor = await selectSums(intakes).getRawMany<{ outcomeId: number; majorId: number } & Placement>();
    const majorIds = [...new Set(perMajor.map((row) => Number(row.majorId)))];
    const majorNames = new Map(
      (majorIds.length ? await manager.find(Major, { select: { id: true, name: true }, where: { id: In(majorIds) }, withDeleted: true }) : []).map((major) => [major.id, major.name]),
    );
    const byBase = new Map<number, { totals: Placement; majors: { id: number; name: string }[] }>();
    for (const row of perMajor) {
      const id = Number(row.outcomeId);
      const entry = byBase.get(id) ?? { totals: { positions: 0, placed: 0, hired: 0 }, majors: [] };
      const figures = sums(row);
      entry.totals.positions += figures.positions;
      entry.totals.placed += figures.placed;
      entry.totals.hired += figures.hired;
      entry.majors.push({ id: Number(row.majorId), name: majorNames.get(Number(row.majorId)) ?? '' });
      byBase.set(id, entry);
    }
    return rows.map((row) => {
      const id = Number(row.outcomeId);
      const use = byBase.get(id);
      const totals = use?.totals ?? { positions: 0, placed: 0, hired: 0 };
      const capacity = row.capacity === null ? null : Number(row.capacity);
      return {
        ...row,
        outcomeId: id,
        enterpriseId: Number(row.enterpriseId),
        unitId: row.unitId === null ? null : Number(row.unitId),
        majors: (use?.majors ?? []).sort((a, b) => a.name.localeCompare(b.name)),
        capacity,
        ...totals,
        utilisation: capacity ? Math.round((totals.placed / capacity) * 1000) / 1000 : null,
        daysLeft: row.endDate ? daysBetween(today, row.endDate) : null,
      };
    });
  }

  /**
   * Positions, placed and hired in total, per term, per college and per major, for a year or all
   * years: from the report tallies (per year, term and major), or for one base counted from its intakes.
   */
  async totals(query: { academicYear?: string; unitId?: number; majorId?: number; outcomeId?: number }): Promise<IntakeTotals> {
    const manager = this.dataSource.manager;
    const [perTermAndMajor, majors] = await Promise.all([
      query.outcomeId ? this.countedForBase(query.outcomeId, query.academicYear) : this.tallied(query.academicYear),
      manager.find(Major, { select: { id: true, code: true, name: true, unitId: true } }),
    ]);
    const majorsById = new Map(majors.map((major) => [major.id, major]));
    const rows = perTermAndMajor.filter((row) => {
      const major = majorsById.get(row.majorId);
      return major && (!query.unitId || major.unitId === query.unitId) && (!query.majorId || major.id === query.majorId);
    });
    const unitIds = [...new Set(rows.map((row) => majorsById.get(row.majorId)!.unitId))];
    const units = new Map((unitIds.length ? await manager.find(Unit, { select: { id: true, name: true }, where: { id: In(unitIds) }, withDeleted: true }) : []).map((unit) => [unit.id, unit.name]));
    const add = (into: Placement, row: Placement) => {
      into.positions += row.positions;
      into.placed += row.placed;
      into.hired += row.hired;
    };
    const total: Placement = { positions: 0, placed: 0, hired: 0 };
    const byTerm = new Map<Term, Placement & { term: Term }>();
    const byCollege = new Map<number, Placement & { unitId: number; name: string }>();
    const byMajor = new Map<number, Placement & { majorId: number; code: string; name: string; unitId: number }>();
    for (const row of rows) {
      const major = majorsById.get(row.majorId)!;
      add(total, row);
      add(byTerm.get(row.term) ?? byTerm.set(row.term, { term: row.term, positions: 0, placed: 0, hired: 0 }).get(row.term)!, row);
      const college = byCollege.get(major.unitId) ?? byCollege.set(major.unitId, { unitId: major.unitId, name: units.get(major.unitId) ?? '', positions: 0, placed: 0, hired: 0 }).get(major.unitId)!;
      add(college, row);
      const perMajor = byMajor.get(major.id) ?? byMajor.set(major.id, { majorId: major.id, code: major.code, name: major.name, unitId: major.unitId, positions: 0, placed: 0, hired: 0 }).get(major.id)!;
      add(perMajor, row);
    }
    const termOrder: Term[] = ['autumn', 'spring', 'summer'];
    return {
      academicYear: query.academicYear ?? null,
      total,
      byTerm: [...byTerm.values()].sort((a, b) => termOrder.indexOf(a.term) - termOrder.indexOf(b.term)),
      byCollege: [...byCollege.values()].sort((a, b) => a.name.localeCompare(b.name)),
      byMajor: [...byMajor.values()].sort((a, b) => a.code.localeCompare(b.code)),
    };
  }

  /** The sums per term and major of a year (or all years), from the report tallies. */
  private async tallied(academicYear?: string): Promise<TermAndMajor[]> {
    // keys are "2024-2025|autumn|12": a year's keys lie between "2024-2025|" and "2024-2025}"
    const range = academicYear ? { from: `${academicYear}|`, below: `${academicYear}}` } : {};
    const [rows] = await readRaw(this.dataSource, figureQuery(this.dataSource, 'intakes by year, term and major', range));
    return tallies('intakes by year, term and major', rows).map((row) => {
      const [, term, majorId] = row.key.split('|');
      const [positions, placed, hired] = row.sums;
      return { term: term as Term, majorId: Number(majorId), positions, placed, hired };
    });
  }

  /** The sums per term and major of one base's intakes: a handful of rows, counted. */
  private async countedForBase(outcomeId: number, academicYear?: string): Promise<TermAndMajor[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(Intake, 'intake')
      .select(['intake.term AS "term"', 'intake.majorId AS "majorId"'])
      .where('intake.outcomeId = :outcomeId', { outcomeId })
      .groupBy('intake.term')
      .addGroupBy('intake.majorId');
    if (academicYear) qb.andWhere('intake.academicYear = :year', { year: academicYear });
    const rows = await selectSums(qb).getRawMany<{ term: Term; majorId: number } & Placement>();
    return rows.map((row) => ({ term: row.term, majorId: Number(row.majorId), ...sums(row) }));
  }
}
