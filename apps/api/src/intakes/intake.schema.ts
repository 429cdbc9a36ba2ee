import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { TERMS } from '@crm/domain';
import type { Term } from '@crm/domain';
import { TrackedRecordSchema } from '../common/record.schema';

@ApiSchema({ name: 'Intake' })
export class IntakeSchema extends TrackedRecordSchema {
  @ApiProperty({ type: 'integer' })
  outcomeId!: number;
  @ApiProperty({ type: 'string' })
  academicYear!: string;
  @ApiProperty({ type: 'string', enum: [...TERMS] })
  term!: Term;
  @ApiProperty({ type: 'integer' })
  majorId!: number;
  @ApiProperty({ type: 'number' })
  positions!: number;
  @ApiProperty({ type: 'number' })
  placed!: number;
  @ApiProperty({ type: 'number' })
  hired!: number;
  @ApiProperty({ nullable: true, type: 'string' })
  notes!: string | null;
  /** The annual report's figures of a base's use. */
  @ApiProperty({ type: 'number', description: 'The annual report’s figures of a base’s use.' })
  studentVisits!: number;
  @ApiProperty({ type: 'number' })
  daysInUse!: number;
  @ApiProperty({ type: 'number' })
  halfYearInterns!: number;
  @ApiProperty({ type: 'number' })
  supervisingTeachers!: number;
}
