import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/** The 访企拓岗 figures of one person, one unit or the whole campaign, with the records behind each. */
@ApiSchema({ name: 'CampaignFigures' })
export class CampaignFiguresSchema {
  /** Distinct enterprises to visit; null where no quota was set. */
  @ApiProperty({
    nullable: true,
    type: 'number',
    description: 'Distinct enterprises to visit; null where no quota was set.',
  })
  quota!: number | null;
  @ApiProperty({ type: 'number' })
  visits!: number;
  /** Distinct enterprises visited. */
  @ApiProperty({ type: 'number', description: 'Distinct enterprises visited.' })
  enterprises!: number;
  /** Summed over the visits (a visit two leaders made counts once in a unit's and the total's figures). */
  @ApiProperty({
    type: 'number',
    description: 'Summed over the visits (a visit two leaders made counts once in a unit’s and the total’s figures).',
  })
  positions!: number;
  @ApiProperty({ type: 'number' })
  internsWanted!: number;
  @ApiProperty({ type: 'number' })
  graduatesWanted!: number;
  /** Outcomes with a visited enterprise signed on or after the first visit to it. */
  @ApiProperty({
    type: 'number',
    description: 'Outcomes with a visited enterprise signed on or after the first visit to it.',
  })
  outcomesAfter!: number;
  /** enterprises ÷ quota; null without a quota. */
  @ApiProperty({ nullable: true, type: 'number', description: 'enterprises ÷ quota; null without a quota.' })
  done!: number | null;
  /** The visits (meetings), the enterprises and the outcomes behind the figures. */
  @ApiProperty({
    type: 'array',
    items: { type: 'integer' },
    description: 'The visits (meetings), the enterprises and the outcomes behind the figures.',
  })
  meetingIds!: number[];
  @ApiProperty({ type: 'array', items: { type: 'integer' } })
  enterpriseIds!: number[];
  @ApiProperty({ type: 'array', items: { type: 'integer' } })
  outcomeIds!: number[];
}

/** One person's figures: a school attendee or chair of the visits, or someone with a quota. */
@ApiSchema({ name: 'CampaignPersonRow' })
export class CampaignPersonRowSchema extends CampaignFiguresSchema {
  @ApiProperty({ type: 'integer' })
  staffId!: number;
  @ApiProperty({ type: 'string' })
  name!: string;
  @ApiProperty({ nullable: true, type: 'integer' })
  unitId!: number | null;
}

/** One unit's figures (null: people of no unit). */
@ApiSchema({ name: 'CampaignUnitRow' })
export class CampaignUnitRowSchema extends CampaignFiguresSchema {
  @ApiProperty({ nullable: true, type: 'integer' })
  unitId!: number | null;
  @ApiProperty({ nullable: true, type: 'string' })
  name!: string | null;
}

/** GET /api/reports/campaign?campaignId=N: per person (school attendees and chairs of the visits, and everyone with a quota), per unit, in total. */
@ApiSchema({ name: 'CampaignReport' })
export class CampaignReportSchema {
  @ApiProperty({
    type: 'object',
    selfRequired: true,
    required: ['id', 'name', 'startsOn', 'endsOn'],
    properties: {
      id: { type: 'integer' },
      name: { type: 'string' },
      startsOn: { type: 'string', format: 'date' },
      endsOn: { type: 'string', format: 'date' },
    },
  })
  campaign!: { id: number; name: string; startsOn: string; endsOn: string };
  @ApiProperty({ type: () => CampaignPersonRowSchema, isArray: true })
  rows!: CampaignPersonRowSchema[];
  @ApiProperty({ type: () => CampaignUnitRowSchema, isArray: true })
  units!: CampaignUnitRowSchema[];
  @ApiProperty({ type: () => CampaignFiguresSchema })
  totals!: CampaignFiguresSchema;
}
