import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import {
  BASE_FIGURES,
  COLLEGE_FIGURES,
  MAJOR_FIGURES,
  type AnnualBaseRow,
  type AnnualMajorRow,
  type CollegeFigure,
  type MajorFigure,
} from '@crm/domain';

/** The records behind one figure, for the dashboard to open as a filtered list. */
const SOURCE = {
  type: 'object',
  required: ['resource', 'ids'],
  properties: {
    resource: { type: 'string', enum: ['enterprises', 'outcomes', 'intakes', 'teacher-practices'] },
    ids: { type: 'array', items: { type: 'integer' } },
  },
};
const MAJOR_KEYS = MAJOR_FIGURES.map((figure) => figure.key);
const BASE_KEYS = BASE_FIGURES.map((figure) => figure.key);
const COLLEGE_KEYS = COLLEGE_FIGURES.map((figure) => figure.key);
/** An object with one property per figure of the report (the figures are declared once, in libs/domain). */
const perFigure = (keys: readonly string[], value: (key: string) => object) => ({
  type: 'object' as const,
  selfRequired: true,
  required: [...keys],
  properties: Object.fromEntries(keys.map((key) => [key, value(key)])),
});

@ApiSchema({ name: 'AnnualMajorRow' })
export class AnnualMajorRowSchema {
  @ApiProperty({ type: 'integer' })
  majorId!: number;
  @ApiProperty({ type: 'string' })
  code!: string;
  @ApiProperty({ type: 'string' })
  major!: string;
  @ApiProperty({ type: 'string', nullable: true })
  college!: string | null;
  @ApiProperty(perFigure(MAJOR_KEYS, () => ({ type: 'number' })))
  figures!: AnnualMajorRow['figures'];
  @ApiProperty(perFigure(MAJOR_KEYS, () => SOURCE))
  sources!: AnnualMajorRow['sources'];
}

@ApiSchema({ name: 'AnnualBaseRow' })
export class AnnualBaseRowSchema {
  @ApiProperty({ type: 'integer' })
  outcomeId!: number;
  @ApiProperty({ type: 'string' })
  base!: string;
  @ApiProperty({ type: 'string' })
  enterprise!: string;
  @ApiProperty({ type: 'integer', nullable: true })
  majorId!: number | null;
  @ApiProperty({ type: 'string', nullable: true })
  code!: string | null;
  @ApiProperty({ type: 'string', nullable: true })
  major!: string | null;
  @ApiProperty(
    perFigure(BASE_KEYS, (key) =>
      key === 'providesAccommodation' ? { type: 'boolean', nullable: true } : { type: 'number' },
    ),
  )
  figures!: AnnualBaseRow['figures'];
  @ApiProperty(perFigure(BASE_KEYS, () => SOURCE))
  sources!: AnnualBaseRow['sources'];
}

@ApiSchema({ name: 'AnnualCollegeRow' })
export class AnnualCollegeRowSchema {
  @ApiProperty({ type: 'integer' })
  unitId!: number;
  @ApiProperty({ type: 'string' })
  college!: string;
  @ApiProperty(perFigure(COLLEGE_KEYS, () => ({ type: 'number' })))
  figures!: Record<CollegeFigure, number>;
  @ApiProperty(perFigure(COLLEGE_KEYS, () => SOURCE))
  sources!: Record<CollegeFigure, { resource: string; ids: number[] }>;
}

/** GET /api/reports/annual: the figures of the annual report on school–enterprise cooperation. */
@ApiSchema({ name: 'AnnualReport' })
export class AnnualReportSchema {
  @ApiProperty({ type: 'string', example: '2024-2025' })
  academicYear!: string;
  @ApiProperty({ type: () => AnnualMajorRowSchema, isArray: true })
  majors!: AnnualMajorRowSchema[];
  @ApiProperty({
    ...perFigure(MAJOR_KEYS, () => ({ type: 'number' })),
    description: 'The school’s totals: an enterprise serving two majors counted once.',
  })
  totals!: Record<MajorFigure, number>;
  @ApiProperty({
    type: () => AnnualCollegeRowSchema,
    isArray: true,
    description: 'Every secondary college, with or without figures.',
  })
  colleges!: AnnualCollegeRowSchema[];
  @ApiProperty({
    ...perFigure(COLLEGE_KEYS, () => ({ type: 'number' })),
    description: 'The school’s totals of the college figures, teachers of no college included.',
  })
  collegeTotals!: Record<CollegeFigure, number>;
  @ApiProperty({ type: () => AnnualBaseRowSchema, isArray: true })
  bases!: AnnualBaseRowSchema[];
}
