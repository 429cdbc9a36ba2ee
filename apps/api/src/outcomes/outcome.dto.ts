import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { OUTCOME_KINDS, OUTCOME_STAGES, OutcomeKind, OutcomeStage, RENEWALS, Renewal } from '@crm/domain';
import { OneOf, OptionalCount, OptionalId, OptionalText, ReadOnly, RecordBody, RequiredId, RequiredText, UpdateBody } from '../common/dto';
import { IsDateOnly } from '../common/validation';
import { withMessage } from '../common/i18n';

export class CreateOutcomeBody extends RecordBody {
  @RequiredText(300) title: string;
  @OneOf(OUTCOME_KINDS) kind: OutcomeKind;
  @IsOptional() @OneOf(OUTCOME_STAGES) stage?: OutcomeStage;
  /** Partner enterprise. */
  @RequiredId() enterpriseId: number;
  /** The chamber that brought the partner. */
  @OptionalId() chamberId?: number | null;
  /** Responsible school unit. */
  @OptionalId() unitId?: number | null;
  @OptionalId() ownerId?: number | null;
  /** The meeting it came out of. */
  @OptionalId() meetingId?: number | null;
  @IsOptional() @IsDateOnly() signedDate?: string | null;
  @IsOptional() @IsDateOnly() startDate?: string | null;
  @IsOptional() @IsDateOnly() endDate?: string | null;
  @IsOptional() @OneOf(RENEWALS) renewal?: Renewal;
  /** CNY. */
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }, withMessage('validation.amount')) @Min(0, withMessage('validation.notNegative')) @Max(1e12, withMessage('validation.atMost', { max: 1e12 })) value?: number | null;
  /** Students per year. */
  @OptionalCount(100000) capacity?: number | null;
  @OptionalText(20000) notes?: string | null;
  @ReadOnly() position?: unknown;
  @ReadOnly() academicYear?: unknown;
}

export class UpdateOutcomeBody extends UpdateBody(CreateOutcomeBody) {}

/** A kanban move: the card goes to `stage` at index `position` (0 = top), in one transaction. */
export class MoveOutcomeBody {
  @OneOf(OUTCOME_STAGES) stage: OutcomeStage;
  @ApiProperty() @IsInt(withMessage('validation.wholeNumber')) @Min(0, withMessage('validation.notNegative')) position: number;
  /** The version the client saw; a stale one answers 409. */
  @ApiProperty({ required: false }) @IsOptional() @IsInt() version?: number;
}
