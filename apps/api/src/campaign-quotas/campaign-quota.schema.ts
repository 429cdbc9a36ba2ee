import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { TrackedRecordSchema } from '../common/record.schema';

/** A leader's quota in a campaign: distinct enterprises to visit. */
@ApiSchema({ name: 'CampaignQuota' })
export class CampaignQuotaSchema extends TrackedRecordSchema {
  @ApiProperty({ type: 'integer' })
  campaignId!: number;
  @ApiProperty({ type: 'integer' })
  staffId!: number;
  @ApiProperty({ type: 'number' })
  enterprises!: number;
  @ApiProperty({ nullable: true, type: 'string' })
  notes!: string | null;
}
