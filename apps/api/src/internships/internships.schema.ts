import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { OUTCOME_STAGES, TERMS } from '@crm/domain';
import type { OutcomeStage, Placement, Term } from '@crm/domain';

/** GET /api/reports/internships and /api/reports/intake-totals: internship bases and their use in an academic year. */
@ApiSchema({ name: 'Placement' })
export class PlacementSchema {
  @ApiProperty({ type: 'number' })
  positions!: number;
  @ApiProperty({ type: 'number' })
  placed!: number;
  @ApiProperty({ type: 'number' })
  hired!: number;
}

@ApiSchema({ name: 'InternshipRow' })
export class InternshipRowSchema extends PlacementSchema {
  @ApiProperty({ type: 'integer' })
  outcomeId!: number;
  @ApiProperty({ type: 'string' })
  title!: string;
  @ApiProperty({ type: 'string', enum: [...OUTCOME_STAGES] })
  stage!: OutcomeStage;
  @ApiProperty({ type: 'integer' })
  enterpriseId!: number;
  @ApiProperty({ type: 'string' })
  enterpriseName!: string;
  @ApiProperty({ nullable: true, type: 'integer' })
  unitId!: number | null;
  @ApiProperty({ nullable: true, type: 'string' })
  unitName!: string | null;
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      required: ['id', 'name'],
      properties: { id: { type: 'integer' }, name: { type: 'string' } },
    },
  })
  majors!: { id: number; name: string }[];
  @ApiProperty({ nullable: true, type: 'number' })
  capacity!: number | null;
  /** placed ÷ capacity, null without a capacity. */
  @ApiProperty({ nullable: true, type: 'number', description: 'placed ÷ capacity, null without a capacity.' })
  utilisation!: number | null;
  @ApiProperty({ nullable: true, type: 'string' })
  endDate!: string | null;
  @ApiProperty({ nullable: true, type: 'number' })
  daysLeft!: number | null;
}

@ApiSchema({ name: 'IntakeTotals' })
export class IntakeTotalsSchema {
  @ApiProperty({ nullable: true, type: 'string' })
  academicYear!: string | null;
  @ApiProperty({ type: () => PlacementSchema })
  total!: PlacementSchema;
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      required: ['positions', 'placed', 'hired', 'term'],
      properties: {
        positions: { type: 'number' },
        placed: { type: 'number' },
        hired: { type: 'number' },
        term: { type: 'string', enum: [...TERMS] },
      },
    },
  })
  byTerm!: (Placement & { term: Term })[];
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      required: ['positions', 'placed', 'hired', 'unitId', 'name'],
      properties: {
        positions: { type: 'number' },
        placed: { type: 'number' },
        hired: { type: 'number' },
        unitId: { type: 'integer' },
        name: { type: 'string' },
      },
    },
  })
  byCollege!: (Placement & { unitId: number; name: string })[];
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      required: ['positions', 'placed', 'hired', 'majorId', 'code', 'name', 'unitId'],
      properties: {
        positions: { type: 'number' },
        placed: { type: 'number' },
        hired: { type: 'number' },
        majorId: { type: 'integer' },
        code: { type: 'string' },
        name: { type: 'string' },
        unitId: { type: 'integer' },
      },
    },
  })
  byMajor!: (Placement & { majorId: number; code: string; name: string; unitId: number })[];
}
