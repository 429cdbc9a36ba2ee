import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { TrackedRecordSchema } from '../common/record.schema';

/** A teacher's practice period in an enterprise (教师企业实践), as the API sends it. */
@ApiSchema({ name: 'TeacherPractice' })
export class TeacherPracticeSchema extends TrackedRecordSchema {
  @ApiProperty({ type: 'integer', description: 'The teacher (a staff member).' })
  staffId!: number;
  @ApiProperty({ type: 'integer' })
  enterpriseId!: number;
  @ApiProperty({ nullable: true, type: 'integer', description: 'The cooperation project it belongs to, if any.' })
  outcomeId!: number | null;
  @ApiProperty({
    nullable: true,
    type: 'integer',
    description: "The teacher's college when the practice was written (derived).",
  })
  unitId!: number | null;
  @ApiProperty({ type: 'string', format: 'date', description: 'First day, China Standard Time.' })
  startsOn!: string;
  @ApiProperty({ type: 'string', format: 'date', description: 'Last day, included.' })
  endsOn!: string;
  @ApiProperty({ type: 'integer', description: 'Days spent in the enterprise, at most the days of the period.' })
  days!: number;
  @ApiProperty({ type: 'string' })
  content!: string;
}
