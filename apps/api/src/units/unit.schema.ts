import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { UNIT_KINDS } from '@crm/domain';
import type { UnitKind } from '@crm/domain';
import { TrackedRecordSchema } from '../common/record.schema';

@ApiSchema({ name: 'Unit' })
export class UnitSchema extends TrackedRecordSchema {
  @ApiProperty({ type: 'string' })
  name!: string;
  @ApiProperty({ type: 'string', enum: [...UNIT_KINDS] })
  kind!: UnitKind;
  @ApiProperty({ nullable: true, type: 'string' })
  code!: string | null;
  @ApiProperty({ nullable: true, type: 'string' })
  notes!: string | null;
  /** The unit's WeChat Work group robot; its tasks and agreements are posted there. */
  @ApiProperty({
    nullable: true,
    type: 'string',
    description: 'The unit’s WeChat Work group robot; its tasks and agreements are posted there.',
  })
  wecomWebhook!: string | null;
}
