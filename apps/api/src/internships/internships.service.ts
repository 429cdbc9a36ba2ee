import { Injectable } from '@nestjs/common';
import { DataSource, In, SelectQueryBuilder } from 'typeorm';
import { daysBetween, IntakeTotals, InternshipRow, labelOf, Locale, OutcomeStage, Placement, Term } from '@crm/domain';
import { Clock } from '../common/clock';
import { readRaw } from '../database/read-pool';
import { figureQuery, tallies } from '../database/tallies';
import { msg, translate } from '../common/i18n';
import { ListSpec, Page, parseListQuery } from '../common/list-query';
import { Enterprise } from '../enterprises/enterprise.entity';
import { escapeCell, ExportFile, ExportFormat, exportTitle, spreadsheetFile } from '../exports/spreadsheet';
import { Intake } from '../intakes/intake.entity';
import { Major } from '../majors/major.entity';
import { Outcome } from '../outcomes/outcome.entity';
import { Unit } from '../units/unit.entity';
import type { IntakeTotalsQuery, InternshipReportQuery } from './internships.dto';

/** The columns the report sorts by, as the list contract names them (validated by parseListQuery). */
const INTERNSHIP_SORTS: ListSpec = {
  fields: {
    title: 'string',
    enterpriseName: 'string',
    unitName: 'string',
    capacity: 'number',
    positions: 'number',
    placed: 'number',
    hired: 'number',
    utilisation: 'number',
    endDate: 'date',
    daysLeft: 'number',
  },
  search: [],
  defaultSort: ['title', 'ASC'],
};

/** What each sort reads; names in the users' order (pinyin for Chinese names), sums from the year's join. */
const SORT_EXPRESSIONS: Record<string, string> = {
  id: 'outcome.id',
  createdAt: 'outcome.createdAt',
  updatedAt: 'outcome.updatedAt',
  title: 'outcome.title',
  enterpriseName: 'enterprise.nameSortKey',
  unitName: 'unit.nameSortKey',
  capacity: 'outcome.capacity',
  positions: 'COALESCE(use.positions, 0)',
  placed: 'COALESCE(use.placed, 0)',
  hired: 'COALESCE(use.hired, 0)',
  utilisation: 'CAST(COALESCE(use.placed, 0) AS REAL) / NULLIF(outcome.capacity, 0)',
  endDate: 'outcome.endDate',
  daysLeft: 'outcome.endDate',
};

/** Sorts that need every base's sums of the year in SQL. */
const SUM_SORTS = new Set(['positions', 'placed', 'hired', 'utilisation']);

/** Without a range: the dashboard's first page. */
const FIRST_PAGE = [0, 24];

/** Stages in which a base exists on paper: before signature it has no capacity to use. */
const BASE_STAGES: OutcomeStage[] = ['signed', 'active', 'completed', 'lapsed'];

const sums = (row: { positions?: unknown; placed?: unknown; hired?: unknown } | undefined): Placement => ({
  positions: Number(row?.positions ?? 0),
  placed: Number(row?.placed ?? 0),
  hired: Number(row?.hired ?? 0),
});

function selectSums<T extends object>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return qb
    .addSelect('COALESCE(SUM(intake.positions), 0)', 'positions')
    .addSelect('COALESCE(SUM(intake.placed), 0)', 'placed')
    .addSelect('COALESCE(SUM(intake.hired), 0)', 'hired');
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

  /**
   * One row per internship base: its capacity and, for the year, the sums of its intakes. Sorted and
   * paged in SQL (the list contract's sort and range); without a range, the first page the dashboard
   * shows (`every` for the export: every base). Sorted by anything but a sum, the page is chosen
   * from the bases alone and only its bases' intakes are summed, so a page does not grow with the year's intakes.
   */
  async report(query: InternshipReportQuery, every = false): Promise<Page<InternshipRow>> {
    const manager = this.dataSource.manager;
    const today = this.clock.today();
    const { sort, range } = parseListQuery(
      { sort: query.sort, range: query.range ?? (every ? undefined : JSON.stringify(FIRST_PAGE)) },
      INTERNSHIP_SORTS,
    );
    const bySum = SUM_SORTS.has(sort[0]);
    const filtered = () => {
      const qb = manager
        .createQueryBuilder(Outcome, 'outcome')
        .innerJoin(Enterprise, 'enterprise', 'enterprise.id = outcome.enterpriseId')
        .where('outcome.kind = :kind', { kind: 'internship_base' })
        .andWhere('outcome.stage IN (:...stages)', { stages: BASE_STAGES });
      if (query.unitId) qb.andWhere('outcome.unitId = :unitId', { unitId: query.unitId });
      if (query.majorId) {
        qb.andWhere(
          'outcome.id IN (SELECT "outcomeId" FROM "intakes" WHERE "academicYear" = :year AND "majorId" = :majorId AND "deletedAt" IS NULL)',
          {
            year: query.academicYear,
            majorId: query.majorId,
          },
        );
      }
      return qb;
    };
    // every base: the report tallies' count (a live outcome's enterprise is live: it cannot be deleted while used); narrowed: counted
    const total =
      query.unitId || query.majorId
        ? Number((await filtered().select('COUNT(*)', 'total').getRawOne<{ total: number | string }>())?.total ?? 0)
        : tallies(
            'outcomes by kind and stage',
            (await readRaw(this.dataSource, figureQuery(this.dataSource, 'outcomes by kind and stage')))[0],
          )
            .filter((row) => BASE_STAGES.some((stage) => row.key === `internship_base|${stage}`))
            .reduce((sum, row) => sum + row.count, 0);

    const pageQuery = filtered()
      .leftJoin(Unit, 'unit', 'unit.id = outcome.unitId')
      .select([
        'outcome.id AS "outcomeId"',
        'outcome.title AS "title"',
        'outcome.stage AS "stage"',
        'outcome.enterpriseId AS "enterpriseId"',
        'enterprise.name AS "enterpriseName"',
      ])
      .addSelect([
        'outcome.unitId AS "unitId"',
        'unit.name AS "unitName"',
        'outcome.capacity AS "capacity"',
        'outcome.endDate AS "endDate"',
      ])
      .addSelect(SORT_EXPRESSIONS[sort[0]], 'sortValue')
      .orderBy('"sortValue"', sort[1])
      .addOrderBy('outcome.id', 'ASC');
    // sorted by a sum or by utilisation: the year's sums of every base, joined once
    if (bySum) {
      pageQuery
        .leftJoin(
          (sub) =>
            selectSums(sub.select('intake.outcomeId', 'outcomeId').from(Intake, 'intake'))
              .where('intake.academicYear = :year', { year: query.academicYear })
              .andWhere('intake.deletedAt IS NULL')
              .groupBy('intake.outcomeId'),
          'use',
          'use."outcomeId" = outcome.id',
        )
        .addSelect([
          'COALESCE(use.positions, 0) AS "positions"',
          'COALESCE(use.placed, 0) AS "placed"',
          'COALESCE(use.hired, 0) AS "hired"',
        ]);
    }
    if (!every) pageQuery.offset(range[0]).limit(range[1] - range[0] + 1);
    const found = await pageQuery.getRawMany<
      Omit<InternshipRow, 'majors' | 'utilisation' | 'daysLeft'> & { sortValue?: unknown }
    >();
    const ids = found.map((row) => Number(row.outcomeId));
    const rows = bySum ? found : await this.withSums(found, ids, query.academicYear);

    // the majors of the page's bases only
    const majorsOf = new Map<number, { id: number; name: string }[]>();
    if (ids.length) {
      const pairs = await manager
        .createQueryBuilder(Intake, 'intake')
        .innerJoin(Major, 'major', 'major.id = intake.majorId')
        .withDeleted()
        .select(['intake.outcomeId AS "outcomeId"', 'intake.majorId AS "id"', 'major.name AS "name"'])
        .where('intake.academicYear = :year', { year: query.academicYear })
        .andWhere('intake.deletedAt IS NULL')
        .andWhere('intake.outcomeId IN (:...ids)', { ids })
        .groupBy('intake.outcomeId')
        .addGroupBy('intake.majorId')
        .addGroupBy('major.name')
        .getRawMany<{ outcomeId: number; id: number; name: string }>();
      for (const pair of pairs) {
        const list = majorsOf.get(Number(pair.outcomeId)) ?? [];
        list.push({ id: Number(pair.id), name: pair.name });
        majorsOf.set(Number(pair.outcomeId), list);
      }
    }
    const page = rows.map(({ sortValue: _sortValue, ...row }) => {
      const id = Number(row.outcomeId);
      const totals = sums(row);
      const capacity = row.capacity === null ? null : Number(row.capacity);
      return {
        ...row,
        outcomeId: id,
        enterpriseId: Number(row.enterpriseId),
        unitId: row.unitId === null ? null : Number(row.unitId),
        majors: (majorsOf.get(id) ?? []).sort((a, b) => a.name.localeCompare(b.name)),
        capacity,
        ...totals,
        utilisation: capacity ? Math.round((totals.placed / capacity) * 1000) / 1000 : null,
        daysLeft: row.endDate ? daysBetween(today, row.endDate) : null,
      };
    });
    return { rows: page, total, range: [range[0], range[0] + page.length - 1] };
  }

  /** The page's bases with the year's sums of their own intakes. */
  private async withSums<T extends { outcomeId: number }>(
    rows: T[],
    ids: number[],
    academicYear: string,
  ): Promise<(T & Placement)[]> {
    const use = new Map<number, Placement>();
    if (ids.length) {
      const qb = this.dataSource.manager
        .createQueryBuilder(Intake, 'intake')
        .select('intake.outcomeId', 'outcomeId')
        .where('intake.academicYear = :year', { year: academicYear })
        .andWhere('intake.outcomeId IN (:...ids)', { ids })
        .groupBy('intake.outcomeId');
      for (const row of await selectSums(qb).getRawMany<{ outcomeId: number } & Placement>())
        use.set(Number(row.outcomeId), sums(row));
    }
    return rows.map((row) => ({ ...row, ...(use.get(Number(row.outcomeId)) ?? sums(undefined)) }));
  }

  /** The report as the person filtered and sorted it, every base, as a spreadsheet headed in their language. */
  async export(query: InternshipReportQuery, format: ExportFormat, locale: Locale): Promise<ExportFile> {
    const { rows } = await this.report({ ...query, range: undefined }, true);
    const columns = [
      'title',
      'stage',
      'enterpriseName',
      'unitName',
      'majors',
      'capacity',
      'positions',
      'placed',
      'hired',
      'utilisation',
      'endDate',
      'daysLeft',
    ] as const;
    const numeric = new Set<string>(['capacity', 'positions', 'placed', 'hired', 'utilisation', 'daysLeft']);
    const cell = (row: InternshipRow, column: (typeof columns)[number]): string | number | null => {
      if (column === 'majors') return escapeCell(row.majors.map((major) => major.name).join('、'));
      if (column === 'stage') return labelOf('outcomeStages', row.stage, locale);
      // a percentage to one decimal, as the page shows it
      if (column === 'utilisation') return row.utilisation === null ? null : Math.round(row.utilisation * 1000) / 10;
      const value = row[column];
      return value === null || typeof value === 'number' ? value : escapeCell(String(value));
    };
    return spreadsheetFile(
      exportTitle('internships', locale),
      format,
      columns.map((column) => translate(msg(`workflow.internshipColumns.${column}`), locale)),
      rows.map((row) => columns.map((column) => cell(row, column))),
      columns.map((column) => numeric.has(column)),
    );
  }

  /**
   * Positions, placed and hired in total, per term, per college and per major, for a year or all
   * years: from the report tallies (per year, term and major), or for one base or one enterprise's bases counted from their intakes.
   */
  async totals(query: IntakeTotalsQuery): Promise<IntakeTotals> {
    const manager = this.dataSource.manager;
    const [perTermAndMajor, majors] = await Promise.all([
      query.outcomeId || query.enterpriseId ? this.counted(query) : this.tallied(query.academicYear),
      manager.find(Major, { select: { id: true, code: true, name: true, unitId: true } }),
    ]);
    const majorsById = new Map(majors.map((major) => [major.id, major]));
    const rows = perTermAndMajor.filter((row) => {
      const major = majorsById.get(row.majorId);
      return (
        major &&
        (!query.unitId || major.unitId === query.unitId) &&
        (!query.majorId || major.id === query.majorId) &&
        (!query.term || row.term === query.term)
      );
    });
    const unitIds = [...new Set(rows.map((row) => majorsById.get(row.majorId)!.unitId))];
    const units = new Map(
      (unitIds.length
        ? await manager.find(Unit, { select: { id: true, name: true }, where: { id: In(unitIds) }, withDeleted: true })
        : []
      ).map((unit) => [unit.id, unit.name]),
    );
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
      add(
        byTerm.get(row.term) ??
          byTerm.set(row.term, { term: row.term, positions: 0, placed: 0, hired: 0 }).get(row.term)!,
        row,
      );
      const college =
        byCollege.get(major.unitId) ??
        byCollege
          .set(major.unitId, {
            unitId: major.unitId,
            name: units.get(major.unitId) ?? '',
            positions: 0,
            placed: 0,
            hired: 0,
          })
          .get(major.unitId)!;
      add(college, row);
      const perMajor =
        byMajor.get(major.id) ??
        byMajor
          .set(major.id, {
            majorId: major.id,
            code: major.code,
            name: major.name,
            unitId: major.unitId,
            positions: 0,
            placed: 0,
            hired: 0,
          })
          .get(major.id)!;
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
    const [rows] = await readRaw(
      this.dataSource,
      figureQuery(this.dataSource, 'intakes by year, term and major', range),
    );
    return tallies('intakes by year, term and major', rows).map((row) => {
      const [, term, majorId] = row.key.split('|');
      const [positions, placed, hired] = row.sums;
      return { term: term as Term, majorId: Number(majorId), positions, placed, hired };
    });
  }

  /** The sums per term and major of one base's (or one enterprise's bases') intakes: a handful of rows, counted. */
  private async counted(
    query: Pick<IntakeTotalsQuery, 'outcomeId' | 'enterpriseId' | 'academicYear'>,
  ): Promise<TermAndMajor[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(Intake, 'intake')
      .select(['intake.term AS "term"', 'intake.majorId AS "majorId"'])
      .groupBy('intake.term')
      .addGroupBy('intake.majorId');
    if (query.outcomeId) qb.andWhere('intake.outcomeId = :outcomeId', { outcomeId: query.outcomeId });
    if (query.enterpriseId)
      qb.andWhere('intake.outcomeId IN (SELECT "id" FROM "outcomes" WHERE "enterpriseId" = :enterpriseId)', {
        enterpriseId: query.enterpriseId,
      });
    if (query.academicYear) qb.andWhere('intake.academicYear = :year', { year: query.academicYear });
    const rows = await selectSums(qb).getRawMany<{ term: Term; majorId: number } & Placement>();
    return rows.map((row) => ({ term: row.term, majorId: Number(row.majorId), ...sums(row) }));
  }
}
