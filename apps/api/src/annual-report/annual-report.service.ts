import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { readRaw } from '../database/read-pool';
import {
  academicYearRange,
  ANNUAL_REPORT_COLUMNS,
  AnnualBaseRow,
  AnnualCollegeRow,
  AnnualMajorRow,
  AnnualReport,
  BASE_FIGURES,
  COLLEGE_FIGURES,
  FigureSource,
  Locale,
  MAJOR_FIGURES,
  MajorFigure,
  OutcomeKind,
  tenThousandYuan,
} from '@crm/domain';
import { msg, translate } from '../common/i18n';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Intake } from '../intakes/intake.entity';
import { Major } from '../majors/major.entity';
import { Outcome } from '../outcomes/outcome.entity';
import { TeacherPractice } from '../teacher-practices/teacher-practice.entity';
import { Unit } from '../units/unit.entity';

/**
 * Stages in which an outcome happened: signed, running or done, or lapsed — an agreement that ran
 * its term and was not renewed (the daily agreements run moves it there) still counts for the years
 * its term covered. Not an idea, nothing under negotiation, nothing terminated.
 */
const COUNTED_STAGES = ['signed', 'active', 'completed', 'lapsed'];

type OutcomeRow = Pick<
  Outcome,
  | 'id'
  | 'title'
  | 'kind'
  | 'enterpriseId'
  | 'majorId'
  | 'academicYear'
  | 'startDate'
  | 'endDate'
  | 'orderClassStudents'
  | 'courses'
  | 'textbooks'
  | 'partTimeTeachers'
  | 'donatedEquipmentValue'
  | 'quasiDonatedEquipmentValue'
  | 'technicalServiceIncome'
  | 'trainingPersonDays'
  | 'trainingProjects'
  | 'providesAccommodation'
  | 'internshipAllowance'
  | 'paymentPerStudent'
>;
type IntakeRow = Pick<
  Intake,
  | 'id'
  | 'outcomeId'
  | 'majorId'
  | 'placed'
  | 'hired'
  | 'studentVisits'
  | 'daysInUse'
  | 'halfYearInterns'
  | 'supervisingTeachers'
>;

/** What each per-major figure adds up from one outcome of the year (the intakes' figures are added apart). */
const OUTCOME_FIGURES: Partial<Record<MajorFigure, (outcome: OutcomeRow) => number>> = {
  orderClassStudents: (o) => o.orderClassStudents ?? 0,
  // an outcome of the kind, without a count, is one course or textbook
  courses: (o) => o.courses ?? (o.kind === ('course' satisfies OutcomeKind) ? 1 : 0),
  textbooks: (o) => o.textbooks ?? (o.kind === ('textbook' satisfies OutcomeKind) ? 1 : 0),
  partTimeTeachers: (o) => o.partTimeTeachers ?? 0,
  donatedEquipment: (o) => o.donatedEquipmentValue ?? 0,
  quasiDonatedEquipment: (o) => o.quasiDonatedEquipmentValue ?? 0,
  technicalServiceIncome: (o) => o.technicalServiceIncome ?? 0,
  trainingPersonDays: (o) => o.trainingPersonDays ?? 0,
};
const INTAKE_FIGURES: Partial<Record<MajorFigure, (intake: IntakeRow) => number>> = {
  placed: (i) => i.placed,
  hired: (i) => i.hired,
};

/**
 * The annual report of an academic year, from the records alone:
 * - an outcome's per-year figures count in its own academic year (that of its start date), when it
 *   was signed, is running or is completed;
 * - a cooperating enterprise of a major is the partner of such an outcome for the major that is in
 *   force at some time in the year, or of a base that took the major's students that year;
 * - placed, hired and a base's use come from the year's intakes;
 * - a college's teacher practice days are those of the practices that started in the year.
 */
@Injectable()
export class AnnualReportService {
  constructor(private readonly dataSource: DataSource) {}

  async report(academicYear: string): Promise<AnnualReport> {
    const { start, end } = academicYearRange(academicYear);
    const outcomeColumns = Object.keys(OUTCOME_SELECT).map((column) => `o.${column} AS "${column}"`);
    const outcomeRows = (rows: ObjectLiteral[]) =>
      (rows as OutcomeRow[]).map((outcome) => ({
        ...outcome,
        providesAccommodation: outcome.providesAccommodation === null ? null : Boolean(outcome.providesAccommodation),
      }));
    // one snapshot, on a reader thread where the engine has them: at 100k outcomes these reads take
    // a second, which must not stall the other users' requests (database/read-pool.ts)
    const [majors, outcomeFound, intakes, colleges, practices] = (await readRaw(
      this.dataSource,
      this.dataSource
        .createQueryBuilder(Major, 'm')
        .leftJoin(Unit, 'u', 'u.id = m.unitId')
        .select(['m.id AS "id"', 'm.code AS "code"', 'm.name AS "name"', 'u.name AS "college"'])
        .orderBy('m.code'),
      // the year's outcomes and those in force during it
      this.dataSource
        .createQueryBuilder(Outcome, 'o')
        .select(outcomeColumns)
        .where('o.stage IN (:...stages)', { stages: COUNTED_STAGES })
        .andWhere(
          '(o.academicYear = :year OR ((o.startDate <= :end OR (o.startDate IS NULL AND o.academicYear <= :year)) AND (o.endDate IS NULL OR o.endDate >= :start)))',
          { year: academicYear, start, end },
        ),
      this.dataSource
        .createQueryBuilder(Intake, 'i')
        .innerJoin(Outcome, 'o', 'o.id = i.outcomeId AND o.deletedAt IS NULL')
        .select(
          [
            'id',
            'outcomeId',
            'majorId',
            'placed',
            'hired',
            'studentVisits',
            'daysInUse',
            'halfYearInterns',
            'supervisingTeachers',
          ].map((column) => `i.${column} AS "${column}"`),
        )
        .where('i.academicYear = :year', { year: academicYear })
        .orderBy('i.id'),
      this.dataSource
        .createQueryBuilder(Unit, 'u')
        .select(['u.id AS "id"', 'u.name AS "name"'])
        .where('u.kind = :kind', { kind: 'college' })
        .orderBy('u.nameSortKey')
        .addOrderBy('u.id'),
      this.dataSource
        .createQueryBuilder(TeacherPractice, 'p')
        .select(['p.id AS "id"', 'p.unitId AS "unitId"', 'p.days AS "days"'])
        .where('p.startsOn >= :start AND p.startsOn <= :end', { start, end })
        .orderBy('p.id'),
    )) as [
      { id: number; code: string; name: string; college: string | null }[],
      ObjectLiteral[],
      IntakeRow[],
      { id: number; name: string }[],
      { id: number; unitId: number | null; days: number }[],
    ];
    const outcomes = outcomeRows(outcomeFound);
    const outcomeById = new Map(outcomes.map((outcome) => [outcome.id, outcome]));
    // intakes may belong to a base whose agreement ended before the year: their partner still counts
    const missing = [...new Set(intakes.map((intake) => intake.outcomeId).filter((id) => !outcomeById.has(id)))];
    const more = await this.byIds(missing, (ids) =>
      this.dataSource.createQueryBuilder(Outcome, 'o').select(outcomeColumns).where('o.id IN (:...ids)', { ids }),
    );
    for (const outcome of outcomeRows(more)) outcomeById.set(outcome.id, outcome);
    const ofYear = outcomes.filter((outcome) => outcome.academicYear === academicYear);
    const inForce = outcomes.filter(
      (outcome) =>
        (outcome.startDate ?? `${outcome.academicYear.slice(0, 4)}-09-01`) <= end &&
        (!outcome.endDate || outcome.endDate >= start),
    );

    const tally = (forOutcomes: OutcomeRow[], enterpriseOutcomes: OutcomeRow[], forIntakes: IntakeRow[]) => {
      const figures = {} as Record<MajorFigure, number>;
      const sources = {} as Record<MajorFigure, FigureSource>;
      const enterprises = new Set([
        ...enterpriseOutcomes.map((o) => o.enterpriseId),
        ...forIntakes.map((i) => outcomeById.get(i.outcomeId)!.enterpriseId),
      ]);
      figures.cooperatingEnterprises = enterprises.size;
      sources.cooperatingEnterprises = { resource: 'enterprises', ids: [...enterprises].sort((a, b) => a - b) };
      for (const { key } of MAJOR_FIGURES) {
        const fromOutcome = OUTCOME_FIGURES[key];
        const fromIntake = INTAKE_FIGURES[key];
        if (fromOutcome) {
          const counted = forOutcomes.filter((o) => fromOutcome(o) > 0);
          const sum = counted.reduce((total, o) => total + fromOutcome(o), 0);
          figures[key] = (MAJOR_FIGURES.find((f) => f.key === key) as { tenThousandYuan?: boolean }).tenThousandYuan
            ? tenThousandYuan(sum)
            : sum;
          sources[key] = { resource: 'outcomes', ids: counted.map((o) => o.id).sort((a, b) => a - b) };
        } else if (fromIntake) {
          const counted = forIntakes.filter((i) => fromIntake(i) > 0);
          figures[key] = counted.reduce((total, i) => total + fromIntake(i), 0);
          sources[key] = { resource: 'intakes', ids: counted.map((i) => i.id) };
        }
      }
      return { figures, sources };
    };

    // each list split by major once, not filtered once per major
    const byMajor = <T extends { majorId: number | null }>(rows: T[]) => {
      const split = new Map<number | null, T[]>();
      for (const row of rows) {
        const list = split.get(row.majorId);
        if (list) list.push(row);
        else split.set(row.majorId, [row]);
      }
      return (majorId: number) => split.get(majorId) ?? [];
    };
    await nextTurn();
    const [ofYearOf, inForceOf, intakesOf] = [byMajor(ofYear), byMajor(inForce), byMajor(intakes)];
    const majorRows: AnnualMajorRow[] = majors.map((major) => ({
      majorId: major.id,
      code: major.code,
      major: major.name,
      college: major.college,
      ...tally(ofYearOf(major.id), inForceOf(major.id), intakesOf(major.id)),
    }));
    const totals = tally(ofYear, inForce, intakes).figures;
    await nextTurn();

    const majorById = new Map(majors.map((major) => [major.id, major]));
    const enterpriseNames = await this.names(
      Enterprise,
      inForce.filter((o) => o.kind === 'internship_base').map((o) => o.enterpriseId),
    );
    const bases: AnnualBaseRow[] = [];
    const intakesOfBase = new Map<number, IntakeRow[]>();
    for (const intake of intakes) {
      const list = intakesOfBase.get(intake.outcomeId);
      if (list) list.push(intake);
      else intakesOfBase.set(intake.outcomeId, [intake]);
    }
    const collator = new Intl.Collator('zh-CN');
    const sortedBases = inForce
      .filter((o) => o.kind === 'internship_base')
      .sort((a, b) => collator.compare(a.title, b.title) || a.id - b.id);
    await nextTurn();
    for (const [index, base] of sortedBases.entries()) {
      // tens of thousands of bases at a large school: other requests are served between slices
      if (index > 0 && index % SLICE === 0) await nextTurn();
      const own = intakesOfBase.get(base.id) ?? [];
      const majorIds = [...new Set([...own.map((intake) => intake.majorId), ...(base.majorId ? [base.majorId] : [])])];
      const rows = majorIds.length ? majorIds : [null];
      for (const majorId of rows.sort((a, b) =>
        (majorById.get(a ?? 0)?.code ?? '').localeCompare(majorById.get(b ?? 0)?.code ?? ''),
      )) {
        const forMajor = own.filter((intake) => intake.majorId === majorId);
        const sum = (pick: (intake: IntakeRow) => number) =>
          forMajor.reduce((total, intake) => total + pick(intake), 0);
        const intakeSource = (pick: (intake: IntakeRow) => number): FigureSource => ({
          resource: 'intakes',
          ids: forMajor.filter((intake) => pick(intake) > 0).map((intake) => intake.id),
        });
        const baseSource: FigureSource = { resource: 'outcomes', ids: [base.id] };
        const major = majorId ? majorById.get(majorId) : undefined;
        bases.push({
          outcomeId: base.id,
          base: base.title,
          enterprise: enterpriseNames.get(base.enterpriseId) ?? '',
          majorId,
          code: major?.code ?? null,
          major: major?.name ?? null,
          figures: {
            trainingProjects: base.trainingProjects ?? 0,
            studentVisits: sum((i) => i.studentVisits),
            daysInUse: sum((i) => i.daysInUse),
            halfYearInterns: sum((i) => i.halfYearInterns),
            providesAccommodation: base.providesAccommodation,
            internshipAllowance: base.internshipAllowance ?? 0,
            paymentPerStudent: base.paymentPerStudent ?? 0,
            supervisingTeachers: sum((i) => i.supervisingTeachers),
            hired: sum((i) => i.hired),
          },
          sources: {
            trainingProjects: baseSource,
            studentVisits: intakeSource((i) => i.studentVisits),
            daysInUse: intakeSource((i) => i.daysInUse),
            halfYearInterns: intakeSource((i) => i.halfYearInterns),
            providesAccommodation: baseSource,
            internshipAllowance: baseSource,
            paymentPerStudent: baseSource,
            supervisingTeachers: intakeSource((i) => i.supervisingTeachers),
            hired: intakeSource((i) => i.hired),
          },
        });
      }
    }
    const collegeRows: AnnualCollegeRow[] = colleges.map((college) => {
      const own = practices.filter((practice) => practice.unitId === college.id);
      return {
        unitId: college.id,
        college: college.name,
        figures: { teacherPracticeDays: own.reduce((total, practice) => total + practice.days, 0) },
        sources: { teacherPracticeDays: { resource: 'teacher-practices', ids: own.map((practice) => practice.id) } },
      };
    });
    const collegeTotals = { teacherPracticeDays: practices.reduce((total, practice) => total + practice.days, 0) };
    return { academicYear, majors: majorRows, totals, colleges: collegeRows, collegeTotals, bases };
  }

  /** The report as a workbook: one sheet per table, headed in the reader's language, numbers as numbers, 万元 with two decimals. */
  async workbook(report: AnnualReport, locale: Locale): Promise<Buffer> {
    const text = (key: Parameters<typeof msg>[0]) => translate(msg(key), locale);
    const column = (key: keyof typeof ANNUAL_REPORT_COLUMNS) => ANNUAL_REPORT_COLUMNS[key][locale];
    const workbook = new ExcelJS.Workbook();
    const majors = workbook.addWorksheet(text('annualReport.majorsSheet'));
    majors.addRow([
      column('code'),
      column('major'),
      column('college'),
      ...MAJOR_FIGURES.map((figure) => figure.label[locale]),
    ]);
    for (const row of report.majors)
      majors.addRow([
        row.code,
        row.major,
        row.college ?? '',
        ...MAJOR_FIGURES.map((figure) => row.figures[figure.key]),
      ]);
    majors.addRow([column('total'), '', '', ...MAJOR_FIGURES.map((figure) => report.totals[figure.key])]);
    MAJOR_FIGURES.forEach((figure, index) => {
      const figureColumn = majors.getColumn(index + 4);
      figureColumn.width = 14;
      if ('tenThousandYuan' in figure) figureColumn.numFmt = '0.00';
    });
    majors.getColumn(2).width = 24;
    majors.getColumn(3).width = 20;

    const bases = workbook.addWorksheet(text('annualReport.basesSheet'));
    bases.addRow([
      column('base'),
      column('enterprise'),
      column('code'),
      column('major'),
      ...BASE_FIGURES.map((figure) => figure.label[locale]),
    ]);
    for (const row of report.bases) {
      bases.addRow([
        row.base,
        row.enterprise,
        row.code ?? '',
        row.major ?? '',
        ...BASE_FIGURES.map((figure) =>
          figure.key === 'providesAccommodation'
            ? row.figures.providesAccommodation === null
              ? ''
              : column(row.figures.providesAccommodation ? 'yes' : 'no')
            : row.figures[figure.key],
        ),
      ]);
    }
    for (const column of [1, 2]) bases.getColumn(column).width = 28;

    const colleges = workbook.addWorksheet(text('annualReport.collegesSheet'));
    colleges.addRow([column('college'), ...COLLEGE_FIGURES.map((figure) => figure.label[locale])]);
    for (const row of report.colleges)
      colleges.addRow([row.college, ...COLLEGE_FIGURES.map((figure) => row.figures[figure.key])]);
    colleges.addRow([column('total'), ...COLLEGE_FIGURES.map((figure) => report.collegeTotals[figure.key])]);
    colleges.getColumn(1).width = 24;
    colleges.getColumn(2).width = 18;
    for (const sheet of [majors, bases, colleges]) sheet.getRow(1).font = { bold: true };
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  private async names(target: typeof Enterprise, ids: number[]): Promise<Map<number, string>> {
    const found = await this.byIds([...new Set(ids)], (chunk) =>
      this.dataSource
        .createQueryBuilder(target, 'e')
        .withDeleted()
        .select(['e.id AS "id"', 'e.name AS "name"'])
        .where('e.id IN (:...ids)', { ids: chunk }),
    );
    return new Map(found.map((row) => [row.id as number, row.name as string]));
  }

  /** The rows of `query` for every id, 500 ids a statement, all of them in one snapshot on a reader thread (readRaw). */
  private async byIds(
    ids: number[],
    query: (ids: number[]) => SelectQueryBuilder<ObjectLiteral>,
  ): Promise<ObjectLiteral[]> {
    const queries: SelectQueryBuilder<ObjectLiteral>[] = [];
    for (let index = 0; index < ids.length; index += 500) queries.push(query(ids.slice(index, index + 500)));
    return queries.length ? (await readRaw(this.dataSource, ...queries)).flat() : [];
  }
}

/** Rows of the bases table built, or written as JSON, between two turns of the event loop. */
const SLICE = 1000;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The report as JSON text in slices, the same text JSON.stringify writes: at 100,000 enterprises the
 * bases table is about 25 MB of JSON, which one JSON.stringify would write while every other request
 * waited (1.7 s under load).
 */
export async function* reportJson(report: AnnualReport): AsyncGenerator<string> {
  const { bases, ...rest } = report;
  yield `${JSON.stringify(rest).slice(0, -1)},"bases":[`;
  for (let first = 0; first < bases.length; first += SLICE) {
    yield `${first ? ',' : ''}${bases
      .slice(first, first + SLICE)
      .map((row) => JSON.stringify(row))
      .join(',')}`;
    await nextTurn();
  }
  yield ']}';
}

/** The outcome columns the report reads. */
const OUTCOME_SELECT: Record<keyof OutcomeRow, true> = {
  id: true,
  title: true,
  kind: true,
  enterpriseId: true,
  majorId: true,
  academicYear: true,
  startDate: true,
  endDate: true,
  orderClassStudents: true,
  courses: true,
  textbooks: true,
  partTimeTeachers: true,
  donatedEquipmentValue: true,
  quasiDonatedEquipmentValue: true,
  technicalServiceIncome: true,
  trainingPersonDays: true,
  trainingProjects: true,
  providesAccommodation: true,
  internshipAllowance: true,
  paymentPerStudent: true,
};
