import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { OUTCOME_KINDS, OUTCOME_STAGES } from '@crm/domain';
import type { OutcomeKind, OutcomeStage } from '@crm/domain';

/** GET /api/reports/home: the leadership figures, computed on the server in a few grouped queries. */
@ApiSchema({ name: 'HomeReport' })
export class HomeReportSchema {
  @ApiProperty({ type: 'string' })
  today!: string;
  @ApiProperty({ type: 'string' })
  academicYear!: string;
  /** The college whose figures these are (`?unitId=`: its outcomes, their partners and meetings, its tasks), or null for the whole school. */
  @ApiProperty({
    nullable: true,
    type: 'integer',
    description:
      'The college whose figures these are (`?unitId=`: its outcomes, their partners and meetings, its tasks), or null for the whole school.',
  })
  unitId!: number | null;
  /** No enterprise, chamber or meeting yet: the dashboard shows how to start instead. */
  @ApiProperty({
    type: 'boolean',
    description: 'No enterprise, chamber or meeting yet: the dashboard shows how to start instead.',
  })
  isEmpty!: boolean;
  @ApiProperty({ type: 'number' })
  activePartners!: number;
  @ApiProperty({ type: 'number' })
  meetingsThisYear!: number;
  @ApiProperty({ type: 'number' })
  activeInternshipBases!: number;
  @ApiProperty({ type: 'number' })
  internshipCapacity!: number;
  @ApiProperty({ type: 'number' })
  expiringAgreements!: number;
  /** The window of `expiringAgreements` (CRM_EXPIRY_DAYS). */
  @ApiProperty({ type: 'number', description: 'The window of `expiringAgreements` (CRM_EXPIRY_DAYS).' })
  expiryDays!: number;
  @ApiProperty({ type: 'number' })
  overdueTasks!: number;
  /** Months of the academic year, "2024-09" … "2025-08", with the meetings held in each. */
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      required: ['month', 'meetings'],
      properties: { month: { type: 'string' }, meetings: { type: 'number' } },
    },
    description: 'Months of the academic year, "2024-09" … "2025-08", with the meetings held in each.',
  })
  meetingsPerMonth!: { month: string; meetings: number }[];
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      required: ['kind', 'stage', 'count'],
      properties: {
        kind: { type: 'string', enum: [...OUTCOME_KINDS] },
        stage: { type: 'string', enum: [...OUTCOME_STAGES] },
        count: { type: 'number' },
      },
    },
  })
  outcomesByKindAndStage!: { kind: OutcomeKind; stage: OutcomeStage; count: number }[];
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      required: ['chamberId', 'name', 'outcomes', 'liveOutcomes'],
      properties: {
        chamberId: { type: 'integer' },
        name: { type: 'string' },
        outcomes: { type: 'number' },
        liveOutcomes: { type: 'number' },
      },
    },
  })
  topChambers!: { chamberId: number; name: string; outcomes: number; liveOutcomes: number }[];
  /** What enterprises wanted in the surveys after meetings this academic year: answers per outcome kind, most wanted first. */
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      required: ['kind', 'count'],
      properties: { kind: { type: 'string', enum: [...OUTCOME_KINDS] }, count: { type: 'number' } },
    },
    description:
      'What enterprises wanted in the surveys after meetings this academic year: answers per outcome kind, most wanted first.',
  })
  wantsByKind!: { kind: OutcomeKind; count: number }[];
}
