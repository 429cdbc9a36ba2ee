import { IsInt, Max, Min } from 'class-validator';
import { OptionalText, RecordBody, RequiredId, UpdateBody } from '../common/dto';
import { withMessage } from '../common/i18n';

export class CreateCampaignQuotaBody extends RecordBody {
  @RequiredId() campaignId: number;
  /** The leader (a staff member) the target is for. */
  @RequiredId() staffId: number;
  /** Distinct enterprises to visit in the campaign (the ministry asks 100 of the top leaders). */
  @IsInt(withMessage('validation.wholeNumber'))
  @Min(1, withMessage('validation.atLeast', { min: 1 }))
  @Max(10_000, withMessage('validation.atMost', { max: 10_000 }))
  enterprises: number;
  @OptionalText(20000) notes?: string | null;
}

export class UpdateCampaignQuotaBody extends UpdateBody(CreateCampaignQuotaBody) {}
