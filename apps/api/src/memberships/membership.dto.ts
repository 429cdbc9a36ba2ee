import { IsOptional } from 'class-validator';
import { OptionalText, RecordBody, RequiredId, UpdateBody } from '../common/dto';
import { IsDateOnly } from '../common/validation';

export class CreateMembershipBody extends RecordBody {
  @RequiredId() enterpriseId: number;
  @RequiredId() chamberId: number;
  /** e.g. "vice-president unit", "member". */
  @OptionalText(100) role?: string | null;
  @IsOptional() @IsDateOnly() since?: string | null;
}

export class UpdateMembershipBody extends UpdateBody(CreateMembershipBody) {}
