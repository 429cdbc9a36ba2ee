import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { RELATIONSHIP_STAGES } from '@crm/domain';
import type { RelationshipStage, MeetingKind, OutcomeKind, YearFigures } from '@crm/domain';

/** GET /api/reports/funnel, /stale-partners, /chambers and /year: leadership's pipeline. */
@ApiSchema({ name: 'FunnelStage' })
export class FunnelStageSchema {
  @ApiProperty({ type: 'string', enum: [...RELATIONSHIP_STAGES] })
  stage!: RelationshipStage;
  @ApiProperty({ type: 'number' })
  count!: number;
}

/** GET /api/reports/stale-partners: partners with no contact since `since` (at most 500 listed; `total` counts all). */
@ApiSchema({ name: 'StalePartners' })
export class StalePartnersSchema {
  @ApiProperty({ type: 'number' })
  months!: number;
  @ApiProperty({ type: 'string' })
  since!: string;
  @ApiProperty({ type: 'number' })
  total!: number;
  @ApiProperty({ type: () => StalePartnerSchema, isArray: true })
  partners!: StalePartnerSchema[];
}

@ApiSchema({ name: 'StalePartner' })
export class StalePartnerSchema {
  @ApiProperty({ type: 'integer' })
  enterpriseId!: number;
  @ApiProperty({ type: 'string' })
  name!: string;
  @ApiProperty({ nullable: true, type: 'string' })
  lastContactDate!: string | null;
  @ApiProperty({ nullable: true, type: 'number' })
  daysSilent!: number | null;
  @ApiProperty({ nullable: true, type: 'integer' })
  ownerId!: number | null;
  @ApiProperty({ nullable: true, type: 'string' })
  ownerName!: string | null;
}

@ApiSchema({ name: 'ChamberAttribution' })
export class ChamberAttributionSchema {
  @ApiProperty({ type: 'integer' })
  chamberId!: number;
  @ApiProperty({ type: 'string' })
  name!: string;
  /** Live member enterprises. */
  @ApiProperty({ type: 'number', description: 'Live member enterprises.' })
  members!: number;
  /** Members that attended any meeting (in the year, when one is asked for). */
  @ApiProperty({
    type: 'number',
    description: 'Members that attended any meeting (in the year, when one is asked for).',
  })
  engaged!: number;
  /** Members whose relationship stage is partner. */
  @ApiProperty({ type: 'number', description: 'Members whose relationship stage is partner.' })
  partners!: number;
  /** Meetings the chamber attended. */
  @ApiProperty({ type: 'number', description: 'Meetings the chamber attended.' })
  meetings!: number;
  /** Outcomes it brought (its chamberId) or that came out of a meeting it attended, each counted once. */
  @ApiProperty({
    type: 'number',
    description: 'Outcomes it brought (its chamberId) or that came out of a meeting it attended, each counted once.',
  })
  outcomes!: number;
  /** Of those, the ones signed and in force (stage signed or active). */
  @ApiProperty({ type: 'number', description: 'Of those, the ones signed and in force (stage signed or active).' })
  signed!: number;
}

@ApiSchema({ name: 'YearFigures' })
export class YearFiguresSchema {
  @ApiProperty({ type: 'string' })
  academicYear!: string;
  @ApiProperty({ type: 'number' })
  meetings!: number;
  @ApiProperty({ type: 'object', selfRequired: true, additionalProperties: { type: 'number' } })
  meetingsByKind!: Record<MeetingKind, number>;
  @ApiProperty({ type: 'number' })
  enterprisesMet!: number;
  @ApiProperty({ type: 'number' })
  outcomes!: number;
  @ApiProperty({ type: 'object', selfRequired: true, additionalProperties: { type: 'number' } })
  outcomesByKind!: Record<OutcomeKind, number>;
  @ApiProperty({ type: 'number' })
  agreementsSigned!: number;
  @ApiProperty({ type: 'number' })
  positions!: number;
  @ApiProperty({ type: 'number' })
  placed!: number;
  @ApiProperty({ type: 'number' })
  hired!: number;
  /** What visits made to enterprises (访企拓岗) brought back: positions offered, interns and graduates wanted. */
  @ApiProperty({
    type: 'object',
    selfRequired: true,
    required: ['positionsOffered', 'internsWanted', 'graduatesWanted'],
    properties: {
      positionsOffered: { type: 'number' },
      internsWanted: { type: 'number' },
      graduatesWanted: { type: 'number' },
    },
    description:
      'What visits made to enterprises (访企拓岗) brought back: positions offered, interns and graduates wanted.',
  })
  visits!: { positionsOffered: number; internsWanted: number; graduatesWanted: number };
}

/** GET /api/reports/year: the figures of an academic year beside the year before. */
@ApiSchema({ name: 'YearOverYear' })
export class YearOverYearSchema {
  @ApiProperty({ type: () => YearFiguresSchema })
  current!: YearFigures;
  @ApiProperty({ type: () => YearFiguresSchema })
  previous!: YearFigures;
}
