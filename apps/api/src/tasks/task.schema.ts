import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { TrackedRecordSchema } from '../common/record.schema';

@ApiSchema({ name: 'Task' })
export class TaskSchema extends TrackedRecordSchema {
  @ApiProperty({ type: 'string' })
  title!: string;
  @ApiProperty({ nullable: true, type: 'string' })
  dueDate!: string | null;
  @ApiProperty({ nullable: true, type: 'integer' })
  assigneeId!: number | null;
  @ApiProperty({ nullable: true, type: 'string' })
  doneAt!: string | null;
  @ApiProperty({ nullable: true, type: 'integer' })
  meetingId!: number | null;
  @ApiProperty({ nullable: true, type: 'integer' })
  enterpriseId!: number | null;
  @ApiProperty({ nullable: true, type: 'integer' })
  outcomeId!: number | null;
  @ApiProperty({ type: 'string' })
  academicYear!: string;
  @ApiProperty({ nullable: true, type: 'string' })
  notes!: string | null;
  /** Set on a task the system made (a renewal), so that it is made once. */
  @ApiProperty({
    nullable: true,
    type: 'string',
    description: 'Set on a task the system made (a renewal), so that it is made once.',
  })
  renewalKey!: string | null;
}
