import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { OUTCOME_KINDS, OUTCOME_STAGES, type OutcomeKind, type OutcomeStage } from '@crm/domain';
import { OutcomeSchema } from '../outcomes/outcome.schema';

/** An earlier term of an agreement, kept when it was renewed. */
@ApiSchema({ name: 'AgreementTerm' })
export class AgreementTermSchema {
  @ApiProperty({ type: 'integer' })
  id!: number;
  @ApiProperty({ type: 'integer' })
  outcomeId!: number;
  @ApiProperty({ type: 'string', format: 'date', nullable: true })
  startDate!: string | null;
  @ApiProperty({ type: 'string', format: 'date', nullable: true })
  endDate!: string | null;
  @ApiProperty({ type: 'string', format: 'date', nullable: true })
  signedDate!: string | null;
  @ApiProperty({ type: 'string', format: 'date-time' })
  renewedAt!: string;
  @ApiProperty({ type: 'integer', nullable: true })
  renewedById!: number | null;
  @ApiProperty({ type: 'string', nullable: true })
  renewedByName!: string | null;
}

/** POST /api/outcomes/{id}/renew: the outcome with its new term, and the terms before it. */
@ApiSchema({ name: 'RenewedOutcome' })
export class RenewedOutcomeSchema extends OutcomeSchema {
  @ApiProperty({ type: () => AgreementTermSchema, isArray: true })
  terms!: AgreementTermSchema[];
}

/** One agreement of the expiry list. */
@ApiSchema({ name: 'ExpiringAgreement' })
export class ExpiringAgreementSchema {
  @ApiProperty({ type: 'integer' })
  outcomeId!: number;
  @ApiProperty({ type: 'string' })
  title!: string;
  @ApiProperty({ type: 'string', enum: [...OUTCOME_KINDS] })
  kind!: OutcomeKind;
  @ApiProperty({ type: 'string', enum: [...OUTCOME_STAGES] })
  stage!: OutcomeStage;
  @ApiProperty({ type: 'integer' })
  enterpriseId!: number;
  @ApiProperty({ type: 'string' })
  enterpriseName!: string;
  @ApiProperty({ type: 'integer', nullable: true })
  ownerId!: number | null;
  @ApiProperty({ type: 'string', format: 'date' })
  endDate!: string;
  @ApiProperty({ type: 'integer' })
  daysLeft!: number;
  @ApiProperty({
    type: 'string',
    enum: ['ended', 'expiring'],
    description: '"ended": past its end and not renewed; "expiring": ends within the warning window.',
  })
  status!: 'ended' | 'expiring';
  @ApiProperty({ type: 'integer', nullable: true })
  renewalTaskId!: number | null;
}

/** GET /api/reports/expiring. */
@ApiSchema({ name: 'ExpiryReport' })
export class ExpiryReportSchema {
  @ApiProperty({ type: 'string', format: 'date' })
  today!: string;
  @ApiProperty({ type: 'integer' })
  expiryDays!: number;
  @ApiProperty({ type: 'integer', description: 'Every agreement listed, whatever the page.' })
  total!: number;
  @ApiProperty({
    type: 'array',
    items: { type: 'integer' },
    minItems: 2,
    maxItems: 2,
    description: 'The page’s first and last position in the whole list.',
  })
  range!: [number, number];
  @ApiProperty({ type: () => ExpiringAgreementSchema, isArray: true })
  agreements!: ExpiringAgreementSchema[];
}
