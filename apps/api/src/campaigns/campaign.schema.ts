import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { TrackedRecordSchema } from '../common/record.schema';

/** A 访企拓岗 visits campaign: the visits made between its days (China time, both included) count. */
@ApiSchema({ name: 'Campaign' })
export class CampaignSchema extends TrackedRecordSchema {
  @ApiProperty({ type: 'string' })
  name!: string;
  @ApiProperty({ type: 'string' })
  startsOn!: string;
  @ApiProperty({ type: 'string' })
  endsOn!: string;
  @ApiProperty({ nullable: true, type: 'string' })
  notes!: string | null;
}
