import { OptionalText, RecordBody, RequiredText, UpdateBody } from '../common/dto';
import { IsDateOnly } from '../common/validation';

export class CreateCampaignBody extends RecordBody {
  /** e.g. "2025年访企拓岗促就业专项行动". */
  @RequiredText(200) name: string;
  /** First day counted (China Standard Time), YYYY-MM-DD. */
  @IsDateOnly() startsOn: string;
  /** Last day counted, YYYY-MM-DD. */
  @IsDateOnly() endsOn: string;
  @OptionalText(20000) notes?: string | null;
}

export class UpdateCampaignBody extends UpdateBody(CreateCampaignBody) {}
