import { IsOptional } from 'class-validator';
import { IsDateOnly } from '../common/validation';

/** A renewal: the new end of the agreement, and when it was signed (today when left out). */
export class RenewAgreementBody {
  @IsDateOnly() endDate: string;
  @IsOptional() @IsDateOnly() signedDate?: string;
}
