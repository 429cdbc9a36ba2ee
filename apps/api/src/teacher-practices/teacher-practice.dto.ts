import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { OptionalId, ReadOnly, RecordBody, RequiredId, RequiredText, UpdateBody } from '../common/dto';
import { withMessage } from '../common/i18n';
import { IsDateOnly } from '../common/validation';

export class CreateTeacherPracticeBody extends RecordBody {
  /** The teacher (a staff member). */
  @RequiredId() staffId: number;
  @RequiredId() enterpriseId: number;
  @OptionalId() outcomeId?: number | null;
  /** First day, YYYY-MM-DD. */
  @IsDateOnly() startsOn: string;
  /** Last day, YYYY-MM-DD, not before startsOn. */
  @IsDateOnly() endsOn: string;
  /** Days spent in the enterprise; left out, every day from startsOn to endsOn. */
  @IsOptional()
  @IsInt(withMessage('validation.wholeNumber'))
  @Min(1, withMessage('validation.atLeast', { min: 1 }))
  @Max(366, withMessage('validation.atMost', { max: 366 }))
  days?: number;
  @RequiredText(20000) content: string;
  /** The teacher's college, kept by the server: sent back as read, never written. */
  @ReadOnly() unitId?: unknown;
}

export class UpdateTeacherPracticeBody extends UpdateBody(CreateTeacherPracticeBody) {}
