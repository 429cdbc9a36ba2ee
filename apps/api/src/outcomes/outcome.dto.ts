import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { OUTCOME_KINDS, OUTCOME_STAGES, OutcomeKind, OutcomeStage, RENEWALS, Renewal } from '@crm/domain';
import {
  OneOf,
  OptionalAmount,
  OptionalCount,
  OptionalId,
  OptionalText,
  ReadOnly,
  RecordBody,
  RequiredId,
  RequiredText,
  UpdateBody,
} from '../common/dto';
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
  @OptionalAmount() value?: number | null;
  /** Students per year. */
  @OptionalCount(100000) capacity?: number | null;
  /** The major the project serves. */
  @OptionalId() majorId?: number | null;
  // the annual report's figures, for the outcome's academic year
  @OptionalCount(100000) orderClassStudents?: number | null;
  @OptionalCount(1000) courses?: number | null;
  @OptionalCount(1000) textbooks?: number | null;
  @OptionalCount(10000) partTimeTeachers?: number | null;
  @OptionalAmount() donatedEquipmentValue?: number | null;
  @OptionalAmount() quasiDonatedEquipmentValue?: number | null;
  @OptionalAmount() technicalServiceIncome?: number | null;
  @OptionalCount(10_000_000) trainingPersonDays?: number | null;
  @OptionalCount(10000) trainingProjects?: number | null;
  @IsOptional() @IsBoolean(withMessage('validation.boolean')) providesAccommodation?: boolean | null;
  @OptionalAmount() internshipAllowance?: number | null;
  @OptionalAmount() paymentPerStudent?: number | null;
  @OptionalText(20000) notes?: string | null;
  @ReadOnly() position?: unknown;
  @ReadOnly() academicYear?: unknown;
}

export class UpdateOutcomeBody extends UpdateBody(CreateOutcomeBody) {}

/** A kanban move: the card goes to `stage` at index `position` (0 = top), in one transaction. */
export class MoveOutcomeBody {
  @OneOf(OUTCOME_STAGES) stage: OutcomeStage;
  @ApiProperty()
  @IsInt(withMessage('validation.wholeNumber'))
  @Min(0, withMessage('validation.notNegative'))
  @Max(1_000_000, withMessage('validation.atMost', { max: 1_000_000 }))
  position: number;
  /** The version the client saw; a stale one answers 409. */
  @ApiProperty({ required: false }) @IsOptional() @IsInt() version?: number;
}
