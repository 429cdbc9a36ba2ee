import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { MEETING_KINDS } from '@crm/domain';
import type { MeetingKind } from '@crm/domain';
import { TrackedRecordSchema } from '../common/record.schema';

@ApiSchema({ name: 'Meeting' })
export class MeetingSchema extends TrackedRecordSchema {
  @ApiProperty({ type: 'string' })
  title!: string;
  @ApiProperty({ type: 'string', enum: [...MEETING_KINDS] })
  kind!: MeetingKind;
  @ApiProperty({ type: 'string' })
  startsAt!: string;
  @ApiProperty({ nullable: true, type: 'string' })
  endsAt!: string | null;
  @ApiProperty({ type: 'string' })
  academicYear!: string;
  @ApiProperty({ nullable: true, type: 'string' })
  location!: string | null;
  @ApiProperty({ nullable: true, type: 'integer' })
  chairId!: number | null;
  @ApiProperty({ type: 'array', items: { type: 'string' } })
  topics!: string[];
  @ApiProperty({ nullable: true, type: 'string' })
  minutes!: string | null;
  /** The meeting this one follows up (its own follow-ups are `followUpMeetingIds`). */
  @ApiProperty({
    nullable: true,
    type: 'integer',
    description: 'The meeting this one follows up (its own follow-ups are `followUpMeetingIds`).',
  })
  followsMeetingId!: number | null;
  /** What a visit made to an enterprise (访企拓岗) brought back. */
  @ApiProperty({
    nullable: true,
    type: 'number',
    description: 'What a visit made to an enterprise (访企拓岗) brought back.',
  })
  positionsOffered!: number | null;
  @ApiProperty({ nullable: true, type: 'number' })
  internsWanted!: number | null;
  @ApiProperty({ nullable: true, type: 'number' })
  graduatesWanted!: number | null;
  @ApiProperty({ type: 'array', items: { type: 'integer' } })
  staffIds!: number[];
  @ApiProperty({ type: 'array', items: { type: 'integer' } })
  contactIds!: number[];
  @ApiProperty({ type: 'array', items: { type: 'integer' } })
  enterpriseIds!: number[];
  @ApiProperty({ type: 'array', items: { type: 'integer' } })
  chamberIds!: number[];
  /** Majors a visit made was about. */
  @ApiProperty({ type: 'array', items: { type: 'integer' }, description: 'Majors a visit made was about.' })
  majorIds!: number[];
  @ApiProperty({ type: 'array', items: { type: 'integer' } })
  followUpMeetingIds!: number[];
  @ApiProperty({ type: 'array', items: { type: 'integer' } })
  outcomeIds!: number[];
}

/** GET /api/meetings/{id}/news: a news item drafted from the record, for the school's website. */
@ApiSchema({ name: 'NewsDraft' })
export class NewsDraftSchema {
  @ApiProperty({ type: 'string' })
  title!: string;
  @ApiProperty({ type: 'string', description: 'Paragraphs separated by blank lines.' })
  body!: string;
}
