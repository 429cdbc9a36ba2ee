import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { CampaignFigures } from '@crm/domain';

/** The 访企拓岗 figures of one person, one unit or the whole campaign, with the records behind each. */
@ApiSchema({ name: 'CampaignFigures' })
export class CampaignFiguresSchema {
  /** Distinct enterprises to visit; null where no quota was set. */
  @ApiProperty({ nullable: true, type: 'number', description: 'Distinct enterprises to visit; null where no quota was set.' })
  quota!: number | null;
  @ApiProperty({ type: 'number' })
  visits!: number;
  /** Distinct enterprises visited. */
  @ApiProperty({ type: 'number', description: 'Distinct enterprises visited.' })
  enterprises!: number;
  /** Summed over the visits (a visit two leaders made counts once in a unit's and the total's figures). */
  @ApiProperty({ type: 'number', description: 'Summed over the visits (a visit two leaders made counts once in a unit’s and the total’s figures).' })
  positions!: number;
  @ApiProperty({ type: 'number' })
  internsWanted!: number;
  @ApiProperty({ type: 'number' })
  graduatesWanted!: number;
  /** Outcomes with a visited enterprise signed on or after the first visit to it. */
  @ApiProperty({ type: 'number', description: 'Outcomes with a visited enterprise signed on or after the first visit to it.' })
  outcomesAfter!: number;
  /** enterprises ÷ quota; null without a quota. */
  @ApiProperty({ nullable: true, type: 'number', description: 'enterprises ÷ quota; null without a quota.' })
  done!: number | null;
  /** The visits (meetings), the enterprises and the outcomes behind the figures. */
  @ApiProperty({ type: 'array', items: { type: 'integer' }, description: 'The visits (meetings), the enterprises and the outcomes behind the figures.' })
  meetingIds!: number[];
  @ApiProperty({ type: 'array', items: { type: 'integer' } })
  enterpriseIds!: number[];
  @ApiProperty({ type: 'array', items: { type: 'integer' } })
  outcomeIds!: number[];
}

/** GET /api/reports/campaign?campaignId=N: per person (school attendees and chairs of the visits, and everyone with a quota), per unit, in total. */
@ApiSchema({ name: 'CampaignReport' })
export class CampaignReportSchema {
  @ApiProperty({ type: 'object', required: ['id', 'name', 'startsOn', 'endsOn'], properties: { id: { type: 'integer' }, name: { type: 'string' }, startsOn: { type: 'string' }, endsOn: { type: 'string' } } })
  campaign!: { id: number; name: string; startsOn: string; endsOn: string };
  @ApiProperty({ type: 'array', items: { type: 'object', required: ['quota', 'visits', 'enterprises', 'positions', 'internsWanted', 'graduatesWanted', 'outcomesAfter', 'done', 'meetingIds', 'enterpriseIds', 'outcomeIds', 'staffId', 'name', 'unitId'], properties: { quota: { nullable: true, type: 'number' }, visits: { type: 'number' }, enterprises: { type: 'number' }, positions: { type: 'number' }, internsWanted: { type: 'number' }, graduatesWanted: { type: 'number' }, outcomesAfter: { type: 'number' }, done: { nullable: true, type: 'number' }, meetingIds: { type: 'array', items: { type: 'integer' } }, enterpriseIds: { type: 'array', items: { type: 'integer' } }, outcomeIds: { type: 'array', items: { type: 'integer' } }, staffId: { type: 'integer' }, name: { type: 'string' }, unitId: { nullable: true, type: 'integer' } } } })
  rows!: (CampaignFigures & { staffId: number; name: string; unitId: number | null })[];
  @ApiProperty({ type: 'array', items: { type: 'object', required: ['quota', 'visits', 'enterprises', 'positions', 'internsWanted', 'graduatesWanted', 'outcomesAfter', 'done', 'meetingIds', 'enterpriseIds', 'outcomeIds', 'unitId', 'name'], properties: { quota: { nullable: true, type: 'number' }, visits: { type: 'number' }, enterprises: { type: 'number' }, positions: { type: 'number' }, internsWanted: { type: 'number' }, graduatesWanted: { type: 'number' }, outcomesAfter: { type: 'number' }, done: { nullable: true, type: 'number' }, meetingIds: { type: 'array', items: { type: 'integer' } }, enterpriseIds: { type: 'array', items: { type: 'integer' } }, outcomeIds: { type: 'array', items: { type: 'integer' } }, unitId: { nullable: true, type: 'integer' }, name: { nullable: true, type: 'string' } } } })
  units!: (CampaignFigures & { unitId: number | null; name: string | null })[];
  @ApiProperty({ type: 'object', required: ['quota', 'visits', 'enterprises', 'positions', 'internsWanted', 'graduatesWanted', 'outcomesAfter', 'done', 'meetingIds', 'enterpriseIds', 'outcomeIds'], properties: { quota: { nullable: true, type: 'number' }, visits: { type: 'number' }, enterprises: { type: 'number' }, positions: { type: 'number' }, internsWanted: { type: 'number' }, graduatesWanted: { type: 'number' }, outcomesAfter: { type: 'number' }, done: { nullable: true, type: 'number' }, meetingIds: { type: 'array', items: { type: 'integer' } }, enterpriseIds: { type: 'array', items: { type: 'integer' } }, outcomeIds: { type: 'array', items: { type: 'integer' } } } })
  totals!: CampaignFigures;
}
