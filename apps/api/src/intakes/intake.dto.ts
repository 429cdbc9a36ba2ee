import { TERMS, Term } from '@crm/domain';
import { OneOf, OptionalCount, OptionalText, RecordBody, RequiredId, UpdateBody } from '../common/dto';
import { IsAcademicYearText } from '../common/validation';

export class CreateIntakeBody extends RecordBody {
  /** The internship base (an outcome). */
  @RequiredId() outcomeId: number;
  /** e.g. "2023-2024". */
  @IsAcademicYearText() academicYear: string;
  @OneOf(TERMS) term: Term;
  @RequiredId() majorId: number;
  @OptionalCount() positions?: number;
  @OptionalCount() placed?: number;
  /** Students hired after the internship. */
  @OptionalCount() hired?: number;
  /** Student visits to the base (人次). */
  @OptionalCount() studentVisits?: number;
  @OptionalCount(366) daysInUse?: number;
  @OptionalCount() halfYearInterns?: number;
  /** Supervising teachers sent (人次). */
  @OptionalCount() supervisingTeachers?: number;
  @OptionalText(20000) notes?: string | null;
}

export class UpdateIntakeBody extends UpdateBody(CreateIntakeBody) {}
