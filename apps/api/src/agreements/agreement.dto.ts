import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { OUTCOME_KINDS, type OutcomeKind } from '@crm/domain';
import { ListQueryDto } from '../common/dto';
import { withMessage } from '../common/i18n';
import { IsDateOnly } from '../common/validation';

/** A renewal: the new end of the agreement, and when it was signed (today when left out). */
export class RenewAgreementBody {
  @IsDateOnly() endDate: string;
  @IsOptional() @IsDateOnly() signedDate?: string;
}

/** The expiry list, of one kind of agreement where asked (the internship page lists its bases). */
export class ExpiringQuery extends ListQueryDto {
  @ApiProperty({ required: false, enum: OUTCOME_KINDS })
  @IsOptional()
  @IsIn(OUTCOME_KINDS, withMessage('validation.oneOf', { values: [...OUTCOME_KINDS] }))
  kind?: OutcomeKind;
}
