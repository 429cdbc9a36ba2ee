import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/** What every stored record carries; dates of bookkeeping are ISO 8601 UTC strings on the wire. */
@ApiSchema({ name: 'TrackedRecord' })
export class TrackedRecordSchema {
  @ApiProperty({ type: 'integer' })
  id!: number;
  @ApiProperty({ type: 'integer' })
  version!: number;
  @ApiProperty({ type: 'string', format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ type: 'string', format: 'date-time' })
  updatedAt!: string;
  @ApiProperty({
    nullable: true,
    type: 'string',
    format: 'date-time',
    description: 'Set while the record is in the trash.',
  })
  deletedAt!: string | null;
}
