import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { TrackedRecordSchema } from '../common/record.schema';

@ApiSchema({ name: 'Membership' })
export class MembershipSchema extends TrackedRecordSchema {
  @ApiProperty({ type: 'integer' })
  enterpriseId!: number;
  @ApiProperty({ type: 'integer' })
  chamberId!: number;
  @ApiProperty({ nullable: true, type: 'string' })
  role!: string | null;
  @ApiProperty({ nullable: true, type: 'string' })
  since!: string | null;
}
