import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { CHAMBER_KINDS } from '@crm/domain';
import type { ChamberKind } from '@crm/domain';
import { TrackedRecordSchema } from '../common/record.schema';

@ApiSchema({ name: 'Chamber' })
export class ChamberSchema extends TrackedRecordSchema {
  @ApiProperty({ type: 'string' })
  name!: string;
  @ApiProperty({ type: 'string', enum: [...CHAMBER_KINDS] })
  kind!: ChamberKind;
  @ApiProperty({ nullable: true, type: 'string' })
  city!: string | null;
  @ApiProperty({ nullable: true, type: 'string' })
  address!: string | null;
  @ApiProperty({ nullable: true, type: 'string' })
  website!: string | null;
  @ApiProperty({ nullable: true, type: 'integer' })
  ownerId!: number | null;
  @ApiProperty({ nullable: true, type: 'string' })
  notes!: string | null;
  @ApiProperty({ type: 'number' })
  memberCount!: number;
  @ApiProperty({ type: 'number' })
  outcomeCount!: number;
}
