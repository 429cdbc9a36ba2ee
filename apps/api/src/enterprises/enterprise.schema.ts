import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { OWNERSHIPS, ENTERPRISE_SIZES, TIERS, RELATIONSHIP_STAGES } from '@crm/domain';
import type { Ownership, EnterpriseSize, Tier, RelationshipStage, HealthSignal } from '@crm/domain';
import { TrackedRecordSchema } from '../common/record.schema';

@ApiSchema({ name: 'Enterprise' })
export class EnterpriseSchema extends TrackedRecordSchema {
  @ApiProperty({ type: 'string' })
  name!: string;
  @ApiProperty({ nullable: true, type: 'string' })
  uscc!: string | null;
  @ApiProperty({ type: 'array', items: { type: 'string' } })
  aliases!: string[];
  @ApiProperty({ nullable: true, type: 'string' })
  industry!: string | null;
  @ApiProperty({ nullable: true, type: 'string', enum: [...OWNERSHIPS, null] })
  ownership!: Ownership | null;
  @ApiProperty({ nullable: true, type: 'string', enum: [...ENTERPRISE_SIZES, null] })
  size!: EnterpriseSize | null;
  @ApiProperty({ nullable: true, type: 'string' })
  city!: string | null;
  @ApiProperty({ nullable: true, type: 'string' })
  address!: string | null;
  @ApiProperty({ nullable: true, type: 'string' })
  website!: string | null;
  @ApiProperty({ type: 'string', enum: [...TIERS] })
  tier!: Tier;
  @ApiProperty({ nullable: true, type: 'integer' })
  ownerId!: number | null;
  @ApiProperty({ nullable: true, type: 'string' })
  notes!: string | null;
  @ApiProperty({ type: 'string', enum: [...RELATIONSHIP_STAGES] })
  relationshipStage!: RelationshipStage;
  @ApiProperty({ nullable: true, type: 'string' })
  lastContactDate!: string | null;
  @ApiProperty({
    type: 'object',
    selfRequired: true,
    required: ['level', 'score', 'reasons'],
    properties: {
      level: { type: 'string', enum: ['good', 'watch', 'at_risk', 'none'] },
      score: {
        type: 'integer',
        description: '0–100: recency 50, breadth of cooperation kinds 30, no agreement about to lapse 20.',
      },
      reasons: {
        type: 'array',
        items: {
          oneOf: [
            { type: 'object', required: ['code'], properties: { code: { type: 'string', enum: ['no_contact_yet'] } } },
            {
              type: 'object',
              required: ['code'],
              properties: { code: { type: 'string', enum: ['no_contact_recorded'] } },
            },
            {
              type: 'object',
              required: ['code', 'days'],
              properties: { code: { type: 'string', enum: ['silent'] }, days: { type: 'integer' } },
            },
            {
              type: 'object',
              required: ['code'],
              properties: { code: { type: 'string', enum: ['no_live_cooperation'] } },
            },
            {
              type: 'object',
              required: ['code', 'days'],
              properties: { code: { type: 'string', enum: ['agreement_ends'] }, days: { type: 'integer' } },
            },
            {
              type: 'object',
              required: ['code', 'percent'],
              properties: { code: { type: 'string', enum: ['low_internship_yield'] }, percent: { type: 'integer' } },
            },
          ],
        },
      },
    },
  })
  health!: HealthSignal;
}
