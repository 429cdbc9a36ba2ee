import { IsOptional } from 'class-validator';
import { OptionalId, OptionalText, ReadOnly, RecordBody, RequiredText, UpdateBody } from '../common/dto';
import { IsDateOnly, IsIsoDateTime } from '../common/validation';

/** The longest title a task takes (its column's length): what the daily run makes fits it too. */
export const TASK_TITLE_MAX = 300;

export class CreateTaskBody extends RecordBody {
  @RequiredText(TASK_TITLE_MAX) title: string;
  @IsOptional() @IsDateOnly() dueDate?: string | null;
  @OptionalId() assigneeId?: number | null;
  /** When it was done; null while open. */
  @IsOptional() @IsIsoDateTime() doneAt?: string | null;
  /** A task follows up a meeting, an enterprise or an outcome (at least one). */
  @OptionalId() meetingId?: number | null;
  @OptionalId() enterpriseId?: number | null;
  @OptionalId() outcomeId?: number | null;
  @OptionalText(20000) notes?: string | null;
  @ReadOnly() academicYear?: unknown;
  @ReadOnly() renewalKey?: unknown;
}

export class UpdateTaskBody extends UpdateBody(CreateTaskBody) {}
