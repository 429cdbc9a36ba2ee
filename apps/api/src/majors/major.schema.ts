import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { TrackedRecordSchema } from '../common/record.schema';

@ApiSchema({ name: 'Major' })
export class MajorSchema extends TrackedRecordSchema {
  @ApiProperty({ type: 'string' })
  code!: string;
  @ApiProperty({ type: 'string' })
  name!: string;
  @ApiProperty({ type: 'integer' })
  unitId!: number;
}
