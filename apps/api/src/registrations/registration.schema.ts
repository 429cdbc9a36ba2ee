import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { TrackedRecordSchema } from '../common/record.schema';

/** What an enterprise sent through a public link, pending until the office accepts or refuses it. */
@ApiSchema({ name: 'Registration' })
export class RegistrationSchema extends TrackedRecordSchema {
  @ApiProperty({ nullable: true, type: 'integer' })
  meetingId!: number | null;
  @ApiProperty({ type: 'string' })
  source!: string;
  @ApiProperty({ type: 'string' })
  status!: string;
  @ApiProperty({ type: 'string' })
  code!: string;
  @ApiProperty({ type: 'string' })
  organisation!: string;
  @ApiProperty({ nullable: true, type: 'string' })
  uscc!: string | null;
  @ApiProperty({ type: 'string' })
  name!: string;
  @ApiProperty({ nullable: true, type: 'string' })
  title!: string | null;
  @ApiProperty({ type: 'string' })
  phone!: string;
  @ApiProperty({ nullable: true, type: 'string' })
  email!: string | null;
  @ApiProperty({ nullable: true, type: 'string' })
  wechat!: string | null;
  @ApiProperty({ nullable: true, type: 'number' })
  attendees!: number | null;
  @ApiProperty({ nullable: true, type: 'number' })
  positionsOffered!: number | null;
  @ApiProperty({ nullable: true, type: 'number' })
  internsWanted!: number | null;
  @ApiProperty({ type: 'array', items: { type: 'string' } })
  majors!: string[];
  @ApiProperty({ type: 'array', items: { type: 'string' } })
  interests!: string[];
  @ApiProperty({ nullable: true, type: 'string' })
  city!: string | null;
  @ApiProperty({ nullable: true, type: 'string' })
  industry!: string | null;
  @ApiProperty({
    type: 'object',
    selfRequired: true,
    required: ['action'],
    properties: {
      action: { type: 'string' },
      enterpriseId: { type: 'integer' },
      contactId: { type: 'integer' },
      by: { type: 'string' },
    },
  })
  match!: { action: string; enterpriseId?: number; contactId?: number; by?: string };
  @ApiProperty({ nullable: true, type: 'string' })
  presentAt!: string | null;
  @ApiProperty({ nullable: true, type: 'string' })
  refusedReason!: string | null;
  @ApiProperty({ nullable: true, type: 'integer' })
  enterpriseId!: number | null;
  @ApiProperty({ nullable: true, type: 'integer' })
  contactId!: number | null;
}
