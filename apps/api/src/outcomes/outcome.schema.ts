import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { OUTCOME_KINDS, OUTCOME_STAGES, RENEWALS } from '@crm/domain';
import type { OutcomeKind, OutcomeStage, Renewal } from '@crm/domain';
import { TrackedRecordSchema } from '../common/record.schema';

@ApiSchema({ name: 'Outcome' })
export class OutcomeSchema extends TrackedRecordSchema {
  @ApiProperty({ type: 'string' })
  title!: string;
  @ApiProperty({ type: 'string', enum: [...OUTCOME_KINDS] })
  kind!: OutcomeKind;
  @ApiProperty({ type: 'string', enum: [...OUTCOME_STAGES] })
  stage!: OutcomeStage;
  @ApiProperty({ type: 'number' })
  position!: number;
  @ApiProperty({ type: 'integer' })
  enterpriseId!: number;
  @ApiProperty({ nullable: true, type: 'integer' })
  chamberId!: number | null;
  @ApiProperty({ nullable: true, type: 'integer' })
  unitId!: number | null;
  @ApiProperty({ nullable: true, type: 'integer' })
  ownerId!: number | null;
  @ApiProperty({ nullable: true, type: 'integer' })
  meetingId!: number | null;
  @ApiProperty({ nullable: true, type: 'string' })
  signedDate!: string | null;
  @ApiProperty({ nullable: true, type: 'string' })
  startDate!: string | null;
  @ApiProperty({ nullable: true, type: 'string' })
  endDate!: string | null;
  @ApiProperty({ type: 'string', enum: [...RENEWALS] })
  renewal!: Renewal;
  @ApiProperty({ nullable: true, type: 'number' })
  value!: number | null;
  @ApiProperty({ nullable: true, type: 'number' })
  capacity!: number | null;
  @ApiProperty({ type: 'string' })
  academicYear!: string;
  @ApiProperty({ nullable: true, type: 'string' })
  notes!: string | null;
  /** The annual report's figures of the outcome, per major. */
  @ApiProperty({
    nullable: true,
    type: 'integer',
    description: 'The annual report’s figures of the outcome, per major.',
  })
  majorId!: number | null;
  @ApiProperty({ nullable: true, type: 'number' })
  orderClassStudents!: number | null;
  @ApiProperty({ nullable: true, type: 'number' })
  courses!: number | null;
  @ApiProperty({ nullable: true, type: 'number' })
  textbooks!: number | null;
  @ApiProperty({ nullable: true, type: 'number' })
  partTimeTeachers!: number | null;
  @ApiProperty({ nullable: true, type: 'number' })
  donatedEquipmentValue!: number | null;
  @ApiProperty({ nullable: true, type: 'number' })
  quasiDonatedEquipmentValue!: number | null;
  @ApiProperty({ nullable: true, type: 'number' })
  technicalServiceIncome!: number | null;
  @ApiProperty({ nullable: true, type: 'number' })
  trainingPersonDays!: number | null;
  @ApiProperty({ nullable: true, type: 'number' })
  trainingProjects!: number | null;
  @ApiProperty({ nullable: true, type: 'boolean' })
  providesAccommodation!: boolean | null;
  @ApiProperty({ nullable: true, type: 'number' })
  internshipAllowance!: number | null;
  @ApiProperty({ nullable: true, type: 'number' })
  paymentPerStudent!: number | null;
}
